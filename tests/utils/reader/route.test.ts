import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReaderMark } from '@/utils/reader/presence';
import { type RouterDeps, startRouter } from '@/utils/reader/route';

// a profile is /in/<x>/, a list /search/; every other page is neither
const wants = (url: URL) => url.pathname.startsWith('/in/') || url.pathname.startsWith('/search/');

let stop: (() => void) | null = null;
let reader: ReaderMark | null = null;
const mark = (answer: ReaderMark['answer'] = async () => 'from the reader'): ReaderMark => ({
  answer,
  alive: () => true,
});

function route(deps: Partial<RouterDeps> = {}) {
  const load = vi.fn(async () => ({ site: 'linkedin' }));
  stop = startRouter({ wants }, { load, reader: () => reader, pollMs: 1_000, ...deps });
  return load;
}

/** what the popup's tab request gets: [answer] from each listener that answers */
const ask = async (message: unknown) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, {})).filter((a) => a !== undefined);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  reader = null;
  history.replaceState(null, '', '/feed/');
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

describe('the router on a page that is neither a profile nor a list', () => {
  it('asks for no reader, however long the page stays', async () => {
    const load = route();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(load).not.toHaveBeenCalled();
  });

  it("answers the popup's tab requests with null itself", async () => {
    route();
    expect(await ask({ type: 'currentProfile' })).toEqual([null]);
    expect(await ask({ type: 'currentList' })).toEqual([null]);
  });

  it.each([
    ['null', null],
    ['a string', 'currentProfile'],
    ['another request', { type: 'analyze' }],
    ['a type that is not a string', { type: { toString: (): string => 'currentProfile' } }],
    ['an array', [{ type: 'currentProfile' }]],
  ])('leaves %s unanswered', async (_what, message) => {
    route();
    expect(await ask(message)).toEqual([]);
  });
});

describe('the router on a profile or a list', () => {
  it('asks for the reader at once, at document_start, and once only', async () => {
    history.replaceState(null, '', '/in/ada-okafor/');
    const load = route();
    expect(load).toHaveBeenCalledTimes(1);
    reader = mark();
    await vi.advanceTimersByTimeAsync(5_000);
    history.pushState(null, '', '/in/sam/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks for it once in-page navigation reaches a profile (the poll) and a list (popstate)', async () => {
    const load = route();
    history.pushState(null, '', '/mynetwork/');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(load).not.toHaveBeenCalled();
    history.pushState(null, '', '/in/ada-okafor/');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(load).toHaveBeenCalledTimes(1);
    stop?.();

    history.replaceState(null, '', '/feed/');
    const again = route();
    history.pushState(null, '', '/search/results/people/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('asks nothing when a reader already runs in the page (a second injection of the router)', async () => {
    history.replaceState(null, '', '/in/ada-okafor/');
    reader = mark();
    const load = route();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(load).not.toHaveBeenCalled();
  });

  it('leaves the tab requests to the reader once it runs: exactly one answer', async () => {
    history.replaceState(null, '', '/in/ada-okafor/');
    route();
    reader = mark();
    // the reader's own listener, as the controllers add it
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve('the reader listening'));
    expect(await ask({ type: 'currentProfile' })).toEqual(['the reader listening']);
  });

  it("answers a request that came before the reader was here through the reader's mark", async () => {
    history.replaceState(null, '', '/in/ada-okafor/');
    let arrive: () => void = () => undefined;
    const load = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          arrive = () => {
            reader = mark(async (message) => `reader: ${message.type}`);
            resolve();
          };
        }),
    );
    route({ load });
    const answered = ask({ type: 'currentProfile' });
    arrive();
    expect(await answered).toEqual(['reader: currentProfile']);
  });

  it('says why when the reader could not be loaded, and asks again only after a navigation', async () => {
    history.replaceState(null, '', '/in/ada-okafor/');
    const load = vi.fn(async () => {
      throw new Error('loadReader: this tab asked for the reader too often just now');
    });
    route({ load });
    expect(await ask({ type: 'currentProfile' })).toEqual([
      {
        ok: false,
        reason: 'unrecognized',
        detail: expect.stringMatching(/could not start reading this page \(loadReader: this tab/),
      },
    ]);
    expect(await ask({ type: 'currentList' })).toEqual([null]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(load).toHaveBeenCalledTimes(1);
    history.pushState(null, '', '/in/sam/');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('a newer copy stops the older one: one listener, one load', async () => {
    history.replaceState(null, '', '/feed/');
    const first = route();
    const second = route();
    expect(await ask({ type: 'currentList' })).toEqual([null]);
    history.pushState(null, '', '/in/ada-okafor/');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('(control) without the stop, two copies would both answer', async () => {
    const load = vi.fn(async () => undefined);
    startRouter({ wants }, { load, reader: () => null, pollMs: 1_000 });
    // a copy under another key is not stopped: the listener count is what the guard prevents
    const other = (globalThis as Record<string, unknown>).__mentorlensRouter;
    (globalThis as Record<string, unknown>).__mentorlensRouter = undefined;
    stop = startRouter({ wants }, { load, reader: () => null, pollMs: 1_000 });
    expect(await ask({ type: 'currentList' })).toEqual([null, null]);
    (other as () => void)();
  });
});
