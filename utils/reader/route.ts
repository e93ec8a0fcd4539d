import { browser } from 'wxt/browser';
import { messageOf } from '../errors';
import { answering } from '../messaging/answer';
import type { TabRequest } from '../messaging/protocol';
import { send } from '../messaging/send';
import { readerHere } from './presence';

export interface RouterSite {
  /** a profile or a list: a page the reader serves (a URL test only, nothing read) */
  wants(url: URL): boolean;
}

export interface RouterDeps {
  /** asks the background to inject this site's reader into our frame */
  load(): Promise<unknown>;
  /** the reader's mark, once it runs here */
  reader: typeof readerHere;
  pollMs: number;
}

const LOCATION_POLL_MS = 1_000;
// the key our stop function is kept under on our isolated world's global (a newer copy stops us)
const RUNNING = '__mentorlensRouter';

const defaults = (): RouterDeps => ({
  load: () => send({ type: 'loadReader' }),
  reader: readerHere,
  pollMs: LOCATION_POLL_MS,
});

const isTabRequest = (message: unknown): message is TabRequest => {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'currentProfile' || type === 'currentList';
};

/**
 * the content script on every page of a site: tests the URL, and on a profile or a list asks the
 * background once for the reader (which then follows the page itself). Until the reader runs it
 * answers the popup for it. Returns the stop function
 */
export function startRouter(site: RouterSite, given: Partial<RouterDeps> = {}): () => void {
  const deps = { ...defaults(), ...given };
  const running = globalThis as unknown as Record<string, (() => void) | undefined>;
  running[RUNNING]?.();
  let stopped = false;
  let loading: Promise<void> | null = null;
  // why the last load failed: the popup is told, and the next navigation asks again
  let failure: string | null = null;
  let failedAt = '';
  let watching = true;

  const wanted = () => site.wants(new URL(location.href));

  function check() {
    if (stopped || loading) return;
    if (deps.reader()) return unwatch();
    // a failed load is asked again after a navigation, not on every poll
    if (!wanted() || location.href === failedAt) return;
    const href = location.href;
    failure = null;
    loading = deps.load().then(
      () => {
        // the reader follows in-page navigation from now on
        unwatch();
      },
      (error: unknown) => {
        failure = messageOf(error);
        failedAt = href;
        loading = null;
      },
    );
  }

  // in-page navigation (pushState, back): the URL is polled, as cheap as it gets; Chromium's
  // Navigation API says so at once where it exists
  const poll = window.setInterval(() => {
    if (browser.runtime?.id == null) return stop();
    check();
  }, deps.pollMs);
  window.addEventListener('popstate', check);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('currententrychange', check);
  function unwatch() {
    if (!watching) return;
    watching = false;
    window.clearInterval(poll);
    window.removeEventListener('popstate', check);
    navigation?.removeEventListener?.('currententrychange', check);
  }

  // the popup's tab requests: ours until the reader runs, then only its own listeners answer
  const answerTab = (message: unknown): Promise<unknown> | undefined => {
    if (stopped || !isTabRequest(message) || deps.reader()) return undefined;
    if (!wanted()) return Promise.resolve(null);
    check();
    // the reader is on its way: its listeners miss this request, so it answers through its mark
    const arrived = loading ?? Promise.resolve();
    return arrived.then(() => {
      const reader = deps.reader();
      if (reader) return reader.answer(message) ?? null;
      if (message.type === 'currentList') return null;
      return {
        ok: false,
        reason: 'unrecognized',
        detail: `MentorLens could not start reading this page (${failure ?? 'no answer'}). Reload the page and try again.`,
      };
    });
  };
  const answer = answering(answerTab);
  browser.runtime.onMessage.addListener(answer);

  function stop() {
    if (stopped) return;
    stopped = true;
    if (running[RUNNING] === stop) running[RUNNING] = undefined;
    unwatch();
    try {
      browser.runtime?.onMessage?.removeListener(answer);
    } catch {
      // the extension is gone: nothing to remove from
    }
  }
  running[RUNNING] = stop;

  // at document_start on a profile: the round trip overlaps the page's parsing
  check();
  return stop;
}
