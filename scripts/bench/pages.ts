import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  hasRealFixtures,
  readRealFixture,
  realFixtures,
  realFixturesDir,
} from '../../tests/support/real-fixtures';

export interface RealPage {
  file: string;
  url: string;
  html: string;
  bytes: number;
}

export { hasRealFixtures, realFixturesDir };

// profile pages only: not sign-in walls, "not found" pages, fragments or "show all" sub-pages
const isProfile = (kind: string) => /profile/i.test(kind) && !/wall|not found|fragment/i.test(kind);

/** the real saved LinkedIn and GitHub profile pages, with the URL each was served at; empty when absent */
export function realProfilePages(): RealPage[] {
  return realFixtures()
    .filter(
      (row) => /^(linkedin|github)\/.+\.html$/.test(row.file) && row.pageUrl && isProfile(row.kind),
    )
    .map((row) => {
      const html = readRealFixture(row.file);
      return { file: row.file, url: row.pageUrl as string, html, bytes: Buffer.byteLength(html) };
    });
}

/** the largest real profile pages: where a slow extractor or hint would show first */
export const largest = (pages: RealPage[], count: number): RealPage[] =>
  [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, count);

/** one of our own committed fixture pages */
export const ownFixture = (root: string, file: string): string =>
  readFileSync(join(root, 'tests/fixtures', file), 'utf8');
