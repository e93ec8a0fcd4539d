import { describe, expect, it } from 'vitest';
import { hintMoves, hintMovesFrom } from '@/utils/hint/moves';
import { canMove, statuses } from '@/utils/shortlist/schema/status';

describe("the hint's quick moves", () => {
  it.each(statuses)('from "%s" offers exactly the quick moves the pipeline allows', (from) => {
    const expected = hintMoves.filter(({ to }) => canMove(from, to)).map(({ to }) => to);
    expect(hintMovesFrom(from).map(({ to }) => to)).toEqual(expected);
  });

  it('treats someone not shortlisted as "saved": contacted or not a fit, never replied', () => {
    expect(hintMovesFrom(null).map(({ label }) => label)).toEqual(['Contacted', 'Not a fit']);
  });
});
