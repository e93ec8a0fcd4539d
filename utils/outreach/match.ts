// phrase matching that ignores case, accents, punctuation and hyphens: "Tiny-LLM" matches "tiny llm"

/** " tiny llm repo ": lower-case letters and digits, single-spaced and padded for whole-word checks */
export function matchKey(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return words ? ` ${words} ` : ' ';
}

/** whether `key` (a matchKey) holds the phrase as whole words, allowing a plural "s" */
export function hasPhrase(key: string, phrase: string): boolean {
  const needle = matchKey(phrase).trim();
  if (!needle) return false;
  return key.includes(` ${needle} `) || key.includes(` ${needle}s `);
}
