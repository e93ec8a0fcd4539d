import { z } from 'zod';

export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;

const utcDateTime = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;

/** true for a UTC date-time like 2026-03-04T10:00:00.000Z within the years we accept */
export function isStoredDate(value: string): boolean {
  const match = utcDateTime.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR && !Number.isNaN(Date.parse(value));
}

// one message that names the problem, whether the value is malformed or in the year 30000
export const isoDate = z
  .string()
  .refine(
    isStoredDate,
    `expected a UTC date like 2026-03-04T10:00:00.000Z between ${MIN_YEAR} and ${MAX_YEAR}`,
  );

export { DAY_MS } from '../../time';

export const addMs = (iso: string, ms: number): string =>
  new Date(Date.parse(iso) + ms).toISOString();

/** the later of two dates, either of which may be missing */
export function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
