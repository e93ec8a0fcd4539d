import { describe, expect, it } from 'vitest';
import { canMove, nextStatuses, statuses, statusSchema } from '@/utils/shortlist/schema/status';

describe('the status pipeline', () => {
  it('moves forward one step at a time', () => {
    const forward = [
      'saved',
      'contacted',
      'replied',
      'meeting-scheduled',
      'mentoring',
      'ended',
    ] as const;
    for (let i = 0; i + 1 < forward.length; i += 1) {
      expect(
        canMove(forward[i] as (typeof forward)[number], forward[i + 1] as (typeof forward)[number]),
      ).toBe(true);
    }
  });

  it('does not skip from saved to mentoring, nor leave "declined" except back to saved', () => {
    expect(canMove('saved', 'mentoring')).toBe(false);
    expect(nextStatuses('declined')).toEqual(['saved']);
  });

  it('can pause from every active stage and never moves to itself', () => {
    for (const status of [
      'saved',
      'contacted',
      'replied',
      'meeting-scheduled',
      'mentoring',
    ] as const) {
      expect(canMove(status, 'paused')).toBe(true);
    }
    for (const status of statuses) expect(canMove(status, status)).toBe(false);
  });

  it('rejects unknown statuses at the boundary', () => {
    expect(statusSchema.safeParse('flying').success).toBe(false);
    expect(statusSchema.safeParse('').success).toBe(false);
  });
});
