import { parseCount } from '../counts';
import { perTask } from '../per-task';
import { fold } from '../text';
import { whileUnchanged } from '../while-unchanged';
import { decodeHandle } from './detect';
import { cleanName, isPronouns, unmasked, visibleText } from './dom-text';
import { isExternalLink, unwrapLinkedinUrl } from './redirects';
import { isIgnored } from './sections';
import { selectors } from './selectors';

export type TopCard = {
  element: Element;
  nameElement: Element | null;
  headlineElement: Element | null;
  name: string | null;
  headline: string | null;
  location: string | null;
  company: string | null;
  followers: number | null;
  connections: number | null;
  degree: 1 | 2 | 3 | null;
  mutualConnections: number | null;
  openTo: string[];
  premium: boolean | null;
  openProfile: boolean | null;
  links: string[];
};

const degreeLine = /^[·•]?\s*(1st|2nd|3rd)\+?(?:\s+degree(?:\s+connection)?)?$/i;
const followersLine = /(\d[\d.,\u00a0\u202f ]*[kmb]?\+?)\s*followers?\b/i;
const connectionsLine = /(?:^|[^\w])(\d[\d.,\u00a0\u202f ]*\+?)\s*connections?\b/i;
const mutualLine = /mutual connection|can introduce you/i;

/** true when a link points at this handle's own profile (or a page under it) */
export function isOwnProfileLink(href: string | null, handle: string, base: string): boolean {
  if (!href) return false;
  try {
    const segments = new URL(href, base).pathname.split('/').filter(Boolean);
    return (
      segments[0] === 'in' && decodeHandle(segments[1])?.toLowerCase() === handle.toLowerCase()
    );
  } catch {
    return false;
  }
}

function nameHeadingIn(root: Element, handle: string, base: string): Element | null {
  const h1 = [...root.querySelectorAll('h1')].find((heading) => !isIgnored(heading));
  if (h1) return h1;
  // 2026 signed-in: the name is an h2 inside a link to the person's own profile
  for (const heading of root.querySelectorAll('a[href] h2, a[href] h3')) {
    if (isIgnored(heading)) continue;
    if (isOwnProfileLink(heading.closest('a')?.getAttribute('href') ?? null, handle, base))
      return heading;
  }
  return null;
}

/** the viewed person's top card: never the sticky header, a modal or "People also viewed" */
export function findTopCard(doc: Document, handle: string, base: string): Element | null {
  const main = doc.querySelector('main') ?? doc.body;
  if (!main) return null;
  for (const selector of selectors.topCard) {
    const found = [...main.querySelectorAll(selector)].find((element) => !isIgnored(element));
    if (found) return found;
  }
  // the innermost section around the name: an outer one would hold other sections' links
  const heading = nameHeadingIn(main, handle, base);
  const section = heading?.closest('section');
  return section && !isIgnored(section) ? section : null;
}

function classify(line: string): 'skip' | 'content' {
  if (line === '·' || line === '•' || isPronouns(line) || degreeLine.test(line)) return 'skip';
  if (/^contact info$/i.test(line) || followersLine.test(line) || connectionsLine.test(line))
    return 'skip';
  if (mutualLine.test(line)) return 'skip';
  return 'content';
}

/** 2026 signed-in: the lines after the name, in order, that are neither badges nor counts */
function contentLinesAfter(card: Element, nameElement: Element): Element[] {
  const lines: Element[] = [];
  for (const paragraph of card.querySelectorAll('p')) {
    if (!(nameElement.compareDocumentPosition(paragraph) & 4)) continue;
    if (paragraph.closest('a, button, [role="button"]') || isIgnored(paragraph)) continue;
    const text = visibleText(paragraph);
    if (text && classify(text) === 'content') lines.push(paragraph);
    if (lines.length >= 3) break;
  }
  return lines;
}

function firstMatch(root: Element, list: readonly string[]): Element | null {
  for (const selector of list) {
    const found = root.querySelector(selector);
    if (found && !isIgnored(found)) return found;
  }
  return null;
}

/** signed-in: the location sits beside the "Contact info" link, in the same container */
function locationNearContactInfo(card: Element): string | null {
  const contact = card.querySelector(
    'a[href*="/overlay/contact-info"], #top-card-text-details-contact-info',
  );
  let node: Element | null = contact;
  for (let depth = 0; node && node !== card && depth < 4; depth++) {
    const parent: Element | null = node.parentElement;
    const first = parent?.firstElementChild;
    if (first && !first.contains(contact)) {
      const text = visibleText(first);
      return text && classify(text) === 'content' ? text : null;
    }
    node = parent;
  }
  return null;
}

function guestLocation(card: Element): string | null {
  const subline = card.querySelector(selectors.guestSubline);
  if (!subline) return null;
  for (const element of subline.querySelectorAll('div, span')) {
    if (element.closest('button') || isIgnored(element)) continue;
    const text = visibleText(element);
    if (text && classify(text) === 'content' && element.childElementCount === 0) return text;
  }
  return null;
}

function degreeOf(card: Element): 1 | 2 | 3 | null {
  const seen = new Set<string>();
  for (const element of card.querySelectorAll('span, p')) {
    if (element.childElementCount > 0 || isIgnored(element)) continue;
    const match = degreeLine.exec(fold(element.textContent) ?? '');
    if (match?.[1]) seen.add(match[1].toLowerCase());
  }
  // two different degrees side by side (responsive variants) cannot be told apart: unknown
  if (seen.size !== 1) return null;
  const [value] = [...seen];
  return value === '1st' ? 1 : value === '2nd' ? 2 : 3;
}

function mutualOf(card: Element): number | null {
  for (const link of card.querySelectorAll('a[href*="/search/results/people"]')) {
    const holder = link.querySelector('span[aria-hidden="true"]') ?? link;
    const text = visibleText(holder);
    if (!text || !/mutual connection/i.test(text)) continue;
    const named = holder.querySelectorAll('strong').length;
    const others = /(\d[\d,]*)\s+other\s+mutual/i.exec(text);
    const count = named + (others?.[1] ? (parseCount(others[1]) ?? 0) : 0);
    return count > 0 ? count : null;
  }
  return null;
}

function companyOf(card: Element, contentLines: Element[]): string | null {
  // 2024 signed-in: a button labelled "Current company: X. Click to skip to experience card"; 2022: aria-label="Current company"
  const labelled = card.querySelector('[aria-label^="Current company"]');
  if (labelled) {
    const label = labelled.getAttribute('aria-label') ?? '';
    const fromLabel = /^Current company:\s*(.+?)\.\s*Click/i.exec(label)?.[1];
    return unmasked(fold(fromLabel) ?? visibleText(labelled));
  }
  const guest = firstMatch(card, selectors.guestCurrentCompany);
  if (guest) return unmasked(visibleText(guest));
  // 2026 signed-in: logo buttons list the current employer first, then the school
  const logoButton = [...card.querySelectorAll('[role="button"]')].find((button) =>
    button.querySelector('figure, img'),
  );
  if (logoButton) return unmasked(visibleText(logoButton));
  const line = contentLines[1] ? visibleText(contentLines[1]) : null;
  return line?.includes(' · ') ? unmasked(fold(line.split(' · ')[0])) : null;
}

function openToOf(card: Element): string[] {
  const found = new Set<string>();
  for (const element of card.querySelectorAll('h2, h3, h4, p, span, strong, img[alt]')) {
    if (isIgnored(element)) continue;
    const text =
      element.tagName === 'IMG' ? element.getAttribute('alt') : fold(element.textContent);
    if (!text || text.length > 120) continue;
    if (/\bopen to work\b|#opentowork/i.test(text)) found.add('Open to work');
    if (/^providing services\b|^contact .{1,60} for services$/i.test(text))
      found.add('Providing services');
    if (/^hiring\b|#hiring/i.test(text)) found.add('Hiring');
  }
  return [...found];
}

function linksOf(card: Element, base: string): string[] {
  const links: string[] = [];
  for (const selector of selectors.websiteLinks) {
    for (const anchor of card.querySelectorAll(selector)) {
      // sign-in modals are dialogs: skip them; the guest "Websites" list is a dialog of the person's own links
      if (anchor.closest('[role="dialog"]') && !anchor.closest('[data-section="websites"]'))
        continue;
      const url = unwrapLinkedinUrl(anchor.getAttribute('href'), base);
      if (url && isExternalLink(url) && !links.includes(url)) links.push(url);
    }
  }
  return links;
}

/** true when a link points at this handle: its profile, or a sign-up/sign-in link naming it (guest pages) */
function namesHandle(href: string | null, handle: string, base: string): boolean {
  if (!href) return false;
  if (isOwnProfileLink(href, handle, base)) return true;
  try {
    const params = new URL(href, base).searchParams;
    if (params.get('vieweeVanityName')?.toLowerCase() === handle.toLowerCase()) return true;
    const redirect = params.get('session_redirect');
    return redirect !== null && isOwnProfileLink(redirect, handle, base);
  } catch {
    return false;
  }
}

/**
 * reads the top card; null when the page has none, or when the card never links to the URL's handle
 * (after in-page navigation the previous person's card may still be on screen)
 */
function readTopCardOnce(doc: Document, handle: string, base: string): TopCard | null {
  const card = findTopCard(doc, handle, base);
  if (!card) return null;
  const anchors = card.querySelectorAll('a[href]');
  if (![...anchors].some((anchor) => namesHandle(anchor.getAttribute('href'), handle, base)))
    return null;
  const nameElement = nameHeadingIn(card, handle, base);
  const contentLines = nameElement ? contentLinesAfter(card, nameElement) : [];
  const headlineElement = firstMatch(card, selectors.headline) ?? contentLines[0] ?? null;
  const cardText = visibleText(card) ?? '';
  const legacyLocation = card.querySelector('.pv-top-card-section__location');
  const location =
    guestLocation(card) ??
    locationNearContactInfo(card) ??
    (legacyLocation ? visibleText(legacyLocation) : null);
  const followers = followersLine.exec(cardText)?.[1];
  const connections = connectionsLine.exec(
    cardText.replace(/\d[\d,]*\s+other\s+mutual connections?/gi, ''),
  )?.[1];
  return {
    element: card,
    nameElement,
    headlineElement,
    name: cleanName(nameElement ? visibleText(nameElement) : null),
    headline: unmasked(headlineElement ? visibleText(headlineElement) : null),
    location: unmasked(location),
    company: companyOf(card, contentLines),
    followers: parseCount(followers),
    connections: parseCount(connections),
    degree: degreeOf(card),
    mutualConnections: mutualOf(card),
    openTo: openToOf(card),
    premium: /profile enhanced with premium|premium member/i.test(cardText) ? true : null,
    openProfile: /\bopen profile\b/i.test(cardText) ? true : null,
    links: linksOf(card, base),
  };
}

/**
 * the same card for the hint's anchor and the extraction: read once per task, and again only once
 * the card changed (the card read while the page parses serves the final read)
 */
export const readTopCard = perTask(
  whileUnchanged(readTopCardOnce, (card) => card?.element ?? null),
);
