import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { profileSnapshotSchema } from '@/utils/profile/snapshot';
import { fixture, json, runScript, tempFile } from './run';

const ada = fixture('github/profile-ada-okafor.html');
const adaUrl = 'https://github.com/ada-okafor';

// each case is a separate process: they run side by side
describe.concurrent('npm run extract', { timeout: 60_000 }, () => {
  it('prints {"ok":true,"profile":...} for a profile page, exit 0', async ({ expect }) => {
    const run = await runScript('extract', ['--url', adaUrl, ada]);
    expect(run.code).toBe(0);
    const out = json(run);
    expect(out.ok).toBe(true);
    const profile = profileSnapshotSchema.parse(out.profile);
    expect(profile).toMatchObject({ source: 'github', handle: 'ada-okafor', name: 'Ada Okafor' });
  });

  it.for([
    ['github/org-page.html', 'https://github.com/lumenai', 'not-a-profile'],
    ['github/not-found.html', 'https://github.com/no-such-person', 'unavailable'],
    ['github/repo-page.html', 'https://github.com/ada-okafor/tiny-eval', 'not-a-profile'],
    ['linkedin/guest-authwall.html', 'https://www.linkedin.com/in/someone/', 'unavailable'],
  ])('%s at %s → {"ok":false,"reason":"%s"}, exit 0', async ([file, url, reason], { expect }) => {
    const run = await runScript('extract', ['--url', url as string, fixture(file as string)]);
    expect(run.code).toBe(0);
    const out = json(run);
    expect(out).toMatchObject({ ok: false, reason });
    expect(typeof out.detail).toBe('string');
  });

  it('a page of another site is not a profile', async ({ expect }) => {
    const run = await runScript('extract', ['--url', 'https://example.org/people/ada', ada]);
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({ ok: false, reason: 'not-a-profile' });
  });

  it('an empty file and a binary file give a JSON result, not a crash', async ({ expect }) => {
    const empty = await runScript('extract', ['--url', adaUrl, tempFile('empty.html', '')]);
    expect(empty.code).toBe(0);
    expect(json(empty)).toMatchObject({ ok: false, reason: 'unrecognized' });
    const bytes = new Uint8Array(4_096).map((_, i) => (i * 37) % 256);
    const binary = await runScript('extract', ['--url', adaUrl, tempFile('image.html', bytes)]);
    expect(binary.code).toBe(0);
    expect(json(binary)).toMatchObject({
      ok: false,
      reason: 'unrecognized',
      detail: expect.stringMatching(/binary/),
    });
  });

  it('a page with far more elements than any profile gives a JSON result before parsing', async ({
    expect,
  }) => {
    const file = tempFile('dense.html', `<html><body>${'<p>x'.repeat(100_001)}</body></html>`);
    const run = await runScript('extract', ['--url', adaUrl, file]);
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({
      ok: false,
      reason: 'unrecognized',
      detail: expect.stringMatching(/too large to parse: 100003 elements \(limit 100000\)/),
    });
  });

  it('a file over the size limit is refused with exit 2', async ({ expect }) => {
    const file = tempFile('huge.html', new Uint8Array(64 * 1024 * 1024 + 1).fill(32));
    const run = await runScript('extract', ['--url', adaUrl, file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/file too large: .* \(64 MB, limit 64 MB\)/);
  });

  it('hostile markup is extracted as text, without a crash', async ({ expect }) => {
    const run = await runScript('extract', [
      '--url',
      'https://github.com/mallory-test',
      fixture('github/profile-hostile.html'),
    ]);
    expect(run.code).toBe(0);
    expect(json(run).ok).toBe(true);
  });

  it('--explain adds per field the rule that read it; without it the output is unchanged', async ({
    expect,
  }) => {
    const lena = fixture('linkedin/signed-in-2026-08-lena-hartmann.html');
    const url = 'https://www.linkedin.com/in/lena-hartmann-ml-4821/';
    const [plain, explained] = await Promise.all([
      runScript('extract', ['--url', url, lena]),
      runScript('extract', ['--explain', '--url', url, lena]),
    ]);
    expect(plain.code).toBe(0);
    expect(explained.code).toBe(0);
    const before = json(plain);
    const after = json(explained);
    expect(Object.keys(before)).toEqual(['ok', 'profile']);
    expect(after.profile).toEqual(before.profile);
    expect(after.explain).toMatchObject({
      handle: 'url',
      name: 'heading',
      headline: 'reading-order',
      location: 'reading-order',
      about: 'heading',
      experience: 'heading',
    });
    // every rule is one of the documented ones, and only read fields are explained
    const rules = [
      'heading',
      'title',
      'reading-order',
      'label',
      'structure',
      'json-ld',
      'embedded-json',
      'url',
    ];
    for (const rule of Object.values(after.explain as Record<string, string>))
      expect(rules).toContain(rule);
    expect(after.explain).not.toHaveProperty('contributionsLastYear');
  });

  it('--explain on a page that is not a profile keeps the failure and explains nothing', async ({
    expect,
  }) => {
    const run = await runScript('extract', [
      '--explain',
      '--url',
      'https://www.linkedin.com/in/someone/',
      fixture('linkedin/guest-authwall.html'),
    ]);
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({ ok: false, reason: 'unavailable', explain: {} });
  });

  describe('bad arguments: exit 2, one line on stderr, nothing on stdout', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'mentorlens-dir-'));
    it.for([
      ['missing --url', [ada], /missing --url/],
      ['an invalid URL', ['--url', 'not a url', ada], /not an http\(s\) URL/],
      ['a non-http URL', ['--url', 'file:///etc/passwd', ada], /not an http\(s\) URL/],
      ['a missing file argument', ['--url', adaUrl], /missing the saved page/],
      ['two files', ['--url', adaUrl, ada, ada], /one page at a time/],
      ['an unknown flag', ['--url', adaUrl, '--verbose', ada], /Unknown option '--verbose'/],
      ['a value for --explain', ['--explain=yes', '--url', adaUrl, ada], /--explain/],
      [
        '--goals, which only fit takes',
        ['--goals', 'g.json', '--url', adaUrl, ada],
        /Unknown option '--goals'/,
      ],
      [
        'an unreadable file',
        ['--url', adaUrl, '/no/such/file.html'],
        /cannot read \/no\/such\/file\.html \(ENOENT\)/,
      ],
      ['a directory', ['--url', adaUrl, directory], /not a file/],
    ] as const)('%s', async ([, args, message], { expect }) => {
      const run = await runScript('extract', [...args]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    });
  });
});
