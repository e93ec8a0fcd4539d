import { detectListPage } from './detect';
import { readGithubList } from './github/read';
import { readLinkedinList } from './linkedin/read';
import type { ListEntry, ListKind, ListResult, ReadMemo } from './types';

/** the listed people with their cards; cards in the memo are not read again */
export function readListEntries(
  doc: Document,
  url: URL,
  memo?: ReadMemo,
): { kind: ListKind; entries: ListEntry[] } | null {
  const kind = detectListPage(url);
  if (!kind) return null;
  const entries = kind.startsWith('github-')
    ? readGithubList(doc, url, kind, memo)
    : readLinkedinList(doc, url, kind, memo);
  return { kind, entries };
}

/** the people a list page shows, or null when the URL is not a list of people */
export function readList(doc: Document, url: URL | string): ListResult | null {
  const read = readListEntries(doc, typeof url === 'string' ? new URL(url) : url);
  return read ? { kind: read.kind, people: read.entries.map((entry) => entry.person) } : null;
}
