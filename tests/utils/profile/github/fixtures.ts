import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  hasRealFixtures,
  parseHtml,
  projectRoot,
  readRealFixture,
  realFixture,
} from '../../../support/real-fixtures';

/** our own invented pages, committed under tests/fixtures/github */
export const ownPages = {
  ada: { file: 'profile-ada-okafor.html', url: 'https://github.com/ada-okafor' },
  sam: { file: 'profile-sam-lindqvist.html', url: 'https://github.com/sam-lindqvist' },
  hostile: { file: 'profile-hostile.html', url: 'https://github.com/mallory-test' },
  org: { file: 'org-page.html', url: 'https://github.com/lumenai' },
  repo: { file: 'repo-page.html', url: 'https://github.com/ada-okafor/tiny-llm' },
  'not-found': { file: 'not-found.html', url: 'https://github.com/no-such-person-here' },
} as const;

/** real saved pages, read in place (absent outside CI) */
export const realPages = {
  'real-2021': 'github/profile-2021-mayowa-ojo.html',
  'real-2018': 'github/profile-2018-pdabrowski6.html',
  'fragment-2026': 'github/contributions-fragment-2026.html',
  'legacy-2015': 'legacy/github-2015.html',
  'legacy-2012': 'legacy/github-2012.html',
} as const;

export type OwnPageId = keyof typeof ownPages;
export type PageId = OwnPageId | keyof typeof realPages;

export function ownHtml(id: OwnPageId): string {
  return readFileSync(path.join(projectRoot, 'tests/fixtures/github', ownPages[id].file), 'utf8');
}

/** a page as a Document with the URL it is served at */
export function loadOwnPage(id: OwnPageId): { doc: Document; url: URL } {
  return { doc: parseHtml(ownHtml(id)), url: new URL(ownPages[id].url) };
}

/** any page by id, or null when it is a real page and the real fixtures are absent */
export function loadPage(id: PageId): { doc: Document; url: URL } | null {
  if (id in ownPages) return loadOwnPage(id as OwnPageId);
  if (!hasRealFixtures) return null;
  const file = realPages[id as keyof typeof realPages];
  return { doc: parseHtml(readRealFixture(file)), url: new URL(realFixture(file).pageUrl) };
}
