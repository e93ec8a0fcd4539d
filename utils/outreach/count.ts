// counts follow LinkedIn: its boxes are <textarea maxlength> fields, and HTML measures maxlength in
// UTF-16 code units with a line break as 1 (whatwg/html#1712). so 👋 is 2, a flag 4, a ZWJ family 8,
// a combining accent 1 on top of its letter, "\r\n" 1. graphemes are for display only.

/** "\r\n" and lone "\r" become "\n": a textarea's value holds only "\n" */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** the count LinkedIn's counters show: UTF-16 code units, line breaks as 1 */
export function characterCount(text: string): number {
  return normalizeLineBreaks(text).length;
}

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('en', { granularity: 'grapheme' })
    : null;

/** what a person would call characters (👨‍👩‍👧 is 1); for display only, never for limits */
export function graphemeCount(text: string): number {
  const normalized = normalizeLineBreaks(text);
  if (!graphemes) return Array.from(normalized).length;
  let count = 0;
  for (const _ of graphemes.segment(normalized)) count += 1;
  return count;
}

/** words for reading time: whitespace-separated runs holding a letter or digit */
export function wordCount(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  return count;
}

export type Measure = {
  /** UTF-16 code units after line-break normalisation: what the limit applies to */
  count: number;
  graphemes: number;
  words: number;
  /** null: the channel has no hard limit (email body) */
  limit: number | null;
  /** null without a limit; negative when over */
  remaining: number | null;
  over: boolean;
  /** the visible counter, "N / LIMIT" (or "N" without a limit) */
  label: string;
};

/** everything an editor's counter needs, in one pass */
export function measure(text: string, limit: number | null): Measure {
  const count = characterCount(text);
  const remaining = limit === null ? null : limit - count;
  return {
    count,
    graphemes: graphemeCount(text),
    words: wordCount(text),
    limit,
    remaining,
    over: remaining !== null && remaining < 0,
    label: limit === null ? `${count}` : `${count} / ${limit}`,
  };
}
