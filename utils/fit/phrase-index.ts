// Phrases found in a text by one walk over a trie: what a regex alternation of hundreds of
// Unicode-aware, case-insensitive phrases did, without compiling it (that cost a cold page or
// worker about 100 ms before its first score). The rules are the regex's, exactly:
// - a phrase starts where no letter, digit, "_" or apostrophe comes before it, and ends where no
//   letter, digit or "_" follows ("ML" is not in "HTML", nor "AI" in "j'ai")
// - its words may be joined by any run of spaces, "_" or "-", or by none: "machine learning" is in
//   "machine-learning", "machine_learning" and "#MachineLearning"
// - a phrase ending in a letter other than "s" may take a plural "s" ("LLMs")
// - loose indexes compare case-insensitively (Unicode simple case folding), exact ones as written

interface Node {
  next: Map<string, Node>;
  /** where the next word of a phrase starts, after a gap of spaces, "_" or "-" (maybe none) */
  gap: Node | null;
  /** phrases that end here, and whether each may take a plural "s" */
  ends: Array<{ id: number; plural: boolean }>;
}

export interface PhraseIndex {
  readonly loose: boolean;
  readonly root: Node;
  /** the phrases, by id */
  readonly phrases: readonly string[];
  /** each phrase's id */
  readonly ids: ReadonlyMap<string, number>;
}

const node = (): Node => ({ next: new Map(), gap: null, ends: [] });

// ASCII answered from tables; the rest by the (tiny, quickly compiled) Unicode classes
const wordClass = /[\p{L}\p{N}_]/u;
const gapClass = /[\s_-]/;
const asciiWord = new Uint8Array(128);
const asciiGap = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  asciiWord[code] = wordClass.test(String.fromCharCode(code)) ? 1 : 0;
  asciiGap[code] = gapClass.test(String.fromCharCode(code)) ? 1 : 0;
}

const isWord = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return code < 128 ? asciiWord[code] === 1 : wordClass.test(char);
};
/** what may come before a phrase: no word character and no apostrophe */
const blocksStart = (char: string): boolean => char === "'" || char === '’' || isWord(char);
const isGap = (char: string): boolean => {
  const code = char.charCodeAt(0);
  return code < 128 ? asciiGap[code] === 1 : gapClass.test(char);
};

const folded = new Map<string, string>();
/** one representative per case-insensitive class of a code point: upper, then lower case */
export function fold(char: string): string {
  let known = folded.get(char);
  if (known !== undefined) return known;
  // Turkish dotless "ı" upper-cases to "I", yet Unicode's simple folding keeps it apart from "i"
  if (char === 'ı') return char;
  const upper = char.toUpperCase();
  // "ß" → "SS", "İ" → "i̇": a fold that changes the length is no simple fold; the character stands
  const lower = (upper.length === char.length ? upper : char).toLowerCase();
  known = lower.length === char.length ? lower : char;
  if (folded.size < 4_096) folded.set(char, known);
  return known;
}

/** the code point at `at` (two UTF-16 units for a surrogate pair), or '' past the end */
function pointAt(text: string, at: number): string {
  const code = text.charCodeAt(at);
  if (Number.isNaN(code)) return '';
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return text.slice(at, at + 2);
  }
  return text[at] ?? '';
}

/** the code point that ends just before `at`, or '' at the start */
function pointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const code = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1] ?? '';
}

const endsHere = (text: string, at: number): boolean => {
  const char = pointAt(text, at);
  return char === '' || !isWord(char);
};

/** the index of these phrases; `loose`: compared case-insensitively */
export function phraseIndex(phrases: readonly string[], loose: boolean): PhraseIndex {
  const root = node();
  const kept: string[] = [];
  for (const phrase of new Set(phrases)) {
    const words = phrase
      .trim()
      .split(/[\s-]+/)
      .filter(Boolean);
    if (words.length === 0) continue;
    let at = root;
    words.forEach((word, index) => {
      if (index > 0) {
        at.gap ??= node();
        at = at.gap;
      }
      for (const raw of word) {
        const char = loose ? fold(raw) : raw;
        let child = at.next.get(char);
        if (!child) {
          child = node();
          at.next.set(char, child);
        }
        at = child;
      }
    });
    at.ends.push({ id: kept.length, plural: /[a-z]$/i.test(phrase) && !/s$/i.test(phrase) });
    kept.push(phrase);
  }
  return { loose, root, phrases: kept, ids: new Map(kept.map((phrase, id) => [phrase, id])) };
}

/** the ids of every phrase of the index that the text says */
export function phrasesIn(index: PhraseIndex, text: string): Set<number> {
  const found = new Set<number>();
  // a custom goal's index holds no exact phrases: nothing to walk the text for
  if (index.root.next.size === 0) return found;
  const key = (char: string) => (index.loose ? fold(char) : char);
  const isPlural = (char: string) => char === 's' || (index.loose && fold(char) === 's');
  const walk = (at: Node, from: number): void => {
    for (const end of at.ends) {
      if (found.has(end.id)) continue;
      if (endsHere(text, from)) found.add(end.id);
      else if (end.plural && isPlural(pointAt(text, from)) && endsHere(text, from + 1))
        found.add(end.id);
    }
    // the word goes on, or (where a phrase's next word starts) a gap of any length, none included:
    // each length is tried, as a word may begin with "_"
    step(at, from);
    if (!at.gap) return;
    let gapEnd = from;
    while (gapEnd < text.length && isGap(text[gapEnd] ?? '')) gapEnd++;
    for (let next = from; next <= gapEnd; next++) step(at.gap, next);
  };
  const step = (at: Node, from: number): void => {
    if (at.next.size === 0) return;
    const char = pointAt(text, from);
    if (!char) return;
    const child = at.next.get(key(char));
    if (child) walk(child, from + char.length);
  };
  for (let start = 0; start < text.length; start++) {
    const char = pointAt(text, start);
    if (!index.root.next.has(key(char))) continue;
    // a phrase starts a word: never inside one, nor after an apostrophe
    const before = pointBefore(text, start);
    if (before && blocksStart(before)) continue;
    step(index.root, start);
    // the low half of a pair is no place to start
    if (char.length === 2) start++;
  }
  return found;
}
