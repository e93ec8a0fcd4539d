import { z } from 'zod';

export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;

const utcDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/;

/** the two digits at `at` as a number (the pattern has made sure they are digits) */
const twoDigits = (value: string, at: number) =>
  (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;

/** true for a UTC date-time like 2026-03-04T10:00:00.000Z within the years we accept */
export function isStoredDate(value: string): boolean {
  if (!utcDateTime.test(value)) return false;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  // a day every month has, at a time every day has, is valid without asking Date.parse (the
  // stored dates nearly all are); the rest is as Date.parse says
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const surely =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= 28 &&
    twoDigits(value, 11) <= 23 &&
    twoDigits(value, 14) <= 59 &&
    (value.length === 17 || twoDigits(value, 17) <= 59);
  return surely || !Number.isNaN(Date.parse(value));
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
