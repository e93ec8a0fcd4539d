import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ListReader } from '@/utils/lists/site';
import { readerHere } from '@/utils/reader/presence';
import { startReader } from '@/utils/reader/start';
import { headingSite } from '../../support/hint-site';
import { fitResult } from '../../support/snapshots';

const read = vi.fn<ListReader['read']>(() => []);
const lists: ListReader = {
  detect: (url) => (url.pathname.startsWith('/search/') ? 'linkedin-search' : null),
  read,
};
const sites = () => ({
  hints: headingSite({ name: 'linkedin', isProfileUrl: (url) => url.pathname.startsWith('/in/') }),
  lists: { name: 'linkedin' as const, lists, isDark: () => false },
});

const stops = () => {
  const running = globalThis as unknown as Record<string, (() => void) | undefined>;
  for (const key of [
    '__mentorlensProfileHints',
    '__mentorlensListBadges',
    '__mentorlensListStart',
    '__mentorlensProfileStart',
  ])
    running[key]?.();
  running.__mentorlensReader = undefined;
};
afterEach(() => {
  stops();
  document.body.replaceChildren();
});

describe('the reader, injected', () => {
  it('runs once per page: a second injection finds the mark and starts nothing', async () => {
    history.replaceState(null, '', '/in/ada-okafor/');
    const heading = document.createElement('h1');
    heading.textContent = 'Ada Okafor';
    document.body.append(heading);
    const analyses: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string }).type === 'analyze') analyses.push(message);
      return Promise.resolve({ ok: true, data: { fit: fitResult(), person: null, problem: null } });
    });
    expect(readerHere()).toBeNull();
    expect(startReader(sites())).toBe(true);
    expect(readerHere()).not.toBeNull();
    expect(startReader(sites())).toBe(false);
    await vi.waitFor(() => expect(document.querySelectorAll('mentorlens-hint')).toHaveLength(1));
    expect(analyses).toHaveLength(1);
  });

  it("answers through its mark what the controllers would: the page's profile, or its list", async () => {
    history.replaceState(null, '', '/in/ada-okafor/');
    startReader(sites());
    const mark = readerHere();
    expect(await mark?.answer({ type: 'currentProfile' })).toMatchObject({
      ok: true,
      profile: { handle: 'ada-okafor' },
    });
    expect(await mark?.answer({ type: 'currentList' })).toBeNull();
    history.replaceState(null, '', '/search/results/people/');
    expect(await mark?.answer({ type: 'currentProfile' })).toBeNull();
    expect(await mark?.answer({ type: 'currentList' })).toEqual({
      kind: 'linkedin-search',
      people: [],
    });
    expect(read).toHaveBeenCalled();
  });

  it('on a list page the hint is not started until in-page navigation reaches a profile', async () => {
    history.replaceState(null, '', '/search/results/people/');
    const running = globalThis as unknown as Record<string, unknown>;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      (message as { type?: string }).type === 'analyze'
        ? Promise.resolve({ ok: true, data: { fit: fitResult(), person: null, problem: null } })
        : undefined,
    );
    startReader(sites());
    await vi.waitFor(() => expect(read).toHaveBeenCalled());
    expect(typeof running.__mentorlensProfileHints).toBe('undefined');
    // the popup's profile request still gets its answer: this is no profile
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'currentProfile' }, {});
    expect(replies.filter((reply) => reply !== undefined)).toEqual([null]);

    const heading = document.createElement('h1');
    heading.textContent = 'Ada Okafor';
    document.body.append(heading);
    history.pushState(null, '', '/in/ada-okafor/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(typeof running.__mentorlensProfileHints).toBe('function');
    await vi.waitFor(() => expect(document.querySelectorAll('mentorlens-hint')).toHaveLength(1));
    // the waiting copy is gone: a later navigation starts no second hint
    expect(typeof running.__mentorlensProfileStart).toBe('undefined');
  });

  it("a profile request that comes before the navigation was noticed starts the hint, and gets the page's profile", async () => {
    history.replaceState(null, '', '/search/results/people/');
    const running = globalThis as unknown as Record<string, unknown>;
    startReader(sites());
    // the address changed, and no poll or popstate has told the reader yet
    history.pushState(null, '', '/in/ada-okafor/');
    expect(typeof running.__mentorlensProfileHints).toBe('undefined');
    const replies = await fakeBrowser.runtime.onMessage.trigger({ type: 'currentProfile' }, {});
    expect(replies.filter((reply) => reply !== undefined)).toEqual([
      expect.objectContaining({
        ok: true,
        profile: expect.objectContaining({ handle: 'ada-okafor' }),
      }),
    ]);
    expect(typeof running.__mentorlensProfileHints).toBe('function');
    // from now on the hint's own listener answers, and ours stays out of it
    const next = await fakeBrowser.runtime.onMessage.trigger({ type: 'currentProfile' }, {});
    expect(next.filter((reply) => reply !== undefined)).toHaveLength(1);
  });

  it('leaves messages that are no profile request, or malformed, to the other listeners', async () => {
    history.replaceState(null, '', '/search/results/people/');
    startReader(sites());
    for (const message of [null, 'currentProfile', { type: 'analyze' }, { type: 42 }, {}]) {
      const replies = await fakeBrowser.runtime.onMessage.trigger(message, {});
      expect(replies.filter((reply) => reply !== undefined)).toEqual([]);
    }
  });

  it('a mark whose extension is gone counts as no reader', () => {
    (globalThis as Record<string, unknown>).__mentorlensReader = {
      answer: () => undefined,
      alive: () => false,
    };
    expect(readerHere()).toBeNull();
    (globalThis as Record<string, unknown>).__mentorlensReader = {
      answer: () => undefined,
      alive: () => {
        throw new Error('Extension context invalidated.');
      },
    };
    expect(readerHere()).toBeNull();
  });
});
