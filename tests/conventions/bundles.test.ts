import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './support/imports';

// the same rules, on what the build produced: a bundler can pull in what the source graph hides
// (a re-export, a plugin's shim). Runs on whatever `npx wxt build` left in .output

const builds = ['chrome-mv3', 'firefox-mv3']
  .map((name) => join(root, '.output', name))
  .filter((dir) => existsSync(join(dir, 'manifest.json')));
const skipNote = builds.length === 0 ? ' (skipped: no build in .output; run `npx wxt build`)' : '';

/** text that only these libraries put into a bundle */
const signatures: Array<[string, RegExp]> = [
  ['zod', /\$ZodType|ZodError|_zod\b/],
  ['React', /react\.(?:transitional\.)?element|__SECRET_INTERNALS|__CLIENT_INTERNALS/],
  ['idb or IndexedDB', /\bindexedDB\b|IDBDatabase|IDBObjectStore/],
];

/** a line of the seeder's invented notes, and the bench hooks' global */
const benchMarks = [/Writes a weekly newsletter/, /mentorlensBench/];

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** the files the built manifest runs as content scripts */
function declaredScripts(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  return (manifest.content_scripts ?? []).flatMap((script) =>
    (script.js ?? []).map((file) => join(dir, file)),
  );
}

/** what each built content script names of the libraries it must not carry */
function heavyIn(text: string): string[] {
  return signatures.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

describe(`the built extension${skipNote}`, () => {
  it('recognises each library it looks for (the check itself)', () => {
    expect(heavyIn('class ZodError extends Error {}')).toEqual(['zod']);
    expect(heavyIn('Symbol.for("react.transitional.element")')).toEqual(['React']);
    expect(heavyIn('const r = indexedDB.open("x")')).toEqual(['idb or IndexedDB']);
    expect(heavyIn('document.querySelector("h1")')).toEqual([]);
  });

  it.skipIf(builds.length === 0).each(builds)(
    '%s: content-script chunks and the readers they load carry no zod, React or IndexedDB',
    (dir) => {
      const readers = ['linkedin-reader.js', 'github-reader.js'].map((name) => join(dir, name));
      expect(readers.filter((file) => !existsSync(file))).toEqual([]);
      const chunks = [...new Set([...declaredScripts(dir), ...readers])];
      expect(chunks.length).toBeGreaterThanOrEqual(4);
      const carrying = chunks.flatMap((chunk) =>
        heavyIn(readFileSync(chunk, 'utf8')).map((name) => `${chunk}: ${name}`),
      );
      expect(carrying).toEqual([]);
    },
  );

  it.skipIf(builds.length === 0).each(builds)(
    '%s: the scripts that run in pages carry no WXT content-script context (it announces our id to the page)',
    (dir) => {
      const scripts = [...declaredScripts(dir), join(dir, 'github-reader.js')];
      expect(scripts.length).toBe(4);
      const announcing = scripts.filter((file) =>
        readFileSync(file, 'utf8').includes('content-script-started'),
      );
      expect(announcing).toEqual([]);
    },
  );

  it.skipIf(builds.length === 0).each(builds)(
    '%s: no file carries the benchmark seeder or hooks',
    (dir) => {
      const built = files(dir, /\.(?:js|html)$/);
      expect(built.length).toBeGreaterThan(3);
      const carrying = built.filter((file) => {
        const text = readFileSync(file, 'utf8');
        return benchMarks.some((mark) => mark.test(text));
      });
      expect(carrying).toEqual([]);
    },
  );

  it('the seeder still has the line the check looks for (or the check would pass vacuously)', () => {
    const seeder = readFileSync(join(root, 'scripts/bench/seed.ts'), 'utf8');
    expect(seeder).toMatch(benchMarks[0] as RegExp);
    expect(readFileSync(join(root, 'scripts/bench/dashboard-hooks.ts'), 'utf8')).toMatch(
      benchMarks[1] as RegExp,
    );
  });
});
