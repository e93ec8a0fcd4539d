// a card is the largest box around one person's link that holds no one else's link

const stopTags = new Set([
  'UL',
  'OL',
  'MAIN',
  'ASIDE',
  'SECTION',
  'BODY',
  'HTML',
  'TABLE',
  'TBODY',
]);
const outsideLists =
  'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';

/** a link to a listed person, with the id it points at */
export interface PersonLink {
  link: HTMLAnchorElement;
  id: string;
}

/** true for links in the site's navigation, header and footer: the signed-in viewer lives there */
export const inPageChrome = (el: Element): boolean => el.closest(outsideLists) !== null;

/**
 * inPageChrome (and, with `also`, inside those boxes too) for the links under one root: the few
 * such boxes are found once, not by a climb to the document's root from every link
 */
export function chromeTest(root: Element, also?: string): (el: Element) => boolean {
  const selector = also ? `${outsideLists}, ${also}` : outsideLists;
  if (root.closest(selector)) return () => true;
  const boxes = [...root.querySelectorAll(selector)];
  if (boxes.length === 0) return () => false;
  if (boxes.length > 8) return (el) => el.closest(selector) !== null;
  return (el) => boxes.some((box) => box.contains(el));
}

/**
 * groups person links into cards: each link's card grows up the tree until the next box would
 * hold a link to someone else, a list boundary or the root. Links must be in document order.
 */
export function groupCards(links: PersonLink[], root: Element): Map<Element, PersonLink[]> {
  const cards = new Map<Element, PersonLink[]>();
  const byLink = new Map<PersonLink, Element>();
  for (let i = 0; i < links.length; i++) {
    const current = links[i] as PersonLink;
    let before: PersonLink | undefined;
    for (let j = i - 1; j >= 0 && !before; j--) if (links[j]?.id !== current.id) before = links[j];
    let after: PersonLink | undefined;
    for (let j = i + 1; j < links.length && !after; j++)
      if (links[j]?.id !== current.id) after = links[j];
    let card: Element = current.link;
    for (let up = card.parentElement; up && up !== root; up = up.parentElement) {
      if (stopTags.has(up.tagName.toUpperCase())) break;
      if ((before && up.contains(before.link)) || (after && up.contains(after.link))) break;
      card = up;
    }
    byLink.set(current, card);
  }
  // two links of one person may stop at different depths: the outer box is the card
  const boxesOf = new Map<string, Element[]>();
  for (const [link, card] of byLink) boxesOf.set(link.id, [...(boxesOf.get(link.id) ?? []), card]);
  for (const [link, card] of byLink) {
    let outer = card;
    for (const box of boxesOf.get(link.id) ?? [])
      if (box !== outer && box.contains(outer)) outer = box;
    const list = cards.get(outer) ?? [];
    list.push(link);
    cards.set(outer, list);
  }
  return cards;
}
