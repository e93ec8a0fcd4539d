import { describe, expect, it } from 'vitest';
import type { Person } from '@/utils/shortlist/schema/person';
import { withFit } from '@/utils/shortlist/tracker/bookkeeping';
import { fitResult } from '../../../support/snapshots';

const person = (fitHistory: Person['fitHistory']): Person =>
  ({ fitHistory, fit: null }) as unknown as Person;

describe('the fit history', () => {
  it('records a point only when the score changes', () => {
    const first = withFit(person([]), fitResult(60), '2026-01-01T00:00:00.000Z');
    const same = withFit(first, fitResult(60), '2026-01-05T00:00:00.000Z');
    expect(same.fitHistory).toEqual(first.fitHistory);
  });

  it('at most one point a day: a change within the day updates that point', () => {
    let p = withFit(person([]), fitResult(60), '2026-01-01T00:00:00.000Z');
    for (let minute = 1; minute <= 500; minute += 1)
      p = withFit(
        p,
        fitResult(40 + (minute % 30)),
        new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
      );
    expect(p.fitHistory).toHaveLength(1);
    expect(p.fitHistory[0]?.at).toBe('2026-01-01T00:00:00.000Z');
    expect(p.fitHistory[0]?.score).toBe(40 + (500 % 30));
    p = withFit(p, fitResult(90), '2026-01-02T00:00:00.000Z');
    expect(p.fitHistory.map((point) => point.score)).toEqual([40 + (500 % 30), 90]);
  });
});
