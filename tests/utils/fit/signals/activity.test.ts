import { describe, expect, it } from 'vitest';
import { activity } from '@/utils/fit/signals/activity';
import { contextFor, person } from '../build';

const run = (fields: Parameters<typeof person>[0], source: 'linkedin' | 'github' = 'linkedin') =>
  activity(contextFor(person(fields, source)));

describe('activity signal', () => {
  it('raises for a recent post and says when', () => {
    expect(run({ signals: { recentActivity: ['3w', '2mo'] } })).toEqual([
      { signal: 'activity', points: 6, text: 'Posted 3 weeks ago' },
    ]);
  });

  it('raises less for a post some months back', () => {
    expect(run({ signals: { recentActivity: ['2025-09-01'] } })[0]?.points).toBe(3);
  });

  it('lowers after a year of silence, naming the year', () => {
    expect(run({ signals: { recentActivity: ['2023-04-02'] } })).toEqual([
      { signal: 'activity', points: -6, text: 'No posts since 2023' },
    ]);
  });

  it('counts GitHub contributions by size', () => {
    expect(run({ contributionsLastYear: 1_234 }, 'github')[0]).toMatchObject({
      points: 6,
      text: '1.2k GitHub contributions in the last year',
    });
    expect(run({ contributionsLastYear: 60 }, 'github')[0]?.points).toBe(4);
    expect(run({ contributionsLastYear: 3 }, 'github')[0]?.text).toBe(
      'Only 3 GitHub contributions in the last year',
    );
    expect(run({ contributionsLastYear: 0 }, 'github')[0]?.points).toBe(-6);
  });

  it('quiet on GitHub but posting on LinkedIn is not silence', () => {
    const result = activity(
      contextFor([
        person({ signals: { recentActivity: ['1w'] } }),
        person({ contributionsLastYear: 0 }, 'github'),
      ]),
    );
    expect(result.every((c) => c.points >= 0)).toBe(true);
    expect(result.find((c) => /No public GitHub/.test(c.text))?.points).toBe(0);
  });

  it('silent on both sites lowers once, more', () => {
    const result = activity(
      contextFor([
        person({ signals: { recentActivity: ['2022-01-10'] } }),
        person({ contributionsLastYear: 0 }, 'github'),
      ]),
    );
    expect(result).toHaveLength(1);
    expect(result[0]?.points).toBe(-10);
  });

  it('leaves the score alone without dates, or with unreadable and future ones', () => {
    expect(run({})).toEqual([]);
    expect(run({ signals: { recentActivity: ['Edited', '', '2099-01-01'] } })).toEqual([]);
  });
});
