import { afterEach, describe, expect, it, vi } from 'vitest';
import { badgeFeedback } from '@/entrypoints/background/tab-profile';

/** the toolbar button of each tab as the fake action leaves it */
function fakeAction() {
  const text = new Map<number, string | null>();
  const title = new Map<number, string | null>();
  return {
    text,
    title,
    action: {
      setBadgeText: async ({ tabId, text: value }: { tabId?: number; text: string | null }) =>
        void text.set(tabId ?? -1, value),
      setTitle: async ({ tabId, title: value }: { tabId?: number; title: string | null }) =>
        void title.set(tabId ?? -1, value),
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the toolbar feedback of a shortcut or menu', () => {
  it('shows the mark and title, then goes back to normal', async () => {
    vi.useFakeTimers();
    const fake = fakeAction();
    const feedback = badgeFeedback(6_000, () => fake.action as never);
    feedback.show(3, '✓', 'MentorLens: Ada is on your shortlist');
    expect([fake.text.get(3), fake.title.get(3)]).toEqual([
      '✓',
      'MentorLens: Ada is on your shortlist',
    ]);
    await vi.advanceTimersByTimeAsync(6_000);
    expect([fake.text.get(3), fake.title.get(3)]).toEqual([null, null]);
  });

  it("an older mark's clearing does not wipe a newer mark on the same tab early", async () => {
    vi.useFakeTimers();
    const fake = fakeAction();
    const feedback = badgeFeedback(6_000, () => fake.action as never);
    feedback.show(3, '?', 'MentorLens: nothing shortlisted');
    await vi.advanceTimersByTimeAsync(4_000);
    feedback.show(3, '✓', 'MentorLens: Sam is on your shortlist');
    // when the first mark would have cleared
    await vi.advanceTimersByTimeAsync(2_500);
    expect([fake.text.get(3), fake.title.get(3)]).toEqual([
      '✓',
      'MentorLens: Sam is on your shortlist',
    ]);
    await vi.advanceTimersByTimeAsync(3_500);
    expect([fake.text.get(3), fake.title.get(3)]).toEqual([null, null]);
  });

  it("one tab's mark keeps its own time: another tab's new mark does not extend it", async () => {
    vi.useFakeTimers();
    const fake = fakeAction();
    const feedback = badgeFeedback(6_000, () => fake.action as never);
    feedback.show(3, '✓', 'MentorLens: Ada is on your shortlist');
    await vi.advanceTimersByTimeAsync(4_000);
    feedback.show(4, '✓', 'MentorLens: Sam is on your shortlist');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fake.text.get(3)).toBeNull();
    expect(fake.text.get(4)).toBe('✓');
  });

  it('does nothing where the browser has no toolbar action', () => {
    expect(() => badgeFeedback(6_000, () => undefined).show(3, '✓', 'x')).not.toThrow();
  });
});
