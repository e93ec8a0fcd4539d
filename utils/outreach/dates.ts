import { DAY_MS } from '../time';
// calendar arithmetic in UTC, so a date means the same day wherever the user is

export const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** an ISO string or epoch milliseconds → Date, or null when it is not a real instant */
export function toDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? new Date(value.getTime()) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/** calendar months later; 31 August + 6 months = 28/29 February, not 3 March */
export function addMonths(date: Date, count: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + count;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(targetYear, targetMonth));
  const result = new Date(date.getTime());
  result.setUTCFullYear(targetYear, targetMonth, day);
  return result;
}

export const addDays = (date: Date, count: number): Date =>
  new Date(date.getTime() + count * DAY_MS);

/** calendar days from `from` to `to` in UTC (negative when `to` is earlier), whatever the hours */
export function calendarDaysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  return Math.round((end - start) / DAY_MS);
}

/** "3 March 2026": readable in any locale, never ambiguous like 03/04 */
export const formatDay = (date: Date): string =>
  `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/** "2026-03-03" */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
