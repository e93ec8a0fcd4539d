// reading a card as a person sees it: its lines of text in reading order, with page furniture dropped
import { blockTags } from '../profile/text';

// a line ends where its block ends: these elements, and a visible label's screen-reader twin beside
// it (spans with aria-hidden or a visually-hidden class each make a line of their own)
const blockSelector = [
  ...blockTags,
  // page landmarks, and the inline boxes a card's lines sit in
  'aside',
  'footer',
  'header',
  'main',
  'nav',
  'a',
  'button',
  'label',
  'time',
  'span[aria-hidden]',
  'span[class*="visually-hidden"]',
  'span[class*="sr-only"]',
].join(',');
// text in these is never read
const skippedSelector =
  'script,style,template,noscript,svg,button,select,option,form,code,[hidden]';
// the selector's class test is looser than a whole class name: checked again
const twinClass = /\b(?:visually-hidden|sr-only)\b/;

/** at most this much text per line: a 10 KB headline is clipped, never carried whole */
export const maxLine = 400;
const maxLines = 40;

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const clip = (text: string, max = maxLine): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** a card's lines before neighbours that repeat are dropped, and the link each line sits in */
export interface RawLines {
  text: string[];
  /** per line: the one of `links` it sits in, or null */
  link: (Element | null)[];
  /** the walk stopped at its limits before the card's end */
  cut: boolean;
}

/**
 * the card's text lines in reading order, each with the one of `links` it sits in (so a link's
 * own lines need no second walk); text under one block element is one line
 */
export function rawLines(card: Element, links?: ReadonlySet<Element>): RawLines {
  const text: string[] = [];
  const within: (Element | null)[] = [];
  const doc = card.ownerDocument;
  // the text nodes of skipped subtrees and of the links: marked from the few such boxes down,
  // not by a climb from every text node to the root
  const skipped = new Set<Node>();
  for (const box of card.querySelectorAll(skippedSelector)) {
    const inside = doc.createTreeWalker(box, 4);
    for (let node = inside.nextNode(); node; node = inside.nextNode()) skipped.add(node);
  }
  const linkOf = new Map<Node, Element>();
  for (const link of links ?? []) {
    const inside = doc.createTreeWalker(link, 4);
    for (let node = inside.nextNode(); node; node = inside.nextNode()) linkOf.set(node, link);
  }
  let block: Element | null = null;
  let current = '';
  let scanned = 0;
  let cut = false;
  // the text nodes alone, in document order, and the browser finds each one's block: on a cold
  // page a walk through every element costs several times more (each kind of element is new to it)
  const walker = doc.createTreeWalker(card, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++scanned > 2_000 || text.length >= maxLines) {
      cut = true;
      break;
    }
    const value = node.nodeValue ?? '';
    if (!value.trim() || skipped.has(node)) continue;
    const parent = node.parentElement;
    if (!parent) continue;
    let owner = parent.closest(blockSelector);
    while (
      owner &&
      owner.tagName.toUpperCase() === 'SPAN' &&
      !owner.hasAttribute('aria-hidden') &&
      !twinClass.test(owner.getAttribute('class') ?? '')
    )
      owner = owner.parentElement?.closest(blockSelector) ?? null;
    if (!owner || owner === card || !card.contains(owner)) owner = card;
    if (owner !== block) {
      if (current) {
        text.push(clip(squash(current)));
        current = '';
      }
      block = owner;
      within.push(linkOf.get(node) ?? null);
    }
    current += current.length < maxLine * 2 ? value.slice(0, maxLine * 2) : '';
  }
  if (current.trim()) text.push(clip(squash(current)));
  else if (within.length > text.length) within.pop();
  return { text, link: within, cut };
}

/** a visible line and its screen-reader twin in the next block read as one */
export const withoutRepeats = (lines: string[]): string[] =>
  lines.filter((line, index) => line && line !== lines[index - 1]);

/** the card's text lines in reading order; text under one block element is one line */
export const cardLines = (card: Element): string[] => withoutRepeats(rawLines(card).text);

/** a number written the way lists write it: "4", "1,204", "12k" */
export function countOf(text: string): number | null {
  const match = /(\d[\d,.]*)\s*([kKmM])?/.exec(text);
  if (!match?.[1]) return null;
  const base = Number(match[1].replace(/,/g, ''));
  if (!Number.isFinite(base)) return null;
  const unit = match[2]?.toLowerCase();
  return Math.round(base * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1));
}
