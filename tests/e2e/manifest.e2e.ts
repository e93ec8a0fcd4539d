import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  isLinkedinOrGithub,
  justifiedInReadme,
  type Manifest,
  manifestSchema,
  unjustified,
} from '../build/permissions';
import {
  extensionPage,
  fixture,
  hint,
  type Launched,
  launch,
  root,
  serviceWorker,
} from './support/extension';

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const readManifest = (dir: string): Manifest =>
  manifestSchema.parse(
    JSON.parse(readFileSync(join(root, '.output', dir, 'manifest.json'), 'utf8')),
  );

/** the keys the stores read that the permission schema leaves out */
interface StoreKeys {
  description: string;
  icons?: Record<string, string>;
  action?: {
    default_icon?: Record<string, string>;
    theme_icons?: Array<{ light: string; dark: string; size: number }>;
  };
  commands?: Record<string, unknown>;
  minimum_chrome_version?: string;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string };
    gecko_android?: { strict_min_version?: string };
  };
}
const rawManifest = (dir: string): StoreKeys =>
  JSON.parse(readFileSync(join(root, '.output', dir, 'manifest.json'), 'utf8')) as StoreKeys;

/** every icon the manifest names is a PNG in the build, at the size its key says */
function expectIconsExist(dir: string, manifest: StoreKeys) {
  const named: Array<[number, string]> = [
    ...Object.entries(manifest.icons ?? {}),
    ...Object.entries(manifest.action?.default_icon ?? {}),
  ].map(([size, path]) => [Number(size), path]);
  for (const theme of manifest.action?.theme_icons ?? [])
    named.push([theme.size, theme.light], [theme.size, theme.dark]);
  expect(named.length).toBeGreaterThan(0);
  for (const [size, path] of named) {
    const file = join(root, '.output', dir, path);
    expect(existsSync(file), `${dir}/${path}`).toBe(true);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
    // width and height from the IHDR chunk
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([size, size]);
  }
}

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

  it('fits the Chrome Web Store: a description of at most 132 characters, every icon size, the Chrome version its APIs need', () => {
    const manifest = rawManifest('chrome-mv3');
    expect(manifest.description.length).toBeLessThanOrEqual(132);
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48', '96']);
    expect(Object.keys(manifest.action?.default_icon ?? {}).sort()).toEqual(['16', '32']);
    expectIconsExist('chrome-mv3', manifest);
    // side panel 114, sidePanel.open() 116
    expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(116);
    expect(manifest.browser_specific_settings).toBeUndefined();
    expect(Object.keys(manifest.commands ?? {}).sort()).toEqual([
      'open-side-panel',
      'shortlist-profile',
    ]);
  });

  it('allows no remote or evaluated code in its pages', () => {
    const csp = JSON.stringify(readManifest('chrome-mv3').content_security_policy ?? '');
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });
});

describe('the Firefox build', () => {
  beforeAll(() => {
    // vitest sets NODE_ENV=test, which would give the build React's development files
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }, 120_000);

  it('is manifest v3, declares it collects no data, and asks only for what the README justifies', () => {
    const manifest = readManifest('firefox-mv3');
    expect(manifest.manifest_version).toBe(3);
    expect(
      manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required,
    ).toEqual(['none']);
    expect(unjustified(manifest, justifiedInReadme(readme))).toEqual([]);
  });

  it('has its icons, theme icons for the toolbar, the sidebar shortcut, and the Firefox version its keys need', () => {
    const manifest = rawManifest('firefox-mv3');
    expect(manifest.description.length).toBeLessThanOrEqual(132);
    expectIconsExist('firefox-mv3', manifest);
    expect(manifest.action?.theme_icons?.map((icon) => icon.size)).toEqual([16, 32]);
    // data_collection_permissions: Firefox 140, Firefox for Android 142
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(
      Number.parseFloat(
        manifest.browser_specific_settings?.gecko_android?.strict_min_version ?? '0',
      ),
    ).toBeGreaterThanOrEqual(142);
    expect(manifest.minimum_chrome_version).toBeUndefined();
    expect(Object.keys(manifest.commands ?? {}).sort()).toEqual([
      '_execute_sidebar_action',
      'shortlist-profile',
    ]);
  });

  it('passes web-ext lint with no errors and no warnings', () => {
    const lint = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-input'],
      { cwd: root, encoding: 'utf8', timeout: 90_000 },
    );
    type Found = Array<{ code: string; message: string; file?: string }>;
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))) as {
      errors: Found;
      warnings: Found;
    };
    const lines = (found: Found) => found.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`);
    expect(lines(report.errors)).toEqual([]);
    // react-dom's innerHTML writes are replaced at build time (scripts/build/no-inner-html.ts)
    expect(lines(report.warnings)).toEqual([]);
  }, 90_000);
});

describe('the declared shortcuts and context menu, live in Chromium', () => {
  let launched: Launched | undefined;
  afterEach(async () => {
    await launched?.close();
    launched = undefined;
  });

  it('has both shortcuts bound, lists them in the options page, and creates both menu entries', async () => {
    launched = await launch({});
    const options = await launched.context.newPage();
    await options.goto(extensionPage(launched, 'options.html'));
    const table = options.getByRole('region', { name: 'Keyboard shortcuts' }).getByRole('table');
    await expect
      .poll(() => table.getByRole('row').allTextContents(), { timeout: 15_000 })
      .toEqual([
        'ActionShortcut',
        'Open the MentorLens popupnot set',
        'Open the side panel (Chrome) or sidebar (Firefox)Alt+Shift+M',
        'Shortlist the profile in this tabAlt+Shift+S',
      ]);
    expect(await options.getByText(/chrome:\/\/extensions\/shortcuts/).count()).toBe(1);
    const worker = await serviceWorker(launched);
    const updated = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { contextMenus: { update(id: string, change: object): Promise<void> } };
      };
      const tryUpdate = (id: string) =>
        chrome.contextMenus.update(id, {}).then(
          () => 'ok',
          (e: Error) => e.message,
        );
      return [
        await tryUpdate('mentorlens-shortlist'),
        await tryUpdate('mentorlens-open'),
        await tryUpdate('no-such-item'),
      ];
    });
    expect(updated.slice(0, 2)).toEqual(['ok', 'ok']);
    expect(updated[2]).not.toBe('ok');
  });
  it("shortlists the tab's profile from the shortcut and from the menu, in quiet mode too, through the real background", async () => {
    const ADA = 'https://github.com/ada-okafor';
    const SAM = 'https://github.com/sam-lindqvist';
    const ORG = 'https://github.com/lumenai';
    launched = await launch({
      [ADA]: fixture('github/profile-ada-okafor.html'),
      [SAM]: fixture('github/profile-sam-lindqvist.html'),
      [ORG]: fixture('github/org-page.html'),
    });
    const page = await launched.context.newPage();
    await page.goto(ADA);
    await expect
      .poll(() => hint(page).getByRole('button', { name: 'Shortlist' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    const worker = await serviceWorker(launched);
    // the browser's own events, dispatched to the listeners the background registered (no key or click reaches them headless)
    const fire = async (kind: 'command' | 'menu', tab: Page, id: string) => {
      // the extension has no tabs permission: it finds the tab as the active one
      await tab.bringToFront();
      return worker.evaluate(
        async ([kind, id]) => {
          const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          if (!tab?.id) throw new Error('no active tab');
          if (kind === 'command') chrome.commands.onCommand.dispatch(id, tab);
          else chrome.contextMenus.onClicked.dispatch({ menuItemId: id }, tab);
          return tab.id;
        },
        [kind, id] as const,
      );
    };
    const badge = (tabId: number) =>
      worker.evaluate(async (tabId) => {
        const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        return `${await chrome.action.getBadgeText({ tabId })} ${await chrome.action.getTitle({ tabId })}`;
      }, tabId);

    const adaTab = await fire('command', page, 'shortlist-profile');
    await expect
      .poll(() => badge(adaTab), { timeout: 10_000 })
      .toBe('✓ MentorLens: Ada Okafor is on your shortlist (status: saved)');
    await page.reload();
    await expect
      .poll(() => hint(page).getByText('Status: saved').count(), { timeout: 15_000 })
      .toBe(1);

    // a page that is not a profile: nothing saved, and the button says why
    await page.goto(ORG);
    const orgTab = await fire('command', page, 'shortlist-profile');
    await expect
      .poll(() => badge(orgTab), { timeout: 10_000 })
      .toMatch(/^\? MentorLens: nothing shortlisted/);

    // quiet mode on GitHub: no hint, and the menu entry still shortlists
    const options = await launched.context.newPage();
    await options.goto(extensionPage(launched, 'options.html'));
    await options.getByRole('checkbox', { name: 'Quiet on GitHub' }).check();
    await page.bringToFront();
    await page.goto(SAM);
    await page.waitForTimeout(1_500);
    expect(await page.locator('mentorlens-hint').count()).toBe(0);
    const samTab = await fire('menu', page, 'mentorlens-shortlist');
    await expect
      .poll(() => badge(samTab), { timeout: 10_000 })
      .toMatch(/^✓ MentorLens: Sam Lindqvist is on your shortlist/);
    expect(await page.locator('mentorlens-hint').count()).toBe(0);
    const dashboard = await launched.context.newPage();
    await dashboard.goto(extensionPage(launched, 'dashboard.html'));
    await expect
      .poll(() => dashboard.getByRole('row', { name: /Sam Lindqvist/ }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    expect(await dashboard.getByRole('row', { name: /Ada Okafor/ }).count()).toBe(1);
    expect(launched.blocked.filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);
  });
});

/** the few chrome.* calls the test makes inside the service worker */
interface ChromeApi {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  commands: { onCommand: { dispatch(command: string, tab: object): void } };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
}
