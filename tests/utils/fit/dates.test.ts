import { describe, expect, it } from 'vitest';
import {
  activityDate,
  monthIndex,
  monthOf,
  roleMonths,
  yearsOfExperience,
} from '@/utils/fit/dates';
import { NOW, role } from './build';

const now = monthOf(NOW);

describe('monthIndex', () => {
  it('reads "YYYY-MM" and bare years by edge', () => {
    expect(monthIndex('2020-03', 'start')).toBe(2020 * 12 + 2);
    expect(monthIndex('2020', 'start')).toBe(2020 * 12);
    expect(monthIndex('2020', 'end')).toBe(2020 * 12 + 11);
  });

  it.each([[null], [''], ['March 2020'], ['20201'], ['2020-3']])('rejects %s', (value) => {
    expect(monthIndex(value, 'start')).toBeNull();
  });
});

describe('yearsOfExperience', () => {
  it('counts overlapping roles once', () => {
    const years = yearsOfExperience(
      [role('Staff ML Engineer', '2016-03'), role('Advisor', '2018-01', '2020-12')],
      now,
    );
    expect(years).toBeCloseTo(10, 0);
  });

  it('adds separate spans and skips internships', () => {
    const years = yearsOfExperience(
      [
        role('Engineer', '2020-01', '2021-12'),
        role('Engineer', '2014-01', '2015-12'),
        role('Research Intern', '2005-01', '2013-12'),
      ],
      now,
    );
    expect(years).toBe(4);
  });

  it('is null without any dated role; ignores future and reversed dates', () => {
    expect(yearsOfExperience([], now)).toBeNull();
    expect(yearsOfExperience([role('CTO', null)], now)).toBeNull();
    expect(yearsOfExperience([role('CTO', '2099-01')], now)).toBeNull();
    expect(yearsOfExperience([role('CTO', '2022-01', '2020-01')], now)).toBeNull();
  });

  it('caps absurd spans', () => {
    expect(yearsOfExperience([role('Elder', '1000-01')], now)).toBe(70);
  });

  it('roleMonths counts a role up to now', () => {
    expect(roleMonths(role('x', '2025-03'), now)).toBe(13);
    expect(roleMonths(role('x', null), now)).toBeNull();
  });
});

describe('activityDate', () => {
  it.each([
    ['3mo', 91],
    ['1w', 7],
    ['2 weeks ago', 14],
    ['5d', 5],
    ['1yr', 365],
    ['• 4h', 0],
  ])('"%s" is about %i days ago', (value, days) => {
    const date = activityDate(value, NOW);
    expect(date).not.toBeNull();
    expect(Math.round((NOW.getTime() - (date as Date).getTime()) / 86_400_000)).toBe(days);
  });

  it('reads absolute dates', () => {
    expect(activityDate('2024-05-03', NOW)?.getUTCFullYear()).toBe(2024);
    expect(activityDate('2023-11', NOW)?.getUTCMonth()).toBe(10);
  });

  it.each([[''], ['yesterday-ish'], ['Edited'], ['9999999mo'], ['2024-13-45']])(
    '"%s" is unreadable',
    (value) => {
      expect(activityDate(value, NOW)).toBeNull();
    },
  );
});
