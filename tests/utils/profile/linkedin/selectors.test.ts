import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectors } from '@/utils/profile/linkedin/selectors';
import {
  hasRealFixtures,
  parseHtml,
  projectRoot,
  readRealFixture,
  realFixtures,
  realFixturesSkipNote,
} from '../../../support/real-fixtures';
import { ownPage } from './fixture';
import { linkedinSelectorPages } from './selector-pages';

type Group = keyof typeof selectors;
const names = Object.keys(selectors) as Group[];
const variantsOf = (name: Group): string[] => {
  const group = selectors[name];
  return typeof group === 'string' ? [group] : [...group];
};

const isReal = (id: string) => id.includes('/');
const documents = new Map<string, Document>();
function page(id: string): Document | null {
  if (isReal(id) && !hasRealFixtures) return null;
  let doc = documents.get(id);
  if (!doc) {
    doc = isReal(id) ? parseHtml(readRealFixture(id)) : ownPage(`${id}.html`);
    documents.set(id, doc);
  }
  return doc;
}

describe(`linkedin selectors${realFixturesSkipNote}`, () => {
  it('pairs every selector group with the pages where it must match, and nothing else', () => {
    expect(Object.keys(linkedinSelectorPages).sort()).toEqual([...names].sort());
    for (const [name, pages] of Object.entries(linkedinSelectorPages)) {
      expect(pages.length, `${name} lists no page`).toBeGreaterThan(0);
      for (const id of pages) {
        if (isReal(id)) {
          if (hasRealFixtures) expect(realFixtures().map((row) => row.file)).toContain(id);
        } else
          expect(existsSync(path.join(projectRoot, 'tests/fixtures/linkedin', `${id}.html`))).toBe(
            true,
          );
      }
    }
  });

  it.each(names)('%s: every variant is a valid selector', (name) => {
    const empty = new DOMParser().parseFromString('<p></p>', 'text/html');
    for (const variant of variantsOf(name))
      expect(() => empty.querySelector(variant)).not.toThrow();
  });

  it.each(names)(
    '%s matches on each of its pages',
    (name) => {
      for (const id of linkedinSelectorPages[name]) {
        const doc = page(id);
        if (!doc) continue;
        const matched = variantsOf(name).some((variant) => doc.querySelector(variant) !== null);
        expect(matched, `${name} on ${id}`).toBe(true);
      }
      // the first group parses every page (up to 1 MB each)
    },
    60_000,
  );
});
