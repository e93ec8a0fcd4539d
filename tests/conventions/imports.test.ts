import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, isProjectFile, root, runtimeClosure, sourceFiles } from './support/imports';

// the layer rules of docs/ARCHITECTURE.md, checked on the source (in the spirit of refined-github's
// features.test.ts): each names the file and the chain of imports that breaks it

/** packages a content script can't afford: each is tens of KB on every profile view */
const heavy = ['zod', 'react', 'react-dom', 'idb'];

/** "a → b → zod" for every heavy package these entries load at runtime */
function heavyChains(entries: string[]): string[] {
  const reached = runtimeClosure(entries);
  return heavy.flatMap((name) => {
    const chain = reached.get(name);
    return chain ? [chain.join(' → ')] : [];
  });
}

// the routers on every page, and the readers on profiles and lists
const contentScripts = sourceFiles('entrypoints').filter((file) =>
  /-(?:router|reader)\.ts$/.test(file),
);
const uiFiles = sourceFiles(
  'components',
  'entrypoints/popup',
  'entrypoints/dashboard',
  'entrypoints/options',
  'entrypoints/sidepanel',
);

/** schema modules of utils/profile: zod by design, never loaded by a content script */
const profileSchemas = ['utils/profile/snapshot.ts', 'utils/profile/extract.ts'];

describe('what the content scripts load', () => {
  it('finds the content scripts', () => {
    expect(contentScripts).toEqual(
      expect.arrayContaining([
        'entrypoints/github-router.ts',
        'entrypoints/linkedin-router.ts',
        'entrypoints/github-reader.ts',
        'entrypoints/linkedin-reader.ts',
      ]),
    );
  });

  it.each(contentScripts)('%s loads no zod, React or idb', (entry) => {
    expect(heavyChains([entry])).toEqual([]);
  });

  const light = sourceFiles('utils/hint', 'utils/badges', 'utils/profile', 'utils/reader').filter(
    (file) => !profileSchemas.includes(file),
  );
  it.each(light)('%s loads no zod, React or idb', (file) => {
    expect(heavyChains([file])).toEqual([]);
  });

  it('the fit scoring path (utils/fit/score.ts and all it loads) has no zod, React or idb', () => {
    expect(heavyChains(['utils/fit/score.ts'])).toEqual([]);
  });

  it('no content script source opens IndexedDB', () => {
    const files = [...runtimeClosure(contentScripts).keys()].filter(isProjectFile);
    const opening = files.filter((file) =>
      /\bindexedDB\b/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(opening).toEqual([]);
  });
});

describe('utils/ is framework-free', () => {
  it('no file under utils/ imports React, not even its types', () => {
    const offenders = sourceFiles('utils').flatMap((file) =>
      importsOf(file)
        .filter((imported) => ['react', 'react-dom'].includes(imported.target))
        .map((imported) => `${file}: ${imported.specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  // the rule, and its exceptions: messaging and settings wrap the extension's APIs; the hint's and
  // the list badges' controllers are the content scripts' runtime half, shared by both sites (they
  // listen to storage and messages for the page they run in), kept beside their views
  const mayUseExtensionApis = [
    /^utils\/messaging\//,
    /^utils\/settings\//,
    /^utils\/hint\/(?:controller|lifetime)\.ts$/,
    /^utils\/badges\/controller\.ts$/,
    // the router content scripts and the reader they have injected (utils/reader/)
    /^utils\/reader\/(?:route|start)\.ts$/,
  ];
  const extensionImport = /^(?:wxt\/(?:browser|utils\/)|webextension-polyfill|#imports)/;
  const extensionGlobal =
    /\b(?:browser|chrome)\.(?:runtime|storage|tabs|alarms|action|scripting)\b/;

  it('only messaging, settings and the named content-side controllers touch extension APIs', () => {
    const offenders = sourceFiles('utils')
      .filter((file) => !mayUseExtensionApis.some((allowed) => allowed.test(file)))
      .flatMap((file) => {
        const found = importsOf(file)
          .filter((imported) => !imported.typeOnly && extensionImport.test(imported.specifier))
          .map((imported) => `${file}: imports ${imported.specifier}`);
        const code = readFileSync(join(root, file), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\/\/.*$/gm, '');
        if (extensionGlobal.test(code))
          found.push(`${file}: calls ${extensionGlobal.exec(code)?.[0]}`);
        return found;
      });
    expect(offenders).toEqual([]);
  });
});

describe('the pages reach the database only through the background', () => {
  it('no page or component loads idb or the IndexedDB layer (utils/shortlist/store/db.ts, records.ts)', () => {
    const reached = runtimeClosure(uiFiles);
    const chains = [
      'idb',
      'utils/shortlist/store/db.ts',
      'utils/shortlist/store/records.ts',
    ].flatMap((target) => {
      const chain = reached.get(target);
      return chain ? [chain.join(' → ')] : [];
    });
    expect(chains).toEqual([]);
  });
});

describe('settings and the shortlist', () => {
  // the shortlist exports and imports the settings, so settings must not lean on the shortlist
  it('nothing in utils/settings imports utils/shortlist (types included): no cycle', () => {
    const offenders = sourceFiles('utils/settings').flatMap((file) =>
      importsOf(file)
        .filter((imported) => imported.target.startsWith('utils/shortlist/'))
        .map((imported) => `${file} → ${imported.target}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('benchmark code stays out of the product', () => {
  it('no product file imports scripts/ (the seeder and the bench hooks live there)', () => {
    const offenders = sourceFiles('entrypoints', 'components', 'utils').flatMap((file) =>
      importsOf(file)
        .filter((imported) => imported.target.startsWith('scripts/'))
        .map((imported) => `${file} → ${imported.target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('what the entrypoints load, at runtime or on demand, includes no file of scripts/', () => {
    const reached = [...runtimeClosure(sourceFiles('entrypoints')).keys()];
    expect(reached.filter((file) => file.startsWith('scripts/'))).toEqual([]);
    expect(reached.length).toBeGreaterThan(50);
  });
});
