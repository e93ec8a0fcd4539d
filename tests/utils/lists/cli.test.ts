import { describe, it } from 'vitest';
import type { ListResult } from '@/utils/lists/types';
import { fixture, json, runScript, tempFile } from '../../scripts/run';

describe.concurrent('npm run extract on a list page', { timeout: 60_000 }, () => {
  it('prints {"ok":true,"list":{kind,people}} with the contract fields, exit 0', async ({
    expect,
  }) => {
    const url = 'https://github.com/olga-owner?tab=followers';
    const run = await runScript('extract', ['--url', url, fixture('github-lists/followers.html')]);
    expect(run.code).toBe(0);
    const out = json(run) as { ok: boolean; list: ListResult };
    expect(out.ok).toBe(true);
    expect(out.list.kind).toBe('github-followers');
    expect(Object.keys(out.list.people[0] ?? {}).sort()).toEqual(
      [
        'degree',
        'headline',
        'handle',
        'location',
        'memberId',
        'mutual',
        'name',
        'source',
        'url',
      ].sort(),
    );
    expect(out.list.people.map((p) => p.handle)).toEqual([
      'ml-mentor-mia',
      'tensor-tom',
      'nlp-nora',
    ]);
  });
  it('an empty or binary file is {"ok":false} with a reason, exit 0', async ({ expect }) => {
    const empty = tempFile('empty-list.html', '');
    const run = await runScript('extract', ['--url', 'https://github.com/orgs/x/people', empty]);
    expect(run.code).toBe(0);
    expect(json(run)).toMatchObject({ ok: false, reason: 'unrecognized' });
    const binary = tempFile('binary-list.html', new Uint8Array([0, 1, 2, 60, 0]));
    expect(
      json(await runScript('extract', ['--url', 'https://github.com/orgs/x/people', binary])),
    ).toMatchObject({ ok: false });
  });
  it('a profile URL still prints the profile', async ({ expect }) => {
    const run = await runScript('extract', [
      '--url',
      'https://www.linkedin.com/in/gus-viewed/',
      fixture('linkedin-lists/profile-sidebars.html'),
    ]);
    expect(run.code).toBe(0);
    expect(json(run).list).toBeUndefined();
  });
});
