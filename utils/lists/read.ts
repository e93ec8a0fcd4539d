import { detectListPage } from './detect';
import { readGithubList } from './github/read';
import { readLinkedinList } from './linkedin/read';
import type { ListResult } from './types';

/** the people a list page shows, or null when the URL is not a list of people */
export function readList(doc: Document, url: URL | string): ListResult | null {
  const at = typeof url === 'string' ? new URL(url) : url;
  const kind = detectListPage(at);
  if (!kind) return null;
  const people = kind.startsWith('github-')
    ? readGithubList(doc, at, kind)
    : readLinkedinList(doc, at, kind);
  return { kind, people };
}
