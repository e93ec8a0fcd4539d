import { fold } from '../text';
import { visibleText } from './dom-text';
import { isIgnored } from './sections';

/** one line of text as a person reads it: a block with no block inside it */
export type Line = {
  element: Element;
  /** where the line starts, for reading order: its first text node or inline element */
  node: Node;
  text: string;
  parts: string[];
  interactive: boolean;
};

// elements that start a new line on screen
const blockTags = new Set([
  'P',
  'DIV',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'DT',
  'DD',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'HEADER',
  'FOOTER',
  'FIGURE',
  'TABLE',
  'TR',
  'TD',
]);
const skippedTags = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'SVG',
  'CODE',
  'IFRAME',
  'DIALOG',
  'FORM',
]);
const maxLines = 400;

function isVisuallyHiddenCopy(element: Element): boolean {
  // screen-reader copies repeat the visible line; the visible one is aria-hidden or comes first
  return element.getAttribute('hidden') !== null;
}

/**
 * the lines of `root` in reading order, each the text of a block with no block inside it, or of a run of
 * inline text between blocks; consecutive repeats (visible + screen-reader copies) collapse into one
 */
export function readingLines(root: Element, limit = maxLines): Line[] {
  const lines: Line[] = [];
  const walk = (element: Element, interactive: boolean): void => {
    if (lines.length >= limit) return;
    const tag = element.tagName.toUpperCase();
    if (skippedTags.has(tag) || isVisuallyHiddenCopy(element)) return;
    // sign-in prompts and menus float over the card: not its lines
    if (/^(?:dialog|alertdialog|menu)$/.test(element.getAttribute('role') ?? '')) return;
    const inside =
      interactive || tag === 'A' || tag === 'BUTTON' || element.getAttribute('role') === 'button';
    let run: string[] = [];
    let runStart: Node | null = null;
    let lastInline: string | null = null;
    const flush = () => {
      const text = fold(run.join(''));
      const parts = run.map((part) => fold(part)).filter((part): part is string => part !== null);
      if (text && runStart) {
        const start: Node = runStart;
        const owner = start.nodeType === 1 ? (start as Element) : element;
        push({ element: owner, node: start, text, parts, interactive: inside });
      }
      run = [];
      runStart = null;
      lastInline = null;
    };
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (fold(child.nodeValue)) {
          lastInline = null;
          runStart ??= child;
        }
        run.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const childElement = child as Element;
        const childTag = childElement.tagName.toUpperCase();
        if (
          blockTags.has(childTag) ||
          childTag === 'A' ||
          childTag === 'BUTTON' ||
          childElement.getAttribute('role') === 'button' ||
          hasBlock(childElement)
        ) {
          flush();
          walk(childElement, inside);
        } else if (!skippedTags.has(childTag) && !isVisuallyHiddenCopy(childElement)) {
          const text = visibleText(childElement);
          // a screen-reader copy right after the visible text says it again: read it once
          if (text && text !== lastInline) {
            run.push(` ${text} `);
            runStart ??= childElement;
          }
          lastInline = text;
        }
      }
    }
    flush();
  };
  const push = (line: Line) => {
    const previous = lines[lines.length - 1];
    if (previous && previous.text === line.text) return;
    lines.push(line);
  };
  walk(root, false);
  return lines;
}

// a link or button inside an inline element still reads as its own line ("Contact info")
function hasBlock(element: Element): boolean {
  for (const child of element.children) {
    const tag = child.tagName.toUpperCase();
    if (blockTags.has(tag) || tag === 'A' || tag === 'BUTTON' || hasBlock(child)) return true;
  }
  return false;
}

/** letters only, lower case, marks removed: "Abde-Ali Vaniya" → "abdealivaniya" */
export function nameKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

/** true when a display name plausibly belongs to a handle: "AbdeAli Vaniya" ~ "abde-ali-vania-62323089" */
export function nameFitsHandle(name: string, handle: string): boolean {
  const handleKey = nameKey(handle.replace(/[-_][\da-f]*\d[\da-f]*$/i, ''));
  if (handleKey.length < 3) return false;
  const words = name
    .split(/\s+/)
    .map(nameKey)
    .filter((word) => word.length >= 3);
  if (words.some((word) => handleKey.includes(word))) return true;
  // spelling differs ("Vaniya" / "vania"): a long shared beginning is enough
  const key = nameKey(name);
  let shared = 0;
  while (shared < key.length && key[shared] === handleKey[shared]) shared += 1;
  return shared >= 5 || (shared >= 3 && shared === Math.min(key.length, handleKey.length));
}

/** "Follow Ada Okafor", "Invite Ada Okafor to connect", "Message Ada Okafor", "Connect with Ada" */
const actionPatterns = [
  /^(?:\+\s*)?follow\s+(.{2,80})$/i,
  /^invite\s+(.{2,80}?)\s+to connect$/i,
  /^message\s+(.{2,80})$/i,
  /^connect with\s+(.{2,80})$/i,
  /^more actions for\s+(.{2,80})$/i,
  // de, fr, es, it, pt
  /^(.{2,80}?)\s+folgen$/i,
  /^(.{2,80}?)\s+(?:als kontakt )?einladen$/i,
  /^suivre\s+(.{2,80})$/i,
  /^inviter\s+(.{2,80}?)\s+à se connecter$/i,
  /^seguir a\s+(.{2,80})$/i,
  /^invitar a\s+(.{2,80}?)\s+a conectar$/i,
  /^segui\s+(.{2,80})$/i,
  /^invita\s+(.{2,80}?)\s+a collegarsi$/i,
  /^seguir\s+(.{2,80})$/i,
  /^convidar\s+(.{2,80}?)\s+para se conectar$/i,
];

// a word of every pattern above, in one test
const actionWords =
  /follow|invit|message|connect with|more actions|folgen|einladen|suivre|segui|convidar/i;

/** names the page's action buttons and links are labelled with, outside sidebars and menus */
export function actionNames(scope: Element): string[] {
  const names = new Set<string>();
  for (const element of scope.querySelectorAll(
    'button[aria-label], a[aria-label], [role="button"][aria-label]',
  )) {
    const label = fold(element.getAttribute('aria-label'));
    // most labels name no action of these ("Like", "Close"): one test rules them out before the rest
    if (!label || !actionWords.test(label) || isIgnored(element)) continue;
    for (const pattern of actionPatterns) {
      const name = pattern.exec(label)?.[1];
      if (name) names.add(name.toLowerCase());
    }
  }
  return [...names];
}
