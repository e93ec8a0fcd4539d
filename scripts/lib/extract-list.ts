import { detectListPage } from '../../utils/lists/detect';
import { readList } from '../../utils/lists/read';
import type { ListResult } from '../../utils/lists/types';
import { firstLine } from './args';
import { withDocument } from './dom';
import { readPage } from './page';

/** a list URL that is not also a profile (a profile page prints its profile, sidebars aside) */
export function isListUrl(url: string): boolean {
  const kind = detectListPage(new URL(url));
  return kind !== null && kind !== 'linkedin-sidebar';
}

export type ListOutput =
  | { ok: true; list: ListResult }
  | { ok: false; reason: 'unrecognized'; detail: string };

/** a saved list page + its URL → the people it lists; never throws except for unreadable files */
export async function extractListPage(url: string, file: string): Promise<ListOutput> {
  const page = await readPage(file);
  if (page.kind !== 'html') {
    return {
      ok: false,
      reason: 'unrecognized',
      detail: `not a readable HTML page (${page.kind}): ${file}`,
    };
  }
  try {
    const list = await withDocument(page.html, url, (doc) => readList(doc, url));
    if (!list) return { ok: false, reason: 'unrecognized', detail: `not a list of people: ${url}` };
    return { ok: true, list };
  } catch (error) {
    process.stderr.write(`list reader failed: ${firstLine(error)}\n`);
    return {
      ok: false,
      reason: 'unrecognized',
      detail: `list reader failed: ${firstLine(error).slice(0, 300)}`,
    };
  }
}
