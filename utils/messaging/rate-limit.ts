// framework-free and tiny: used by content scripts (read caps) and the background (tabs, writes)

export interface Window {
  /** counts one event if the window has room; false when over the limit */
  take(): boolean;
  /** milliseconds until the next event would be allowed (0: now) */
  wait(): number;
}

/** at most `max` events in any `windowMs` milliseconds */
export function slidingWindow(max: number, windowMs: number, now = () => Date.now()): Window {
  const times: number[] = [];
  const prune = () => {
    const t = now();
    while (times.length > 0 && (times[0] ?? 0) <= t - windowMs) times.shift();
    return t;
  };
  return {
    take() {
      const t = prune();
      if (times.length >= max) return false;
      times.push(t);
      return true;
    },
    wait() {
      const t = prune();
      return times.length < max ? 0 : (times[0] ?? t) + windowMs - t;
    },
  };
}

/** one sliding window per key (a person, a tab), keeping at most `keys` of them (oldest dropped) */
export function windowsByKey(
  max: number,
  windowMs: number,
  keys = 200,
  now = () => Date.now(),
): (key: string) => Window {
  const windows = new Map<string, Window>();
  return (key) => {
    let window = windows.get(key);
    if (!window) {
      if (windows.size >= keys) {
        const oldest = windows.keys().next().value;
        if (oldest !== undefined) windows.delete(oldest);
      }
      window = slidingWindow(max, windowMs, now);
      windows.set(key, window);
    }
    return window;
  };
}
