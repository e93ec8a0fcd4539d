import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis, TabRequest } from '../messaging/protocol';
import { send } from '../messaging/send';
import type { ExtractResult, ProfileSnapshot } from '../profile/snapshot';
import type { Status } from '../shortlist/status';
import { type MountedHint, mountHint } from './mount';
import { type HintState, renderHint } from './view';

export interface Site {
  /** cheap URL test: is this page worth reading at all */
  isProfileUrl(url: URL): boolean;
  /** the site's extractor, unvalidated: the background validates what it receives */
  extract(doc: Document, url: URL): ExtractResult;
  /** where the hint goes, next to the person's name */
  anchor(doc: Document, url: URL): Element | null;
  isDark(doc: Document): boolean;
  /** true when the user chose quiet mode for this site: read, but insert nothing */
  quiet(): Promise<boolean>;
}

// late sections re-trigger reading, but only so often and so many times per page
const SETTLE_MS = 250;
const MAX_READS_PER_URL = 25;

const contextGone = (error: unknown): boolean =>
  error instanceof Error && /context invalidated|Receiving end does not exist/i.test(error.message);

/** reads the profile in front of the user and keeps one hint in sync with it */
export function runProfileHints(ctx: ContentScriptContext, site: Site): void {
  let hint: MountedHint | null = null;
  let lastUrl = '';
  let lastKey = '';
  let reads = 0;
  let timer: number | undefined;
  let latest: ExtractResult | null = null;
  let snapshot: ProfileSnapshot | null = null;
  let state: HintState = { kind: 'loading' };
  let generation = 0;
  let shownHandle = '';

  const actions = {
    shortlist: () => void shortlist(),
    openDashboard: () =>
      void send({ type: 'openDashboard', personId: personId ?? undefined }).catch(calm),
    openOptions: () => void send({ type: 'openOptions' }).catch(calm),
    toggle: () => {
      if (state.kind === 'ready') update({ ...state, expanded: !state.expanded });
    },
  };
  let personId: string | null = null;

  function calm(error: unknown) {
    const message = contextGone(error)
      ? 'MentorLens was updated or reloaded. Reload this page to use it again.'
      : error instanceof Error
        ? error.message
        : String(error);
    if (state.kind === 'ready') update({ ...state, busy: false, error: message });
    else update({ kind: 'error', message });
  }

  function update(next: HintState) {
    state = next;
    hint?.show(renderHint(state, actions));
  }

  function unmount() {
    hint?.remove();
    hint = null;
  }

  async function shortlist() {
    if (!snapshot || state.kind !== 'ready') return;
    update({ ...state, busy: true, error: null });
    try {
      const person = await send({ type: 'shortlist', snapshot });
      personId = person.id;
      if (state.kind === 'ready') update({ ...state, busy: false, status: person.status });
    } catch (error) {
      calm(error);
    }
  }

  async function analyze(current: ProfileSnapshot, mine: number) {
    let analysis: Analysis;
    try {
      analysis = await send({ type: 'analyze', snapshot: current });
    } catch (error) {
      if (mine === generation) calm(error);
      return;
    }
    if (mine !== generation) return;
    personId = analysis.person?.id ?? null;
    if (!analysis.fit) {
      update({ kind: 'error', message: 'error' in analysis ? analysis.error : 'No score.' });
      return;
    }
    const status: Status | null = analysis.person?.status ?? null;
    update({
      kind: 'ready',
      name: current.name,
      fit: analysis.fit,
      status,
      missing: current.signals.missing ?? [],
      busy: false,
      expanded: state.kind === 'ready' ? state.expanded : false,
      error: analysis.problem
        ? `Your saved record for this person is damaged: ${analysis.problem.error}`
        : null,
    });
  }

  async function read() {
    timer = undefined;
    if (!ctx.isValid) return;
    const href = location.href;
    if (href !== lastUrl) {
      lastUrl = href;
      lastKey = '';
      reads = 0;
    }
    const url = new URL(href);
    if (!site.isProfileUrl(url)) {
      latest = null;
      snapshot = null;
      unmount();
      return;
    }
    if (reads >= MAX_READS_PER_URL) return;
    reads += 1;
    latest = site.extract(document, url);
    if (!latest.ok) {
      snapshot = null;
      unmount();
      return;
    }
    const anchor = site.anchor(document, url);
    const key = JSON.stringify(latest.profile);
    const placed = hint?.host.isConnected && hint.host.previousElementSibling === anchor;
    if (key === lastKey && (placed || !anchor)) return;
    lastKey = key;
    snapshot = latest.profile;
    generation += 1;
    if (await site.quiet()) {
      unmount();
      return;
    }
    if (!anchor) return;
    // another person: never show the previous one's score, not even for a frame
    if (snapshot.handle !== shownHandle) state = { kind: 'loading' };
    shownHandle = snapshot.handle;
    if (!placed) {
      unmount();
      hint = mountHint(anchor, site.isDark(document));
    }
    hint?.show(renderHint(state, actions));
    await analyze(snapshot, generation);
  }

  function schedule() {
    if (timer === undefined && ctx.isValid) timer = ctx.setTimeout(() => void read(), SETTLE_MS);
  }

  // page changes (in-page navigation, late sections) only schedule a read; the read itself is bounded
  const observer = new MutationObserver((records) => {
    if (hint && records.every((record) => hint?.host.contains(record.target))) return;
    schedule();
  });
  // the root, not <body>: Turbo and LinkedIn swap the whole body on navigation
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    unmount();
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);

  // the popup asks what this tab shows
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as TabRequest | null)?.type !== 'currentProfile') return undefined;
    if (location.href === lastUrl) return Promise.resolve(latest);
    const here = new URL(location.href);
    return Promise.resolve(site.isProfileUrl(here) ? site.extract(document, here) : null);
  });

  void read();
}
