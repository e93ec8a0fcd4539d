/** 41000000 → "41M", 11239 → "11k", 1234 → "1.2k", 726 → "726" */
export function formatCount(value: number): string {
  const scaled = (n: number, suffix: string) =>
    `${n >= 10 ? Math.round(n) : Math.round(n * 10) / 10}${suffix}`;
  if (value >= 1e9) return scaled(value / 1e9, 'B');
  if (value >= 1e6) return scaled(value / 1e6, 'M');
  if (value >= 1e3) return scaled(value / 1e3, 'k');
  return String(Math.max(0, Math.round(value)));
}

/** 12.4 → "12 yrs", 1 → "1 yr", 0.4 → "under a year" */
export function formatYears(years: number): string {
  if (years < 1) return 'under a year';
  const whole = Math.round(years);
  return `${whole} yr${whole === 1 ? '' : 's'}`;
}

/** a list in plain words: "a, b and c" */
export function listWords(items: readonly string[], max = 4): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** shortens page text for a sentence, on a word boundary */
export function clip(text: string, max: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // a single very long word is cut where it must be; otherwise always at a space
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** a short quote around the first match, for "writes about mentoring (“…”)" */
export function quoteAround(texts: readonly string[], pattern: RegExp, width = 70): string | null {
  for (const text of texts) {
    const match = pattern.exec(text);
    if (!match) continue;
    const start = Math.max(0, match.index - Math.floor(width / 3));
    // read past the width so clip() can end on a whole word, never "…Football M"
    const raw = text
      .slice(start, start + width + 40)
      .replace(/\s+/g, ' ')
      .trim();
    const cut = start > 0 && /\S/.test(text[start - 1] ?? '') ? raw.replace(/^\S*\s/, '') : raw;
    const quoted = clip(cut, width);
    return `“${start > 0 ? '…' : ''}${quoted.replace(/^…/, '')}”`;
  }
  return null;
}
