import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_ANALYSES_PER_PERSON,
  MAX_PARSING_LOOKS,
  MAX_READS_PER_WINDOW,
  runProfileHints,
  type Site,
} from '@/utils/hint/controller';
import { headingSite } from '../../support/hint-site';
import { fitResult } from '../../support/snapshots';

let reads = 0;
const site: Site = headingSite({
  name: 'linkedin',
  isProfileUrl: (url) => url.pathname.startsWith('/in/'),
  onRead: () => {
    reads += 1;
  },
});

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
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
    stop = runProfileHints(site);
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

function profilePage(): HTMLElement {
  history.replaceState(null, '', '/in/ada-okafor/');
  const heading = document.createElement('h1');
  heading.textContent = 'Ada Okafor';
  document.body.append(heading);
  fakeBrowser.runtime.onMessage.addListener(() =>
    Promise.resolve({ ok: true, data: { fit: fitResult(), person: null, problem: null } }),
  );
  return heading;
}

describe('one copy per page', () => {
  it('a newer copy stops the older one; the page cannot stop either by replaying WXT events', async () => {
    const heading = profilePage();
    const counted = () => {
      const copy = { reads: 0, site: { ...site } };
      copy.site.extract = (doc, url) => {
        copy.reads += 1;
        return site.extract(doc, url);
      };
      return copy;
    };
    const older = counted();
    const newer = counted();
    const first = runProfileHints(older.site);
    await vi.waitFor(() => expect(document.querySelector('mentorlens-hint')).not.toBeNull());
    stop = runProfileHints(newer.site);
    await vi.waitFor(() => expect(newer.reads).toBeGreaterThan(0));
    const olderReads = older.reads;
    // what a page can send: the window message and the document event WXT uses
    const type = `${fakeBrowser.runtime.id}:linkedin:wxt:content-script-started`;
    window.postMessage({ type, contentScriptName: 'linkedin', messageId: 'forged' }, '*');
    document.dispatchEvent(
      new CustomEvent(type, { detail: { contentScriptName: 'linkedin', messageId: 'forged' } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const newerReads = newer.reads;
    heading.textContent = 'Ada Okafor (she/her)';
    // the newer copy still reads the page; the older one stopped reading when the newer started
    await vi.waitFor(() => expect(newer.reads).toBeGreaterThan(newerReads));
    expect(older.reads).toBe(olderReads);
    expect(document.querySelectorAll('mentorlens-hint')).toHaveLength(1);
    first();
    expect(document.querySelectorAll('mentorlens-hint')).toHaveLength(1);
  });
});

describe('reading the page', () => {
  it('reads once when nothing changes: its own hint going in is no page change', async () => {
    profilePage();
    let count = 0;
    stop = runProfileHints({
      ...site,
      extract: (doc, url) => {
        count += 1;
        return site.extract(doc, url);
      },
    });
    await vi.waitFor(() => expect(document.querySelector('mentorlens-hint')).not.toBeNull());
    // well past the settle: a read caused by the hint's own insertion would have run by now
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(count).toBe(1);
    // a real page change still reads again
    document.body.append(document.createElement('section'));
    await vi.waitFor(() => expect(count).toBe(2), { timeout: 2_000 });
  });

  it('claims no score while the background has not answered (it scores; the page only reads)', async () => {
    history.replaceState(null, '', '/in/ada-okafor/');
    const heading = document.createElement('h1');
    heading.textContent = 'Ada Okafor';
    document.body.append(heading);
    let asked = 0;
    // a background that never answers (asleep, or slow to wake)
    fakeBrowser.runtime.onMessage.addListener(() => {
      asked += 1;
      return new Promise(() => undefined);
    });
    stop = runProfileHints(site);
    await vi.waitFor(() => expect(asked).toBeGreaterThan(0));
    const root = document.querySelector('mentorlens-hint')?.shadowRoot;
    expect(root?.textContent ?? '').not.toMatch(/Strong fit|Promising|Long shot|\d+ ?\/ ?100/);
    expect(root?.querySelector('[aria-busy="true"]')).not.toBeNull();
  });

  it('asks the background for the score when the saved goals are not in their saved form', async () => {
    await fakeBrowser.storage.sync.set({ menteeProfile: { targetRoles: 'not a list' } });
    let asked = 0;
    history.replaceState(null, '', '/in/ada-okafor/');
    const heading = document.createElement('h1');
    heading.textContent = 'Ada Okafor';
    document.body.append(heading);
    fakeBrowser.runtime.onMessage.addListener(() => {
      asked += 1;
      return Promise.resolve({
        ok: true,
        data: {
          fit: null,
          person: null,
          problem: null,
          error: 'Your mentee profile could not be read.',
        },
      });
    });
    stop = runProfileHints(site);
    await vi.waitFor(() => {
      const root = document.querySelector('mentorlens-hint')?.shadowRoot;
      expect(root?.textContent ?? '').toContain('Your mentee profile could not be read.');
    });
    expect(asked).toBeGreaterThan(0);
    await fakeBrowser.storage.sync.remove('menteeProfile');
  });

  it('reads again when the profile changes, not when a region it never reads does', async () => {
    profilePage();
    const chat = document.createElement('aside');
    chat.id = 'msg-overlay';
    document.body.append(chat);
    let count = 0;
    stop = runProfileHints({
      ...site,
      unread: 'aside#msg-overlay',
      extract: (doc, url) => {
        count += 1;
        return site.extract(doc, url);
      },
    });
    await vi.waitFor(() => expect(document.querySelector('mentorlens-hint')).not.toBeNull());
    const first = count;
    for (let message = 0; message < 5; message += 1) {
      chat.append(Object.assign(document.createElement('p'), { textContent: `hi ${message}` }));
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(count).toBe(first);
    document.body.append(
      Object.assign(document.createElement('section'), { textContent: 'About' }),
    );
    await vi.waitFor(() => expect(count).toBe(first + 1), { timeout: 2_000 });
  });

  it('reads nothing in quiet mode', async () => {
    await fakeBrowser.storage.sync.set({ quietMode: { linkedin: true, github: false } });
    profilePage();
    let count = 0;
    stop = runProfileHints({
      ...site,
      extract: (doc, url) => {
        count += 1;
        return site.extract(doc, url);
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(count).toBe(0);
    expect(document.querySelector('mentorlens-hint')).toBeNull();
    await fakeBrowser.storage.sync.remove('quietMode');
  });
});

describe('while the profile is still being parsed', () => {
  function parsing(): () => void {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    return () => {
      Reflect.deleteProperty(document, 'readyState');
      document.dispatchEvent(new Event('DOMContentLoaded'));
    };
  }
  const sent = (types: string[]) =>
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      types.push((message as { type: string }).type);
      return Promise.resolve({ ok: true, data: { fit: fitResult(), person: null, problem: null } });
    });

  it('wakes the background at once, shows the hint once the name is parsed, and reads the whole page when parsing ends', async () => {
    const types: string[] = [];
    sent(types);
    let reads = 0;
    let looks = 0;
    const parsed = parsing();
    history.replaceState(null, '', '/in/ada-okafor/');
    fakeBrowser.runtime.onMessage.addListener(() =>
      Promise.resolve({ ok: true, data: { fit: fitResult(), person: null, problem: null } }),
    );
    stop = runProfileHints({
      ...site,
      anchor: (doc, url) => {
        looks += 1;
        return site.anchor(doc, url);
      },
      extract: (doc, url) => {
        reads += 1;
        return site.extract(doc, url);
      },
    });
    await vi.waitFor(() => expect(types).toContain('wake'));
    // no name parsed yet: looked for, nothing read
    await vi.waitFor(() => expect(looks).toBeGreaterThan(1));
    expect(reads).toBe(0);
    expect(document.querySelector('mentorlens-hint')).toBeNull();
    // the top card arrives while the rest of the page is still being parsed
    const heading = document.createElement('h1');
    heading.textContent = 'Ada Okafor';
    document.body.append(heading);
    await vi.waitFor(() => expect(types).toContain('analyze'));
    expect(reads).toBe(1);
    expect(document.querySelector('mentorlens-hint')).not.toBeNull();
    // later chunks of the page are not read one by one
    const about = document.createElement('section');
    about.textContent = 'About';
    document.body.append(about);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(reads).toBe(1);
    // parsing ends: the whole page is read once more
    parsed();
    await vi.waitFor(() => expect(reads).toBe(2));
    expect(types.filter((type) => type === 'wake')).toHaveLength(1);
  });

  it('reads the top card alone while the page parses, and gives the popup the whole page meanwhile', async () => {
    const scored: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      const { type, snapshot } = message as { type: string; snapshot?: { name?: string } };
      if (type !== 'analyze') return undefined;
      scored.push(snapshot?.name);
      return Promise.resolve({ ok: true, data: { fit: fitResult(), person: null, problem: null } });
    });
    const scopes: string[] = [];
    const parsed = parsing();
    profilePage();
    const named = (name: string) => (doc: Document, url: URL) => {
      const read = site.extract(doc, url);
      return read.ok ? { ...read, profile: { ...read.profile, name } } : read;
    };
    stop = runProfileHints({
      ...site,
      extract: (doc, url) => {
        scopes.push('page');
        return named('whole')(doc, url);
      },
      extractTopCard: (doc, url) => {
        scopes.push('top-card');
        return named('card')(doc, url);
      },
    });
    await vi.waitFor(() => expect(scored).toEqual(['card']));
    expect(scopes).toEqual(['top-card']);
    // the popup opened meanwhile gets what the whole page shows so far, not the card alone
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'currentProfile' }, {});
    // (the page's stand-in background answers every message too: ours is the one with a profile)
    const names = replies.map((one) => (one as { profile?: { name: string } })?.profile?.name);
    expect(names.filter(Boolean)).toEqual(['whole']);
    parsed();
    await vi.waitFor(() => expect(scored).toEqual(['card', 'whole']));
    expect(scopes).toEqual(['top-card', 'page', 'page']);
  });

  /** idle moments only when the test says so: the callbacks waiting for one, with their timeouts */
  function idleMoments() {
    const waiting = new Map<number, { callback: IdleRequestCallback; timeout?: number }>();
    let next = 0;
    vi.stubGlobal(
      'requestIdleCallback',
      (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
        next += 1;
        waiting.set(next, { callback, timeout: options?.timeout });
        return next;
      },
    );
    vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
    return {
      timeouts: () => [...waiting.values()].map((one) => one.timeout),
      idle() {
        const callbacks = [...waiting.values()];
        waiting.clear();
        for (const { callback } of callbacks)
          callback({ didTimeout: false, timeRemaining: () => 50 });
      },
    };
  }

  /** a profile parsing at /in/ada-okafor/, its whole-page reads counted */
  function countedParsing() {
    const types: string[] = [];
    sent(types);
    const parsed = parsing();
    history.replaceState(null, '', '/in/ada-okafor/');
    let whole = 0;
    stop = runProfileHints({
      ...site,
      extract: (doc, url) => {
        whole += 1;
        const read = site.extract(doc, url);
        // the whole page shows more than its card: here, a longer name
        return read.ok ? { ...read, profile: { ...read.profile, name: 'Ada Okafor, PhD' } } : read;
      },
      extractTopCard: site.extract,
    });
    return { types, parsed, whole: () => whole };
  }

  it('with the top card showing, reads the rest of the page at its first idle moment after parsing, not in its load', async () => {
    const moments = idleMoments();
    const heading = document.createElement('h1');
    heading.textContent = 'Ada Okafor';
    document.body.append(heading);
    const { types, parsed, whole } = countedParsing();
    await vi.waitFor(() => expect(document.querySelector('mentorlens-hint')).not.toBeNull());
    await vi.waitFor(() => expect(types).toContain('analyze'));
    parsed();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(whole()).toBe(0);
    // asked for with a deadline: a page that never goes idle is still read
    expect(moments.timeouts()).toEqual([1_000]);
    moments.idle();
    expect(whole()).toBe(1);
    await vi.waitFor(() => expect(types.filter((type) => type === 'analyze')).toHaveLength(2));
    vi.unstubAllGlobals();
  });

  it('with no hint yet when parsing ends, reads the whole page at once; stopped, it leaves no idle read asked for', async () => {
    const moments = idleMoments();
    const { parsed, whole } = countedParsing();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const heading = document.createElement('h1');
    heading.textContent = 'Ada Okafor';
    document.body.append(heading);
    // the name came with the parser's last chunk: nothing shows it yet, so nothing waits for idle
    parsed();
    await vi.waitFor(() => expect(whole()).toBe(1));
    expect(moments.timeouts()).toEqual([]);
    expect(document.querySelector('mentorlens-hint')).not.toBeNull();
    vi.unstubAllGlobals();
  });

  it('a page left before its idle moment: the idle read is withdrawn', async () => {
    const moments = idleMoments();
    const heading = document.createElement('h1');
    heading.textContent = 'Ada Okafor';
    document.body.append(heading);
    const { parsed, whole } = countedParsing();
    await vi.waitFor(() => expect(document.querySelector('mentorlens-hint')).not.toBeNull());
    parsed();
    expect(moments.timeouts()).toHaveLength(1);
    stop?.();
    stop = null;
    expect(moments.timeouts()).toEqual([]);
    expect(whole()).toBe(0);
    vi.unstubAllGlobals();
  });

  /** frames drawn only when the test says so: the callbacks waiting for the next one */
  function frames() {
    const waiting = new Map<number, FrameRequestCallback>();
    let next = 0;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      next += 1;
      waiting.set(next, callback);
      return next;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => waiting.delete(id));
    return {
      get waiting() {
        return waiting.size;
      },
      draw() {
        const callbacks = [...waiting.values()];
        waiting.clear();
        for (const callback of callbacks) callback(performance.now());
      },
    };
  }

  /** a profile parsing at /in/ada-okafor/ with no name yet, after the reader's first look */
  async function startParsing() {
    let looks = 0;
    const parsed = parsing();
    history.replaceState(null, '', '/in/ada-okafor/');
    stop = runProfileHints({
      ...site,
      anchor: (doc, url) => {
        looks += 1;
        return site.anchor(doc, url);
      },
    });
    await vi.advanceTimersByTimeAsync(0);
    return { parsed, looks: () => looks };
  }

  it('looks again at the next frame while the page parses, not only when the timer comes', async () => {
    // the clock moves only when the test says: a busy parser holds the timer back like this
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'performance'] });
    const types: string[] = [];
    sent(types);
    const frame = frames();
    const { parsed, looks } = await startParsing();
    expect(looks()).toBe(1);
    const heading = document.createElement('h1');
    heading.textContent = 'Ada Okafor';
    document.body.append(heading);
    // a frame too soon after the last look is passed over: one look per frame gap at most
    frame.draw();
    expect(looks()).toBe(1);
    expect(frame.waiting).toBe(1);
    await vi.advanceTimersByTimeAsync(15);
    expect(looks()).toBe(1);
    frame.draw();
    expect(looks()).toBe(2);
    expect(document.querySelector('mentorlens-hint')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(types).toContain('analyze');
    // the name was found: no more frames are asked for while the page parses on
    expect(frame.waiting).toBe(0);
    parsed();
    vi.unstubAllGlobals();
  });

  it('still looks on its timer in a tab that draws no frames, and leaves no frame asked for once stopped', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval'] });
    const frame = frames();
    const { parsed, looks } = await startParsing();
    expect(looks()).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(looks()).toBeGreaterThan(3);
    expect(frame.waiting).toBe(1);
    stop?.();
    stop = null;
    expect(frame.waiting).toBe(0);
    parsed();
    vi.unstubAllGlobals();
  });

  it('looks for the top card a bounded number of times while a page never finishes parsing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval'] });
    const { parsed, looks } = await startParsing();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(looks()).toBeGreaterThan(1);
    expect(looks()).toBeLessThanOrEqual(MAX_PARSING_LOOKS);
    parsed();
  });

  it('wakes nothing in quiet mode, or on a page that is not a profile', async () => {
    const types: string[] = [];
    sent(types);
    await fakeBrowser.storage.sync.set({ quietMode: { linkedin: true, github: false } });
    let parsed = parsing();
    profilePage();
    stop = runProfileHints(site);
    await new Promise((resolve) => setTimeout(resolve, 100));
    parsed();
    stop();
    await fakeBrowser.storage.sync.remove('quietMode');
    parsed = parsing();
    history.replaceState(null, '', '/feed/');
    stop = runProfileHints(site);
    await new Promise((resolve) => setTimeout(resolve, 100));
    parsed();
    expect(types).not.toContain('wake');
  });
});
