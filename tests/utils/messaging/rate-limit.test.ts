import { describe, expect, it } from 'vitest';
import { slidingWindow, windowsByKey } from '@/utils/messaging/rate-limit';

describe('slidingWindow', () => {
  it('allows max events in any window, then says how long to wait', () => {
    let t = 0;
    const window = slidingWindow(3, 1_000, () => t);
    expect([window.take(), window.take(), window.take(), window.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    t = 400;
    expect(window.wait()).toBe(600);
    t = 1_000;
    expect([window.take(), window.take(), window.take(), window.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('windowsByKey', () => {
  it('counts each key apart and forgets the oldest beyond the cap', () => {
    const t = 0;
    const of = windowsByKey(1, 1_000, 2, () => t);
    expect(of('a').take()).toBe(true);
    expect(of('a').take()).toBe(false);
    expect(of('b').take()).toBe(true);
    expect(of('c').take()).toBe(true);
    // "a" was dropped to keep two keys: a fresh window
    expect(of('a').take()).toBe(true);
  });
});
