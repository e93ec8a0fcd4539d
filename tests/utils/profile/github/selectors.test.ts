import { describe, expect, it } from 'vitest';
import * as selectors from '@/utils/profile/github/selectors';
import { hasRealFixtures } from '../../../support/real-fixtures';
import { loadPage, ownPages, type PageId, realPages } from './fixtures';

const { selectorPages, ...groups } = selectors;
const names = Object.keys(groups) as (keyof typeof groups)[];
const documents = new Map<PageId, Document | null>();

function page(id: PageId): Document | null {
  if (!documents.has(id)) documents.set(id, loadPage(id)?.doc ?? null);
  return documents.get(id) ?? null;
}

describe('github selectors', () => {
  it('pairs every selector group with the pages where it must match, and nothing else', () => {
    expect(Object.keys(selectorPages).sort()).toEqual([...names].sort());
    const known = new Set<string>([...Object.keys(ownPages), ...Object.keys(realPages)]);
    for (const pages of Object.values(selectorPages))
      for (const id of pages) expect(known).toContain(id);
  });

  it.each(names)('%s: every variant is a valid selector', (name) => {
    const empty = new DOMParser().parseFromString('<p></p>', 'text/html');
    for (const variant of groups[name]) expect(() => empty.querySelector(variant)).not.toThrow();
  });

  // like refined-github's selector tests, but on saved pages instead of the live site
  it.each(names)('%s matches on each of its pages', (name) => {
    for (const id of selectorPages[name] ?? []) {
      const doc = page(id as PageId);
      if (!doc) {
        expect(hasRealFixtures, `${id} is one of our own pages and must load`).toBe(false);
        continue;
      }
      const matched = groups[name].some((variant) => doc.querySelector(variant) !== null);
      expect(matched, `${name} on ${id}`).toBe(true);
    }
  });
});
