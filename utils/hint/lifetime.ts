import { browser } from 'wxt/browser';

const LOCATION_POLL_MS = 1_000;

/** what a content-script feature needs from its lifetime, without WXT's page-forgeable context */
export interface Lifetime {
  /** false once stopped, or once the extension was reloaded or removed (this copy is orphaned) */
  readonly isValid: boolean;
  setTimeout(fn: () => void, ms: number): number;
  /** in-page navigation (pushState, replaceState, back) that changed no markup yet */
  onLocationChange(fn: () => void): void;
  onStop(fn: () => void): void;
  stop(): void;
}

/**
 * one running copy per page: a newer copy (an update re-injected us) stops the older one. The stop
 * function lives on our isolated world's global, which page script never sees, so it can't forge it
 */
export function ownCopy(key: string): Lifetime {
  const running = globalThis as unknown as Record<string, (() => void) | undefined>;
  running[key]?.();
  let stopped = false;
  const cleanups: (() => void)[] = [];
  const timers = new Set<number>();
  const alive = () => !stopped && browser.runtime?.id != null;
  const lifetime: Lifetime = {
    get isValid() {
      if (!stopped && !alive()) lifetime.stop();
      return alive();
    },
    setTimeout(fn, ms) {
      const id = window.setTimeout(() => {
        timers.delete(id);
        if (lifetime.isValid) fn();
      }, ms);
      timers.add(id);
      return id;
    },
    onLocationChange(fn) {
      let seen = location.href;
      const poll = window.setInterval(() => {
        if (!lifetime.isValid || location.href === seen) return;
        seen = location.href;
        fn();
      }, LOCATION_POLL_MS);
      window.addEventListener('popstate', fn);
      cleanups.push(() => {
        window.clearInterval(poll);
        window.removeEventListener('popstate', fn);
      });
    },
    onStop(fn) {
      cleanups.push(fn);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (running[key] === lifetime.stop) running[key] = undefined;
      for (const id of timers) window.clearTimeout(id);
      timers.clear();
      for (const cleanup of cleanups.splice(0)) {
        try {
          cleanup();
        } catch {
          // the extension is gone: nothing left to undo
        }
      }
    },
  };
  running[key] = lifetime.stop;
  return lifetime;
}
