import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const script = join(root, 'scripts/check-node.js');

/** a Node older than the scripts need, as a system without the `node` dev dependency falls back to */
function olderSystemNode(): string | null {
  for (const path of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(path)) continue;
    const version = execFileSync(path, ['-p', 'process.versions.node'], {
      encoding: 'utf8',
    }).trim();
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 12)) return path;
  }
  return null;
}

describe('the Node check run before every npm script', () => {
  it('passes silently on the Node the npm scripts run on', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe('');
  });

  const older = olderSystemNode();
  it.skipIf(!older)(
    'fails on an older Node, naming the version and what to do (no older system Node here: skipped)',
    () => {
      const run = spawnSync(older as string, [script], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /running on Node 2\d\.\d+\.\d+, but they need Node 22\.12\.0 or newer/,
      );
      expect(run.stderr).toContain('--ignore-scripts');
      expect(run.stderr).toContain('npm rebuild node');
      expect(run.stderr).toContain('.nvmrc');
    },
  );

  it('guards every npm script, the install included', async () => {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const unguarded = Object.entries(pkg.scripts)
      .filter(([, command]) => !command.startsWith('node scripts/check-node.js && '))
      .map(([name]) => name);
    expect(unguarded).toEqual([]);
    expect(pkg.devDependencies.node).toMatch(/^\^22\./);
  });
});
