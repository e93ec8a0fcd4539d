import { fold } from '../text';
import { parseActivityDate } from './dates';
import { visibleText } from './dom-text';
import { nameKey, readingLines } from './reading-order';
import { isIgnored } from './sections';

const maxEntries = 100;

/**
 * ages or dates of the person's recent posts and articles, one per list item, newest first as shown:
 * "3h", "2w", "3mo" (signed-in and guest posts) or "2026-07-22" (guest articles)
 */
export function readRecentActivity(sections: Element[]): string[] {
  const found: string[] = [];
  for (const section of sections) {
    const items = [...section.querySelectorAll('li')].filter((item) => {
      const outer = item.parentElement?.closest('li') ?? null;
      return outer === null || !section.contains(outer);
    });
    for (const item of items) {
      if (isIgnored(item)) continue;
      for (const element of item.querySelectorAll('time, span, p, div')) {
        if (element.childElementCount > 0 && element.tagName !== 'P') continue;
        const text = fold(element.textContent);
        // short metadata lines only: "3h •", "posted this • 3mo", "Jul 22, 2026"
        if (!text || text.length > 40) continue;
        if (!/^(?:\d|posted|reposted|shared|commented|[a-z]{3}\.? \d)/i.test(text)) continue;
        const date = parseActivityDate(text);
        if (date) {
          found.push(date);
          break;
        }
      }
      if (found.length >= maxEntries) return found;
    }
  }
  return found;
}

// "• 2nd" on the line after an author's name in a post header
const authorDegree = /^[·•]\s*(1st|2nd|3rd)\+?$/i;

/**
 * the degree shown beside the person's own name on their posts ("Adi Singh" / "• 2nd"), when every
 * such post shows the same one; reposted authors' degrees are beside other names and never count
 */
export function readActivityDegree(sections: Element[], name: string | null): 1 | 2 | 3 | null {
  const key = name ? nameKey(name) : '';
  if (!key) return null;
  const isBadge = (element: Element) =>
    (element.textContent?.length ?? 0) <= 60 && authorDegree.test(fold(element.textContent) ?? '');
  const found = new Set<string>();
  for (const section of sections) {
    for (const badge of section.querySelectorAll('p, span')) {
      // the innermost short line whose text is the badge ("•" and "2nd" may be pieces of it)
      if (!isBadge(badge) || [...badge.querySelectorAll('p, span')].some(isBadge)) continue;
      const degree = authorDegree.exec(fold(badge.textContent) ?? '')?.[1]?.toLowerCase();
      // the line just above the badge, in the smallest block around it that has one: the author's name
      let scope = badge.parentElement;
      for (let depth = 0; degree && scope && depth < 4 && section.contains(scope); depth++) {
        const lines = readingLines(scope, 12);
        const at = lines.findIndex(
          (line) => line.element.contains(badge) || badge.contains(line.element),
        );
        if (at > 0) {
          if (nameKey(lines[at - 1]?.text ?? '') === key) found.add(degree);
          break;
        }
        scope = scope.parentElement;
      }
    }
  }
  if (found.size !== 1) return null;
  const [degree] = found;
  return degree === '1st' ? 1 : degree === '2nd' ? 2 : 3;
}

// "You both studied at X", "You and Adi are both in Y", "Sudipta and 2 others can introduce you to Sri"
const sharedPattern =
  /\b(?:you both|you (?:and|&) .{1,60} (?:are|were) both|both (?:studied|worked|work|are)|can introduce you|mutual groups?)\b/i;

/** the Highlights section's sentences about what the viewer shares with the person */
export function readSharedHighlights(section: Element | null): string[] {
  if (!section) return [];
  const found: string[] = [];
  for (const element of section.querySelectorAll('p, span')) {
    if (element.querySelector('p, span[aria-hidden="true"]') || isIgnored(element)) continue;
    const text = visibleText(element);
    if (!text || text.length > 300 || !sharedPattern.test(text)) continue;
    if (/^\d+ mutual groups?$/i.test(text)) continue;
    if (!found.includes(text)) found.push(text);
    if (found.length >= 50) break;
  }
  return found;
}
