import { fold } from '../text';
import type { LinkedinPage } from './detect';
import { cleanName } from './dom-text';

/** "(1) Ada Okafor | LinkedIn", "Experience | Ada Okafor | LinkedIn", "Ada Okafor - Title - Co | LinkedIn" */
export function nameFromTitle(doc: Document, page: LinkedinPage): string | null {
  const title = fold(doc.querySelector('title')?.textContent)?.replace(/^\(\d+\+?\)\s*/, '');
  if (!title || !/\|\s*LinkedIn$/i.test(title)) return null;
  const parts = title
    .split(' | ')
    .map((part) => part.trim())
    .filter((part) => part && !/^linkedin$/i.test(part));
  const candidate = page.kind === 'details' ? parts[parts.length - 1] : parts[0]?.split(' - ')[0];
  return cleanName(candidate ?? null);
}
