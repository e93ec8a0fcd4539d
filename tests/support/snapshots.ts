import type { FitResult } from '@/utils/fit/result';
import { emptySnapshot, type ProfileSnapshot } from '@/utils/profile/snapshot';

/** a small valid snapshot of an invented person */
export function snapshot(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  const handle = overrides.handle ?? 'ada-okafor';
  const source = overrides.source ?? 'github';
  const url =
    source === 'github' ? `https://github.com/${handle}` : `https://www.linkedin.com/in/${handle}/`;
  return {
    ...emptySnapshot(source, handle, url),
    name: 'Ada Okafor',
    headline: 'ML engineer',
    ...overrides,
  };
}

export const fitResult = (score = 72): FitResult => ({
  score,
  band: score >= 70 ? 'Strong fit' : score >= 45 ? 'Promising' : 'Long shot',
  reasons: [
    {
      signal: 'expertise',
      weight: 1,
      effect: 20,
      text: 'Works in machine learning — your target area',
    },
  ],
  cite: ['their pinned repo tiny-rag'],
  usesDefaultProfile: true,
});

let counter = 0;
/** a database name no other test uses */
export const freshName = (): string => `mentorlens-test-${Date.now()}-${counter++}`;
