import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  isLinkedinOrGithub,
  justifiedInReadme,
  type Manifest,
  manifestSchema,
  unjustified,
} from '../build/permissions';
import { root } from './support/extension';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const readManifest = (dir: string): Manifest =>
  manifestSchema.parse(
    JSON.parse(readFileSync(join(root, '.output', dir, 'manifest.json'), 'utf8')),
  );

describe('the permission checker itself', () => {
  const justified = justifiedInReadme(readme);
  const chrome = (): Manifest => readManifest('chrome-mv3');

  it('reads the justified permissions and content-script patterns from the README table', () => {
    expect(justified.permissions.has('storage')).toBe(true);
    expect(justified.contentScriptMatches.has('https://github.com/*')).toBe(true);
    expect(justified.permissions.has('tabs')).toBe(false);
  });

  it.each([
    ['a permission', { permissions: ['storage', 'tabs'] }, /permissions: "tabs"/],
    ['an optional permission', { optional_permissions: ['history'] }, /optional_permissions/],
    ['a host permission', { host_permissions: ['<all_urls>'] }, /host_permissions/],
    [
      'an optional host permission',
      { optional_host_permissions: ['https://api.github.com/*'] },
      /optional_host/,
    ],
    [
      'externally_connectable',
      { externally_connectable: { matches: ['https://github.com/*'] } },
      /externally/,
    ],
    [
      'web-accessible files',
      { web_accessible_resources: [{ resources: ['*.js'], matches: ['<all_urls>'] }] },
      /web_accessible/,
    ],
  ])('fails a manifest that adds %s', (_what, extra, message) => {
    const problems = unjustified({ ...chrome(), ...extra } as Manifest, justified);
    expect(problems.join('\n')).toMatch(message);
  });

  it('fails a content script that matches beyond LinkedIn and GitHub', () => {
    const manifest = { ...chrome(), content_scripts: [{ matches: ['https://*/*'] }] };
    expect(unjustified(manifest, justified)).toHaveLength(2);
    expect(isLinkedinOrGithub('https://gist.github.com/*')).toBe(false);
    expect(isLinkedinOrGithub('http://github.com/*')).toBe(false);
    expect(isLinkedinOrGithub('https://evil-linkedin.com/*')).toBe(false);
    expect(isLinkedinOrGithub('https://www.linkedin.com/in/*')).toBe(true);
  });
});

describe('the built Chrome manifest', () => {
  it('asks only for what the README justifies, on LinkedIn and GitHub only', () => {
    const manifest = readManifest('chrome-mv3');
    expect(manifest.manifest_version).toBe(3);
    expect(unjustified(manifest, justifiedInReadme(readme))).toEqual([]);
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((pattern) => !isLinkedinOrGithub(pattern))).toEqual([]);
  });

  it('allows no remote or evaluated code in its pages', () => {
    const csp = JSON.stringify(readManifest('chrome-mv3').content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});

describe('the Firefox build', () => {
  beforeAll(() => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: 'pipe' });
  }, 120_000);

  it('is manifest v3, declares it collects no data, and asks only for what the README justifies', () => {
    const manifest = readManifest('firefox-mv3');
    expect(manifest.manifest_version).toBe(3);
    expect(
      manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required,
    ).toEqual(['none']);
    expect(unjustified(manifest, justifiedInReadme(readme))).toEqual([]);
  });

  it('passes web-ext lint with no errors', () => {
    const lint = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-input'],
      { cwd: root, encoding: 'utf8', timeout: 90_000 },
    );
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))) as {
      errors: Array<{ code: string; message: string; file?: string }>;
    };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  }, 90_000);
});
