import { describe, expect, it } from 'vitest';
import { parseCount } from '@/utils/profile/counts';

describe('parseCount', () => {
  it.each([
    ['41M', 41_000_000],
    ['314k', 314_000],
    ['63.6k', 63_600],
    ['1.2m', 1_200_000],
    ['500+', 500],
    ['12,345', 12_345],
    ['1 234 followers', 1_234],
    ['7', 7],
    ['0', 0],
  ])('%s → %d', (raw, expected) => {
    expect(parseCount(raw)).toBe(expected);
  });

  it.each([[''], [null], [undefined], ['followers'], ['k'], ['-'], ['9'.repeat(400)]])(
    'rejects %s',
    (raw) => {
      expect(parseCount(raw)).toBeNull();
    },
  );
});
