import { browser } from 'wxt/browser';
import { ownChange } from '../hint/controller';
import { ownCopy } from '../hint/lifetime';
import type { ListReader } from '../lists/site';
import { type ListEntry, type ListResult, listKey, newMemo, type ReadMemo } from '../lists/types';
import { answering } from '../messaging/answer';
import type { CardFit, TabRequest } from '../messaging/protocol';
import { slidingWindow, type Window } from '../messaging/rate-limit';
import { send } from '../messaging/send';
import { BADGE_TAG } from '../page-hosts';
import { type QuietSite, readPageSettings, watchPageSettings } from '../settings/page-settings';
import { type MountedBadge, mountBadge } from './mount';
import { type BadgeState, renderBadge } from './view';

export interface ListSite {
  name: QuietSite;
  /** this site's list pages (the other site's readers stay out of this content script) */
  lists: ListReader;
  isDark(doc: Document): boolean;
}

// a burst of page changes is one read
const SETTLE_MS = 200;
// reads and fit requests in any minute, every address together: a page that rewrites its address
// and its cards without end gets no more (a new address resets nothing)
const READ_WINDOW_MS = 60_000;
const MAX_READS_PER_WINDOW = 40;
const MAX_REQUESTS_PER_WINDOW = 20;
// the background takes at most this many cards per request
const BATCH = 100;

interface Shown {
  entry: ListEntry;
  badge: MountedBadge | null;
  state: BadgeState;
  /** its fit was asked for (once per card and page, answered or not) */
  asked: boolean;
}

/** how often a list page may be read and scored; tests pass small ones */
export interface ListLimits {
  reads: Window;
  requests: Window;
}

export const listLimits = (): ListLimits => ({
  reads: slidingWindow(MAX_READS_PER_WINDOW, READ_WINDOW_MS),
  requests: slidingWindow(MAX_REQUESTS_PER_WINDOW, READ_WINDOW_MS),
});

// a lazy list (a profile's sidebars) is read when it comes within a screen of the viewport
const NEAR_MARGIN = '100% 0px';

// a moment the page has nothing else to do, or soon anyway
const idle = (run: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 300 })
    : setTimeout(run, 0);

const contextGone = (error: unknown): boolean =>
  error instanceof Error && /context invalidated|Receiving end does not exist/i.test(error.message);
const messageOf = (error: unknown): string =>
  contextGone(error)
    ? 'MentorLens was updated: reload this page.'
    : error instanceof Error
      ? error.message
      : String(error);

/** badges on the people a list page shows, from their cards; in quiet mode, nothing is inserted */
export function runListBadges(site: ListSite, limits: ListLimits = listLimits()): () => void {
  // our own one-copy guard and lifetime: WXT's context can be invalidated by the page (see controller)
  const ctx = ownCopy('__mentorlensListBadges');
  let quiet = true;
  let started = false;
  let lastUrl = '';
  let timer: number | undefined;
  let memo: ReadMemo = newMemo();
  // by list key: each person once per page, however many times the page re-renders them
  let shown = new Map<string, Shown>();
  let kind: ListResult['kind'] | null = null;
  let joined = false;
  // lazy lists: the boxes watched for nearing the viewport, and those that came near (read from then on)
  let watched = new WeakSet<Element>();
  let near = new Set<Element>();
  let nearing: IntersectionObserver | null = null;

  function render(item: Shown) {
    item.badge?.show(
      renderBadge(item.state, {
        shortlist: () => void shortlist(item),
        toggle: () => update(item, { expanded: !item.state.expanded }),
      }),
    );
  }

  function update(item: Shown, patch: Partial<BadgeState>) {
    item.state = { ...item.state, ...patch };
    render(item);
  }

  async function shortlist(item: Shown) {
    if (item.state.busy) return;
    update(item, { busy: true, error: null });
    try {
      const person = await send({ type: 'shortlistCard', person: item.entry.person });
      update(item, { busy: false, status: person.status });
    } catch (error) {
      update(item, { busy: false, error: messageOf(error) });
    }
  }

  function place(item: Shown, dark: boolean) {
    const anchor = item.entry.anchor;
    const placed =
      item.badge?.host.isConnected && item.badge.host.previousElementSibling === anchor;
    if (placed || !anchor.isConnected) return;
    item.badge?.remove();
    item.badge = mountBadge(anchor, dark);
    render(item);
  }

  /** the page's theme, asked once a badge goes in (a media query each time costs) */
  function themeOnce(): () => boolean {
    let dark: boolean | undefined;
    return () => {
      if (dark === undefined) dark = site.isDark(document);
      return dark;
    };
  }

  function applyFits(items: Shown[], fits: CardFit[]) {
    const byKey = new Map(fits.map((fit) => [fit.key, fit]));
    const darkNow = themeOnce();
    for (const item of items) {
      const fit = byKey.get(listKey(item.entry.person));
      if (!fit) continue;
      item.state = { ...item.state, fit, status: fit.person?.status ?? item.state.status };
      if (quiet) continue;
      if (item.badge?.host.isConnected) render(item);
      else place(item, darkNow());
    }
  }

  /** one request per batch of new cards: the background scores them and adds their statuses */
  async function score(items: Shown[]) {
    for (let at = 0; at < items.length; at += BATCH) {
      const batch = items.slice(at, at + BATCH);
      try {
        applyFits(batch, await send({ type: 'listFit', people: batch.map((i) => i.entry.person) }));
      } catch (error) {
        // no fit, no badge: the page stays as it was
        for (const item of batch) item.state = { ...item.state, error: messageOf(error) };
      }
    }
  }

  /** a person saved from a list by member id gets this profile's public handle: one record */
  function joinViewed(url: URL) {
    let handle = '';
    try {
      handle = decodeURIComponent(url.pathname.split('/').filter(Boolean)[1] ?? '');
    } catch {
      return;
    }
    const memberId = handle ? (site.lists.viewedMemberId?.(document, handle) ?? null) : null;
    if (!memberId) return;
    joined = true;
    void send({ type: 'joinMemberId', memberId, handle }).catch(() => undefined);
  }

  function clear() {
    for (const item of shown.values()) item.badge?.remove();
    for (const stale of document.querySelectorAll(BADGE_TAG)) stale.remove();
  }

  /** a lazy list's boxes that came near the viewport; the others are watched until they do */
  function nearRoots(roots: Element[]): Element[] {
    if (typeof IntersectionObserver !== 'function') return roots;
    nearing ??= new IntersectionObserver(
      (changes) => {
        let closer = false;
        for (const change of changes) {
          if (!change.isIntersecting) continue;
          near.add(change.target);
          nearing?.unobserve(change.target);
          closer = true;
        }
        // after the page's own work: a sidebar's badges can wait for a quiet moment
        if (closer) idle(readNow);
      },
      { rootMargin: NEAR_MARGIN },
    );
    for (const root of roots) {
      if (watched.has(root)) continue;
      watched.add(root);
      nearing.observe(root);
    }
    return roots.filter((root) => near.has(root));
  }

  function read() {
    timer = undefined;
    if (!ctx.isValid) return;
    const href = location.href;
    if (href !== lastUrl) {
      lastUrl = href;
      clear();
      shown = new Map();
      memo = newMemo();
      joined = false;
      nearing?.disconnect();
      watched = new WeakSet();
      near = new Set();
    }
    // still parsing (we start at document_start): the list is read once, when parsing ends.
    // Quiet: nothing is shown, so nothing is read (the popup reads the page itself)
    if (document.readyState === 'loading' || quiet) return;
    const url = new URL(href);
    kind = site.lists.detect(url);
    if (!kind) return;
    // over the cap: read once more when the window allows, so the final page still gets its badges
    if (!limits.reads.take()) return later(limits.reads.wait());
    if (kind === 'linkedin-sidebar' && !joined) joinViewed(url);
    const lazy = site.lists.lazyRoots?.(document, kind) ?? null;
    const within = lazy ? nearRoots(lazy) : undefined;
    // none of a lazy list's boxes is near yet: nothing to read
    if (within?.length === 0) return;
    const entries = site.lists.read(document, url, kind, memo, within);
    const due: Shown[] = [];
    const darkNow = themeOnce();
    for (const entry of entries) {
      const key = listKey(entry.person);
      let item = shown.get(key);
      if (!item) {
        item = {
          entry,
          badge: null,
          state: {
            name: entry.person.name ?? key,
            fit: null,
            status: null,
            busy: false,
            expanded: false,
            error: null,
          },
          asked: false,
        };
        shown.set(key, item);
      }
      if (!item.asked) due.push(item);
      // the page re-rendered the card: the badge follows it to the new name link
      if (item.entry.anchor !== entry.anchor) item.entry = entry;
      // a badge goes in once its fit is known: one render per card, no placeholder flash
      if (item.state.fit) place(item, darkNow());
    }
    if (due.length === 0) return;
    // over the cap: these cards are asked for when the window allows
    if (!limits.requests.take()) return later(limits.requests.wait());
    for (const item of due) item.asked = true;
    void score(due);
  }

  /** a read now, instead of the one that may be waiting */
  function readNow() {
    if (!ctx.isValid) return;
    if (timer !== undefined) window.clearTimeout(timer);
    read();
  }

  function schedule() {
    if (timer === undefined && ctx.isValid) timer = ctx.setTimeout(read, SETTLE_MS);
  }

  function later(ms: number) {
    if (timer === undefined && ctx.isValid)
      timer = ctx.setTimeout(read, Math.max(ms, SETTLE_MS) + 50);
  }

  const observer = new MutationObserver((records) => {
    if (quiet || (!kind && !site.lists.detect(new URL(location.href)))) return;
    // our own badges, or the profile's hint, going in don't count as page changes
    if (records.every(ownChange)) return;
    schedule();
  });

  // nothing is watched while the page parses: the list is read, and watched, once parsing ends
  function start() {
    if (started) return;
    started = true;
    const parsed = () => {
      if (!ctx.isValid) return;
      observer.observe(document, { childList: true, subtree: true });
      // after the profile's hint, in a task of its own: badges are the page's second concern
      idle(() => ctx.isValid && read());
    };
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', parsed, { once: true });
    else observer.observe(document, { childList: true, subtree: true });
  }

  // the user's goals and weights: a change re-scores every card on the page in one request
  const unwatchSettings = watchPageSettings((next) => {
    if (!ctx.isValid) return;
    const wasQuiet = quiet;
    quiet = next.quiet[site.name];
    if (quiet) {
      clear();
      for (const item of shown.values()) item.badge = null;
    }
    if (quiet !== wasQuiet) read();
    else void score([...shown.values()]);
  });
  ctx.onLocationChange(schedule);
  ctx.onStop(() => {
    observer.disconnect();
    nearing?.disconnect();
    unwatchSettings();
    clear();
  });

  // the popup and side panel ask for this tab's list, quiet mode or not
  const answerPopup = (message: unknown) => {
    if (!ctx.isValid || (message as TabRequest | null)?.type !== 'currentList') return undefined;
    const url = new URL(location.href);
    const listed = site.lists.detect(url);
    const reply: ListResult | null = listed
      ? { kind: listed, people: site.lists.read(document, url, listed, memo).map((e) => e.person) }
      : null;
    return Promise.resolve(reply);
  };
  const answer = answering(answerPopup);
  browser.runtime.onMessage.addListener(answer);
  ctx.onStop(() => browser.runtime?.onMessage?.removeListener(answer));

  void readPageSettings().then((first) => {
    quiet = first.quiet[site.name];
    if (!ctx.isValid) return;
    start();
    read();
  });
  return ctx.stop;
}
