// reading a card as a person sees it: its lines of text in reading order, with page furniture dropped

const blockTags = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'A',
  'BUTTON',
  'LABEL',
  'TIME',
]);
const skippedTags = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'BUTTON',
  'SELECT',
  'OPTION',
  'FORM',
  'CODE',
]);

/** at most this much text per line: a 10 KB headline is clipped, never carried whole */
export const maxLine = 400;
const maxLines = 40;

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const clip = (text: string, max = maxLine): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

// a visible label and its screen-reader twin sit side by side in spans: each is its own line
const twin = (el: Element): boolean =>
  el.tagName.toUpperCase() === 'SPAN' &&
  (el.hasAttribute('aria-hidden') ||
    /\b(?:visually-hidden|sr-only)\b/.test(el.getAttribute('class') ?? ''));

/** the card's text lines in reading order; text under one block element is one line */
export function cardLines(card: Element): string[] {
  const lines: string[] = [];
  let block: Element | null = null;
  let current = '';
  let scanned = 0;
  // one walk down that carries the nearest block, instead of a climb up from every text node
  const walk = (parent: Node, owner: Element): boolean => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        if (++scanned > 2_000 || lines.length >= maxLines) return false;
        const value = node.nodeValue ?? '';
        if (!value.trim()) continue;
        if (owner !== block && current) {
          lines.push(clip(squash(current)));
          current = '';
        }
        block = owner;
        current += current.length < maxLine * 2 ? value.slice(0, maxLine * 2) : '';
      } else if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        // skipped subtrees (buttons, svg, hidden) are never walked into
        if (skippedTags.has(tag) || el.hasAttribute('hidden')) continue;
        if (!walk(el, blockTags.has(tag) || twin(el) ? el : owner)) return false;
      }
    }
    return true;
  };
  walk(card, card);
  if (current.trim()) lines.push(clip(squash(current)));
  // a visible line and its screen-reader twin in the next block read as one
  return lines.filter((line, index) => line && line !== lines[index - 1]);
}

/** a number written the way lists write it: "4", "1,204", "12k" */
export function countOf(text: string): number | null {
  const match = /(\d[\d,.]*)\s*([kKmM])?/.exec(text);
  if (!match?.[1]) return null;
  const base = Number(match[1].replace(/,/g, ''));
  if (!Number.isFinite(base)) return null;
  const unit = match[2]?.toLowerCase();
  return Math.round(base * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1));
}
