const multipliers: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** "41M" → 41000000, "314k" → 314000, "1.2m" → 1200000, "500+" → 500, "12,345" → 12345; anything else → null */
export function parseCount(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const match = /(\d[\d,.\u00a0\u202f ]*)\s*([kmb])?\s*\+?/i.exec(raw.trim());
  if (!match?.[1]) return null;
  const suffix = match[2]?.toLowerCase();
  let digits = match[1].replace(/[\s\u00a0\u202f]/g, '');
  // with a suffix, "1.2" and "1,2" are decimals; without, separators group thousands
  digits = suffix ? digits.replace(',', '.') : digits.replace(/[,.](?=\d{3}(\D|$))/g, '');
  const value = Number.parseFloat(digits);
  if (!Number.isFinite(value)) return null;
  const result = Math.round(value * (suffix ? (multipliers[suffix] ?? 1) : 1));
  return Number.isSafeInteger(result) && result >= 0 ? result : null;
}
