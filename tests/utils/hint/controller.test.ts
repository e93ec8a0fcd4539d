import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  MAX_ANALYSES_PER_PERSON,
  MAX_READS_PER_WINDOW,
  runProfileHints,
  type Site,
} from '@/utils/hint/controller';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { fitResult, snapshot } from '../../support/snapshots';

// just what the controller uses of WXT's context, over the test's (fake) timers
function fakeContext(): ContentScriptContext & { invalidate(): void } {
  const onGone: (() => void)[] = [];
  let valid = true;
  return {
    get isValid() {
      return valid;
    },
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    addEventListener: (target: EventTarget, type: string, fn: EventListener) =>
      target.addEventListener(type, fn),
    onInvalidated: (fn: () => void) => onGone.push(fn),
    invalidate() {
      valid = false;
      for (const fn of onGone) fn();
    },
  } as unknown as ContentScriptContext & { invalidate(): void };
}

let reads = 0;
const site: Site = {
  name: 'linkedin',
  isProfileUrl: (url) => url.pathname.startsWith('/in/'),
  extract: () => {
    reads += 1;
    const profile: ProfileSnapshot = snapshot({
      source: 'linkedin',
      handle: 'ada-okafor',
      name: document.querySelector('h1')?.textContent ?? null,
    });
    return { ok: true, profile };
  },
  anchor: (doc) => doc.querySelector('h1'),
  isDark: () => false,
};

let ctx: ReturnType<typeof fakeContext> | null = null;
afterEach(() => {
  ctx?.invalidate();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('the read cap', () => {
  it('holds per person and per minute while the page churns its URL with history.replaceState', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'Date'] });
    reads = 0;
    let analyses = 0;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string }).type === 'analyze') analyses += 1;
      return Promise.resolve({
        ok: true,
        data: { fit: fitResult(), person: null, problem: null },
      });
    });
    history.replaceState(null, '', '/in/ada-okafor/');
    const heading = document.createElement('h1');
    heading.textContent = 'Ada Okafor';
    document.body.append(heading);
    ctx = fakeContext();
    runProfileHints(ctx, site);
    // 30 seconds of a new URL and new content every 10 ms
    for (let tick = 0; tick < 3_000; tick += 1) {
      heading.textContent = `Ada Okafor ${tick}`;
      history.replaceState(null, '', `/in/ada-okafor/?t=${tick}`);
      window.dispatchEvent(new Event('wxt:locationchange'));
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(analyses).toBeGreaterThan(0);
    expect(analyses).toBeLessThanOrEqual(MAX_ANALYSES_PER_PERSON);
    expect(reads).toBeLessThanOrEqual(MAX_READS_PER_WINDOW);
    // once the page settles, the last content is still read, a window later
    const before = analyses;
    await vi.advanceTimersByTimeAsync(61_000);
    expect(analyses).toBe(before + 1);
    expect(document.querySelector('mentorlens-hint')).not.toBeNull();
  });
});
