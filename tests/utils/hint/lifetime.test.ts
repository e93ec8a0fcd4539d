import { afterEach, describe, expect, it, vi } from 'vitest';
import { ownCopy } from '@/utils/hint/lifetime';

afterEach(() => vi.useRealTimers());

describe('ownCopy', () => {
  it('a newer copy stops the older one, which then runs nothing it scheduled', () => {
    vi.useFakeTimers();
    const first = ownCopy('__mentorlensTestCopy');
    const ran: string[] = [];
    const cleaned: string[] = [];
    first.onStop(() => cleaned.push('first'));
    first.setTimeout(() => ran.push('first'), 100);
    const second = ownCopy('__mentorlensTestCopy');
    second.setTimeout(() => ran.push('second'), 100);
    vi.advanceTimersByTime(200);
    expect(first.isValid).toBe(false);
    expect(second.isValid).toBe(true);
    expect(ran).toEqual(['second']);
    expect(cleaned).toEqual(['first']);
    second.stop();
    expect(second.isValid).toBe(false);
  });

  it('copies under other keys are left alone', () => {
    const hints = ownCopy('__mentorlensTestA');
    const badges = ownCopy('__mentorlensTestB');
    expect(hints.isValid && badges.isValid).toBe(true);
    hints.stop();
    expect(badges.isValid).toBe(true);
    badges.stop();
  });

  it('reports in-page navigation until stopped', () => {
    vi.useFakeTimers();
    const copy = ownCopy('__mentorlensTestNav');
    const changes = vi.fn();
    copy.onLocationChange(changes);
    history.pushState({}, '', '/next-page');
    vi.advanceTimersByTime(1_100);
    expect(changes).toHaveBeenCalledTimes(1);
    copy.stop();
    history.pushState({}, '', '/another-page');
    vi.advanceTimersByTime(2_100);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(changes).toHaveBeenCalledTimes(1);
  });
});
