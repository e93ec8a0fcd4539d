import { parseCount } from '../counts';
import { fold } from '../text';
import { multilineText, withoutMasks } from './dom-text';
import { headingPatterns } from './section-headings';
import { isIgnored } from './sections';

/** the About text: the longest text block in the section that is not its heading or a button */
export function readAbout(section: Element | null): string | null {
  if (!section) return null;
  let best: string | null = null;
  for (const element of section.querySelectorAll('span[aria-hidden="true"], p')) {
    if (element.closest('h1, h2, h3, button') || isIgnored(element)) continue;
    // the outer block wins over the pieces inside it
    const outer = element.parentElement?.closest('p, span[aria-hidden="true"]');
    if (outer && section.contains(outer)) continue;
    const text = multilineText(element);
    // "Top skills" and the line under it are not the About text
    const before = element.previousElementSibling;
    if (text && headingPatterns.topSkills.test(text)) continue;
    if (before && headingPatterns.topSkills.test(before.textContent?.trim() ?? '')) continue;
    if (text && (best === null || text.length > best.length)) best = text;
  }
  return withoutMasks(best);
}

/** "357 followers" as shown in the Activity section header (2022/2024 signed-in) */
export function followersIn(section: Element | null): number | null {
  if (!section) return null;
  for (const element of section.querySelectorAll('span, p')) {
    if (element.childElementCount > 0) continue;
    const text = fold(element.textContent);
    const match = text ? /^(\d[\d.,]*[kmb]?)\s+followers?$/i.exec(text) : null;
    if (match?.[1]) return parseCount(match[1]);
  }
  return null;
}
