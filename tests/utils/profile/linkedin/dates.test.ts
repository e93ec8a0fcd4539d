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
