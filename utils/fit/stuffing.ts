const token = /[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu;
const maxTokens = 4_000;

/** text that repeats the same few keywords over and over ("ML AI LLM PyTorch" × 50) */
export function looksStuffed(text: string | null): boolean {
  if (!text) return false;
  const counts = new Map<string, number>();
  let total = 0;
  for (const match of text.slice(0, 40_000).matchAll(token)) {
    const word = match[0].toLowerCase();
    counts.set(word, (counts.get(word) ?? 0) + 1);
    if (++total >= maxTokens) break;
  }
  if (total < 12) return false;
  if (counts.size / total < 0.35) return true;
  // one word is more than a tenth of a long text: natural writing repeats "the", not "LLM"
  for (const [word, count] of counts) {
    if (count >= 6 && count / total > 0.1 && word.length > 1 && !stopwords.has(word)) return true;
  }
  return false;
}

/** the words a stuffed text repeats most, as first written: ["ML", "AI", "LLM"] */
export function repeatedWords(texts: readonly string[], max = 3): string[] {
  const counts = new Map<string, { word: string; count: number }>();
  let total = 0;
  for (const text of texts) {
    for (const match of text.slice(0, 40_000).matchAll(token)) {
      const key = match[0].toLowerCase();
      if (stopwords.has(key)) continue;
      const seen = counts.get(key);
      if (seen) seen.count += 1;
      else counts.set(key, { word: match[0], count: 1 });
      if (++total >= maxTokens) break;
    }
  }
  return [...counts.values()]
    .filter((entry) => entry.count >= 3)
    .sort((a, b) => b.count - a.count)
    .slice(0, max)
    .map((entry) => (entry.word.length > 30 ? `${entry.word.slice(0, 29)}…` : entry.word));
}

/** a list with many repeated entries (skills listed again and again) */
export function listLooksStuffed(items: readonly string[]): boolean {
  if (items.length < 8) return false;
  const distinct = new Set(items.map((item) => item.trim().toLowerCase()));
  return distinct.size / items.length < 0.5;
}

const stopwords = new Set([
  'the',
  'and',
  'to',
  'of',
  'in',
  'a',
  'for',
  'on',
  'with',
  'at',
  'is',
  'i',
  'my',
  'we',
  'our',
  'you',
  'it',
  'as',
  'an',
  'by',
  'from',
  'that',
  'this',
  'be',
  'are',
  'or',
  'de',
  'la',
  'en',
  'y',
  'och',
  'und',
]);
