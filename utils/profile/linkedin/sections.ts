import { fold } from '../text';
import { visibleText } from './dom-text';
import { guestSectionKeys, sectionNames, selectors } from './selectors';

export type SectionName = keyof typeof sectionNames;

/** a section heading's text; 2022/2024 headings repeat it for screen readers, so read the visible copy */
export function headingText(heading: Element): string | null {
  const visible = heading.querySelector('[aria-hidden="true"]');
  return fold(visible?.textContent) ?? visibleText(heading);
}

/** true inside a modal, menu or side rail (other people, sign-in prompts) */
export function isIgnored(element: Element): boolean {
  return element.closest(selectors.ignoredContainers) !== null;
}

/** the profile sections in document order, each with its own heading (nested modals skipped) */
export function listSections(doc: Document): { element: Element; heading: string }[] {
  // the whole document, not only <main>: saved 2026 pages close <main> before the Activity card
  const found: { element: Element; heading: string }[] = [];
  for (const section of doc.querySelectorAll('section')) {
    if (isIgnored(section)) continue;
    const heading = section.querySelector('h2, h3');
    if (!heading || isIgnored(heading)) continue;
    // the heading must belong to this section, not to a section nested inside it
    if (heading.closest('section') !== section) continue;
    const text = headingText(heading);
    if (text) found.push({ element: section, heading: text });
  }
  return found;
}

/** the first section whose heading is `name`, or the guest section with its data-section key */
export function findSection(
  doc: Document,
  name: SectionName,
  sections: { element: Element; heading: string }[] = listSections(doc),
): Element | null {
  const pattern = sectionNames[name];
  const byHeading = sections.find((section) => pattern.test(section.heading));
  if (byHeading) return byHeading.element;
  const key = guestSectionKeys[name];
  return key ? doc.querySelector(`section[data-section="${key}"]`) : null;
}
