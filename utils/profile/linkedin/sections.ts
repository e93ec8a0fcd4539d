import { fold } from '../text';
import { visibleText } from './dom-text';
import { headingPatterns, type SectionKey, sectionOfHeading } from './section-headings';
import { guestSectionKeys, selectors } from './selectors';

export type SectionName = Extract<
  SectionKey,
  | 'about'
  | 'experience'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certifications'
  | 'highlights'
  | 'activity'
  | 'featured'
  | 'honors'
>;

export type FoundSection = { element: Element; heading: string };

/** a section heading's text; 2022/2024 headings repeat it for screen readers, so read the visible copy */
export function headingText(heading: Element): string | null {
  const visible = heading.querySelector('[aria-hidden="true"]');
  return fold(visible?.textContent) ?? visibleText(heading);
}

/** true inside a modal, menu or side rail (other people, sign-in prompts) */
export function isIgnored(element: Element): boolean {
  return element.closest(selectors.ignoredContainers) !== null;
}

/** true inside a list of other people: a sidebar, or a section headed "People also viewed" and the like */
export function isOtherPeople(element: Element): boolean {
  if (isIgnored(element)) return true;
  for (let section = element.closest('section'); section; ) {
    const heading = section.querySelector('h2, h3');
    const text = heading && heading.closest('section') === section ? headingText(heading) : null;
    if (text && sectionOfHeading(text) === 'sidebar') return true;
    section = section.parentElement?.closest('section') ?? null;
  }
  return false;
}

/** the container a loose heading (not inside a section of its own) heads: up until another section heading */
function containerOf(heading: Element): Element {
  let node = heading;
  for (let depth = 0; depth < 6 && node.parentElement; depth++) {
    const parent = node.parentElement;
    if (parent.tagName === 'MAIN' || parent.tagName === 'BODY') break;
    const others = [...parent.querySelectorAll('h2, h3')].filter(
      (other) => other !== heading && sectionOfHeading(headingText(other) ?? '') !== null,
    );
    if (others.length > 0) break;
    node = parent;
  }
  return node;
}

/** the profile sections in document order, each with its own heading (nested modals skipped) */
export function listSections(doc: Document): FoundSection[] {
  // the whole document, not only <main>: saved 2026 pages close <main> before the Activity card
  const found: FoundSection[] = [];
  const seen = new Set<Element>();
  for (const section of doc.querySelectorAll('section')) {
    if (isIgnored(section)) continue;
    const heading = section.querySelector('h2, h3');
    if (!heading || isIgnored(heading)) continue;
    // the heading must belong to this section, not to a section nested inside it
    if (heading.closest('section') !== section) continue;
    const text = headingText(heading);
    if (text) {
      found.push({ element: section, heading: text });
      seen.add(heading);
    }
  }
  // headings by their words where the markup has no section around them
  const owners = new Set(found.map((entry) => entry.element));
  for (const heading of doc.querySelectorAll('h2, h3')) {
    if (seen.has(heading)) continue;
    const owner = heading.closest('section');
    if (owner && owners.has(owner)) continue;
    if (isIgnored(heading)) continue;
    const text = headingText(heading);
    if (!text || sectionOfHeading(text) === null) continue;
    found.push({ element: containerOf(heading), heading: text });
  }
  return found;
}

// "Experience (4)", "Skills · 12": the count is not part of the name
const withoutCount = (text: string): string => text.replace(/\s*(?:\(\d+\)|·\s*\d+)\s*$/, '');

/** the first section whose heading is `name` (any supported language), or the guest section with its data-section key */
export function findSection(
  doc: Document,
  name: SectionName,
  sections: FoundSection[] = listSections(doc),
): Element | null {
  const pattern = headingPatterns[name];
  const byHeading = sections.find(
    (section) => pattern.test(withoutCount(section.heading)) && !isOtherPeople(section.element),
  );
  if (byHeading) return byHeading.element;
  const key = guestSectionKeys[name];
  return key ? doc.querySelector(`section[data-section="${key}"]`) : null;
}
