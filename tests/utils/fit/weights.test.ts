import { describe, expect, it } from 'vitest';
import { defaultFitWeights, fitWeightsSchema, signalNames } from '@/utils/fit/weights';

describe('fitWeightsSchema', () => {
  it('has one default weight in 0..1 for every signal', () => {
    expect(Object.keys(defaultFitWeights).sort()).toEqual([...signalNames].sort());
    for (const value of Object.values(defaultFitWeights)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('fills missing weights with defaults and keeps given ones', () => {
    const parsed = fitWeightsSchema.parse({ reachability: 0.2 });
    expect(parsed.reachability).toBe(0.2);
    expect(parsed.expertise).toBe(defaultFitWeights.expertise);
  });

  it.each([
    [{ expertise: 1.5 }],
    [{ activity: -0.1 }],
    [{ logistics: 'high' }],
    [{ path: Number.NaN }],
  ])('rejects %j', (input) => {
    expect(fitWeightsSchema.safeParse(input).success).toBe(false);
  });
});
