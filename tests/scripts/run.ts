import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixture = (name: string) => path.join(projectRoot, 'tests/fixtures', name);

export type Run = { code: number | null; stdout: string; stderr: string };

/** runs `tsx scripts/<script>.ts ...args` as a child process, the way `npm run --silent` does */
export function runScript(script: 'extract' | 'fit', args: string[]): Promise<Run> {
  const tsx = path.join(projectRoot, 'node_modules/.bin/tsx');
  return new Promise((resolve) => {
    execFile(
      tsx,
      [`scripts/${script}.ts`, ...args],
      { cwd: projectRoot, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let dir: string | undefined;
/** a file in a temporary folder for this test run */
export function tempFile(name: string, content: string | Uint8Array): string {
  dir ??= mkdtempSync(path.join(tmpdir(), 'mentorlens-cli-'));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** stdout must be exactly one JSON object on one line */
export function json(run: Run): Record<string, unknown> {
  const lines = run.stdout.split('\n').filter(Boolean);
  if (lines.length !== 1)
    throw new Error(`expected one line of JSON, got ${lines.length}: ${run.stdout.slice(0, 300)}`);
  return JSON.parse(lines[0] as string);
}
