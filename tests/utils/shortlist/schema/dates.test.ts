import { describe, expect, it } from 'vitest';
import { isoDate, isStoredDate } from '@/utils/shortlist/schema/dates';

// the definition before the quick path: the pattern, the year range, and Date.parse for the rest
function asDateParseSays(value: string): boolean {
  const match = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= 1970 && year <= 2199 && !Number.isNaN(Date.parse(value));
}

const pad = (n: number) => String(n).padStart(2, '0');

describe('isStoredDate', () => {
  it('agrees with Date.parse on every month, day, hour, minute and second, in range and out', () => {
    let checked = 0;
    let valid = 0;
    for (const year of ['1969', '1970', '2026', '2199', '2200'])
      for (let month = 0; month <= 19; month++)
        for (let day = 0; day <= 39; day++)
          for (const hour of [0, 9, 10, 23, 24, 25, 29])
            for (const minute of [0, 59, 60, 99])
              for (const rest of ['Z', ':00Z', ':59Z', ':60Z', ':00.5Z', ':59.999Z']) {
                const value = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${rest}`;
                const expected = asDateParseSays(value);
                if (isStoredDate(value) !== expected) expect.fail(`${value}: expected ${expected}`);
                checked++;
                if (expected) valid++;
              }
    expect(checked).toBe(5 * 20 * 40 * 7 * 4 * 6);
    expect(valid).toBeGreaterThan(10_000);
  });

  it('refuses what is not a UTC date-time of the stored form', () => {
    for (const value of [
      '',
      '2026-03-04',
      '2026-03-04T10:00:00.000+01:00',
      '2026-03-04 10:00:00Z',
      '2026-3-4T10:00Z',
      '+02026-03-04T10:00:00.000Z',
      '2026-03-04T10:00:00.0000Z',
      '٢٠٢٦-03-04T10:00Z',
      '2026-03-04T10:00:00.000Z\n',
    ])
      expect(isStoredDate(value), value).toBe(false);
    expect(isStoredDate('2026-03-04T10:00:00.000Z')).toBe(true);
    expect(isoDate.safeParse('2026-13-01T00:00Z').error?.issues[0]?.message).toMatch(
      /expected a UTC date like 2026-03-04T10:00:00.000Z between 1970 and 2199/,
    );
  });
});
