import { describe, expect, it } from 'vitest';
import { afterMessage, firstContact } from '@/utils/shortlist/tracker/follow-ups';

describe('the follow-up counting rules (shared by recording and by the version-1 upgrade)', () => {
  it('the first message starts the clock with nothing followed up', () => {
    expect(firstContact('2026-03-01T10:00:00.000Z')).toEqual({
      lastContactAt: '2026-03-01T10:00:00.000Z',
      count: 0,
    });
  });

  it('a follow-up counts once and moves the clock to the latest contact, even when logged late', () => {
    const first = firstContact('2026-03-05T10:00:00.000Z');
    const late = afterMessage(first, '2026-03-02T10:00:00.000Z', true);
    expect(late).toEqual({ lastContactAt: '2026-03-05T10:00:00.000Z', count: 1 });
    expect(afterMessage(late, '2026-03-09T10:00:00.000Z', true)).toEqual({
      lastContactAt: '2026-03-09T10:00:00.000Z',
      count: 2,
    });
  });

  it('a message that is not a follow-up moves the clock without counting', () => {
    expect(
      afterMessage({ lastContactAt: null, count: 0 }, '2026-03-02T10:00:00.000Z', false),
    ).toEqual({ lastContactAt: '2026-03-02T10:00:00.000Z', count: 0 });
  });
});
