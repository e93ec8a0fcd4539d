import { describe, expect, it } from 'vitest';
import { applyCeiling, applyRelevance, notes, type Scored } from '@/utils/fit/adjust';
import type { SignalName } from '@/utils/fit/weights';
import { person } from './build';

function scored(
  signal: SignalName,
  effect: number,
  extra: Partial<Scored['contribution']> = {},
  weight = 1,
): Scored {
  return {
    contribution: { signal, points: effect / weight, text: signal, ...extra },
    weight,
    reason: { signal, weight, effect, text: signal },
  };
}

describe('applyCeiling', () => {
  it('caps the score and charges the cut to the reason that set the ceiling', () => {
    const list = [scored('expertise', 40), scored('reachability', -20, { ceiling: 40 })];
    expect(applyCeiling(list, 70)).toBe(40);
    expect(list[1]?.reason.effect).toBe(-50);
  });

  it('loosens as the weight goes down, and is gone at weight 0', () => {
    expect(applyCeiling([scored('reachability', -10, { ceiling: 40 }, 0.5)], 90)).toBe(55);
    expect(applyCeiling([scored('reachability', 0, { ceiling: 40 }, 0)], 90)).toBe(90);
  });

  it('a score under the ceiling is left alone; the tightest ceiling wins', () => {
    expect(applyCeiling([scored('reachability', -20, { ceiling: 40 })], 35)).toBe(35);
    const list = [
      scored('reachability', -20, { ceiling: 40 }),
      scored('experience', -18, { ceiling: 30 }),
    ];
    expect(applyCeiling(list, 80)).toBe(30);
    expect(list[1]?.reason.effect).toBe(-68);
  });
});

describe('applyRelevance', () => {
  it('with little overlap, other strengths count for less, said in a reason', () => {
    const list = [
      scored('expertise', 5, { relevance: 0.5 }),
      scored('experience', 10),
      scored('willingness', 6),
      scored('path', 8),
      scored('cautions', -4),
    ];
    applyRelevance(list);
    const added = list.at(-1);
    expect(added?.reason.effect).toBe(-8);
    expect(added?.reason.text).toMatch(/^Only a small overlap/);
  });

  it('"nothing matches" carries the cut itself', () => {
    const list = [scored('expertise', -5, { relevance: 0.3 }), scored('experience', 10)];
    applyRelevance(list);
    expect(list).toHaveLength(2);
    expect(list[0]?.reason.effect).toBe(-12);
    expect(list[0]?.reason.text).toMatch(/so their other strengths count for less$/);
  });

  it('full relevance, or no expertise reading, changes nothing', () => {
    const full = [scored('expertise', 30, { relevance: 1 }), scored('experience', 10)];
    applyRelevance(full);
    expect(full).toHaveLength(2);
    const none = [scored('experience', 10)];
    applyRelevance(none);
    expect(none[0]?.reason.effect).toBe(10);
  });
});

describe('notes', () => {
  it('explains missing fields and the default profile without moving the score', () => {
    const list = notes([person({ signals: { missing: ['skills', 'skills', 'about'] } })], 3, true);
    expect(list.map((n) => n.text)).toEqual([
      'Not on this page: skills, about, so they were not counted',
      'Measured against example goals (ML engineer, Python): set your own goals in Options',
    ]);
    expect(list.every((n) => n.effect === 0)).toBe(true);
  });
});
