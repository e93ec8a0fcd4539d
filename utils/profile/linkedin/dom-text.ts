import { fold } from '../text';

// subtrees whose text is never page text a person wrote
const hiddenTags = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CODE', 'IFRAME']);
const blockTags = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'SECTION',
  'ARTICLE',
]);
const maxChars = 200_000;

// a line break followed by anything but the file's indentation: the author's own break
const authorBreak = /\n(?![ \t]{4,}\S|\s*$)/;

function collect(node: Node, out: string[], size: { chars: number }): void {
  if (size.chars > maxChars) return;
  if (node.nodeType === 3) {
    let value = node.nodeValue ?? '';
    // every break indented: a saved page re-indented by its source, which a browser shows as spaces
    if (value.includes('\n') && !authorBreak.test(value)) value = value.replace(/\s+/g, ' ');
    out.push(value);
    size.chars += value.length;
    return;
  }
  if (node.nodeType !== 1) return;
  const tag = (node as Element).tagName.toUpperCase();
  if (hiddenTags.has(tag)) return;
  if (tag === 'BR') {
    out.push('\n');
    return;
  }
  const block = blockTags.has(tag);
  if (block) out.push('\n');
  for (let child = node.firstChild; child; child = child.nextSibling) collect(child, out, size);
  if (block) out.push('\n');
}

/** text a reader sees, without script/style contents, on one line; null when empty */
export function visibleText(node: Node | null | undefined): string | null {
  if (!node) return null;
  const out: string[] = [];
  collect(node, out, { chars: 0 });
  return fold(out.join(''));
}

/** like visibleText but keeps line breaks (about, descriptions) */
export function multilineText(node: Node | null | undefined): string | null {
  if (!node) return null;
  const out: string[] = [];
  collect(node, out, { chars: 0 });
  const lines = out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim());
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.length > 0 ? text : null;
}

// guest pages hide parts of a profile behind runs of asterisks
const maskRun = /\*{3,}/g;

/** masked guest text like "*****" is not a value: single-line fields with a mask become null */
export function unmasked(value: string | null | undefined): string | null {
  if (!value) return null;
  return /\*{3,}/.test(value) ? null : value;
}

/** for long text: drop the masked runs and keep what is left */
export function withoutMasks(value: string | null | undefined): string | null {
  if (!value) return null;
  if (!/\*{3,}/.test(value)) return value;
  const rest = value
    .replace(maskRun, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .trim();
  return /[\p{L}\p{N}]/u.test(rest) ? rest : null;
}

// "(He/Him)", "He/Him", "(she/her/hers)": pronouns are shown next to the name, never part of it
const pronounPattern =
  /^\(?\s*(?:he|she|they|ze|xe|it|any)\s*\/\s*[a-z]+(?:\s*\/\s*[a-z]+)?\s*\)?$/i;
const trailingPronouns =
  /\s*\(\s*(?:he|she|they|ze|xe|it|any)\s*\/\s*[a-z]+(?:\s*\/\s*[a-z]+)?\s*\)\s*$/i;

export function isPronouns(value: string): boolean {
  return pronounPattern.test(value.trim());
}

/** a display name without pronouns or verification badge words */
export function cleanName(value: string | null | undefined): string | null {
  if (!value) return null;
  let name = value.replace(trailingPronouns, '');
  name = name.replace(
    /\s+(?:has verifications|Verified|Premium member|Status is (?:online|offline|reachable))\s*$/i,
    '',
  );
  return unmasked(fold(name));
}

/** the direct text of an element, without the text of its child elements */
export function ownText(element: Element): string | null {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
  }
  return fold(text);
}
