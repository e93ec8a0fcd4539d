/** visible text of a node with whitespace folded; null when empty */
export function cleanText(node: Node | null | undefined): string | null {
  return fold(node?.textContent);
}

/** folds runs of whitespace; null when nothing is left */
export function fold(value: string | null | undefined): string | null {
  if (!value) return null;
  const folded = value.replace(/\s+/g, ' ').trim();
  return folded.length > 0 ? folded : null;
}

/** an absolute http(s) URL, or null: page links are data, never `javascript:` */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** keeps the first of each value, dropping nulls */
export function unique<T>(values: Iterable<T | null | undefined>): T[] {
  const seen = new Set<T>();
  for (const value of values) if (value != null) seen.add(value);
  return [...seen];
}

/** the HTML elements that start a block of their own: where a line of text ends, for every reader */
export const blockTags = [
  'address',
  'article',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ol',
  'p',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
] as const;
