import { describe, expect, it } from 'vitest';
import {
  looksLikeDates,
  parseActivityDate,
  parseDateRange,
  parseMonthYear,
} from '@/utils/profile/linkedin/dates';

describe('LinkedIn dates', () => {
  it.each([
    ['Dec 2019', '2019-12'],
    ['September 2018', '2018-09'],
    ['2014', '2014'],
    ['Issued Apr 2024', '2024-04'],
  ])('parseMonthYear(%s) → %s', (raw, expected) => {
    expect(parseMonthYear(raw)).toBe(expected);
  });

  it.each([[''], [null], ['Present'], ['Summer'], ['Dezember 2019x']])(
    'parseMonthYear(%s) → null',
    (raw) => {
      expect(parseMonthYear(raw)).toBeNull();
    },
  );

  it.each([
    ['Dec 2019 - Present · 2 yrs 4 mos', { start: '2019-12', end: null }],
    ['May 2019 to Dec 2021 · 2 yrs 8 mos', { start: '2019-05', end: '2021-12' }],
    ['2010 - 2014', { start: '2010', end: '2014' }],
    ['2014 - Jun 2019', { start: '2014', end: '2019-06' }],
    ['Jan 2018 – Present', { start: '2018-01', end: null }],
    ['2012', { start: '2012', end: '2012' }],
    ['- Present', { start: null, end: null }],
  ])('parseDateRange(%s)', (raw, expected) => {
    expect(parseDateRange(raw)).toEqual(expected);
  });

  it.each([[''], [null], ['Full-time · 5 yrs 3 mos'], ['Stockholm County, Sweden']])(
    'parseDateRange(%s) → null',
    (raw) => {
      expect(parseDateRange(raw)).toBeNull();
    },
  );

  it('tells date lines from titles and places', () => {
    expect(looksLikeDates('Nov 2021 - Present · 2 yrs 9 mos')).toBe(true);
    expect(looksLikeDates('2010 - 2014')).toBe(true);
    expect(looksLikeDates('Google · Full-time')).toBe(false);
    expect(looksLikeDates('Class of 2014 Representative')).toBe(false);
    expect(looksLikeDates('Palo Alto, California')).toBe(false);
  });

  it('reads each line from its start, whatever line was read before', () => {
    // the month pattern is one shared global regex: a position left over from a longer line must not carry over
    const long = 'Sales lead, Stockholm office, since the merger · Jan 2015 – Mar 2018';
    for (let round = 0; round < 2; round++) {
      expect(parseMonthYear(long)).toBe('2015-01');
      expect(parseMonthYear('2014')).toBe('2014');
      expect(parseDateRange(long)).toBeNull();
      expect(looksLikeDates('Jan 2015 – Mar 2018 · 3 yrs 3 mos')).toBe(true);
      expect(parseMonthYear('May 2019')).toBe('2019-05');
      expect(looksLikeDates(long)).toBe(false);
      expect(parseDateRange('Apr 2020 - Present')).toEqual({ start: '2020-04', end: null });
    }
  });

  it('reads a hostile run of months and glued years as no date', () => {
    const hostile = 'Dec '.repeat(5_000) + '2019x'.repeat(2_000);
    expect(looksLikeDates(hostile)).toBe(false);
    expect(parseMonthYear(hostile)).toBeNull();
    expect(parseMonthYear('Dec 2019')).toBe('2019-12');
  });

  it.each([
    ['3h •', '3h'],
    ['posted this • 3mo', '3mo'],
    ['1w', '1w'],
    ['Jul 22, 2026', '2026-07-22'],
    ['Mar 4, 2025', '2025-03-04'],
  ])('parseActivityDate(%s) → %s', (raw, expected) => {
    expect(parseActivityDate(raw)).toBe(expected);
  });

  it.each([['52 reactions'], ['216 comments'], ['12 min read'], [''], ['9'.repeat(100)]])(
    'parseActivityDate(%s) → null',
    (raw) => {
      expect(parseActivityDate(raw)).toBeNull();
    },
  );
});
