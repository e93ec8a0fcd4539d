import { browser } from 'wxt/browser';
import { answering } from '../messaging/answer';
import type { Analysis, TabRequest } from '../messaging/protocol';
import { slidingWindow, windowsByKey } from '../messaging/rate-limit';
import { send } from '../messaging/send';
import { OUR_HOSTS } from '../page-hosts';
import type { ExtractResult, ProfileSnapshot } from '../profile/snapshot';
import { nextTask, type Steps, stepInTasks } from '../profile/steps';
import { type QuietSite, readPageSettings, watchPageSettings } from '../settings/page-settings';
import type { Status } from '../shortlist/schema/status';
import { type MountedHint, mountHint } from './mount';
import { failureWords, freshPanel, markedWords, NOTE_ID, type UpdatePanel } from './updates';
import { type HintState, renderHint } from './view';

export interface Site {
  name: QuietSite;
  /** cheap URL test: is this page worth reading at all */
  isProfileUrl(url: URL): boolean;
  /** the site's extractor, unvalidated: the background validates what it receives */
  extract(doc: Document, url: URL): ExtractResult;
  /** the same read in parts: the reader gives the page a turn between them (a long task blocks input) */
  extractInSteps?(doc: Document, url: URL): Steps<ExtractResult>;
  /** the top card alone, read while the page still parses (the whole page is read once it ends) */
  extractTopCard?(doc: Document, url: URL): ExtractResult;
  /** where the hint goes, next to the person's name */
  anchor(doc: Document, url: URL): Element | null;
  isDark(doc: Document): boolean;
  /** regions the extractor never reads (a selector): changes inside them are no reason to read again */
  unread?: string;
}

// late sections re-trigger reading, but only so often: the caps hold per page and per person,
// whatever the URL says (a page can rewrite its URL with history.replaceState as often as it likes)
const SETTLE_MS = 250;
// until the hint shows on this page, a change is looked at on the next turn: the anchor test is cheap
const FIRST_MS = 0;
// while a long page is still being parsed, its top card is looked for this often (or at the next
// frame, if sooner), a bounded number of times: the hint shows once the name is there, not after the
// rest of the page has been parsed
const PARSING_MS = 20;
const FRAME_GAP_MS = 12;
// a whole-page read in parts: this much of it per task at most, give or take one part
const STEP_BUDGET_MS = 3;
// at the latest this long after parsing ends, however busy the page, the whole page is read
const IDLE_WAIT_MS = 1_000;
export const MAX_PARSING_LOOKS = 60;
export const READ_WINDOW_MS = 60_000;
/** page reads (extractions) in any minute, all URLs together */
export const MAX_READS_PER_WINDOW = 40;
/** analyses sent to the background for one person in any minute */
export const MAX_ANALYSES_PER_PERSON = 8;

const LOCATION_POLL_MS = 1_000;
// where the running copy of us keeps its stop function: our isolated world's global, which page
// script never sees (it has its own), so the page can neither read nor forge it
const RUNNING = '__mentorlensProfileHints';
const contextGone = (error: unknown): boolean =>
  error instanceof Error && /context invalidated|Receiving end does not exist/i.test(error.message);

/**
 * reads the profile in front of the user and keeps one hint in sync with it; one copy per page:
 * a newer copy (an update re-injected us) stops this one. Returns the stop function
 */
export function runProfileHints(site: Site): () => void {
  const running = globalThis as unknown as Record<string, (() => void) | undefined>;
  running[RUNNING]?.();
  let stopped = false;
  // the extension was reloaded or removed: this copy is orphaned
  const alive = () => !stopped && browser.runtime?.id != null;
  const ctx = {
    get isValid() {
      if (!stopped && !alive()) stop();
      return alive();
    },
    setTimeout(fn: () => void, ms: number): number {
      return window.setTimeout(() => {
        if (ctx.isValid) fn();
      }, ms);
    },
    /** a callback at the page's next idle moment (or after `timeout`); a timer where there is none */
    whenIdle(fn: () => void, timeout: number): () => void {
      const run = () => ctx.isValid && fn();
      if (typeof requestIdleCallback !== 'function') {
        const id = window.setTimeout(run, 0);
        return () => window.clearTimeout(id);
      }
      const id = requestIdleCallback(run, { timeout });
      return () => cancelIdleCallback(id);
    },
  };
  let hint: MountedHint | null = null;
  let quiet = true;
  let settingsRead = false;
  let lastUrl = '';
  // the address the hint was last placed for
  let anchoredUrl = '';
  let profileHere = false;
  let lastKey = '';
  const reads = slidingWindow(MAX_READS_PER_WINDOW, READ_WINDOW_MS);
  const analyses = windowsByKey(MAX_ANALYSES_PER_PERSON, READ_WINDOW_MS, 50);
  let timer: number | undefined;
  let frame: number | undefined;
  // the whole-page read asked for at the first idle moment after parsing
  let idle: (() => void) | undefined;
  let lastLook = 0;
  let parsingLooks = 0;
  let latest: ExtractResult | null = null;
  // the latest read was of the top card alone: the popup is given the whole page instead
  let latestPartial = false;
  let snapshot: ProfileSnapshot | null = null;
  let personId: string | null = null;
  let state: HintState = { kind: 'loading' };
  // each read that changes what we show gets a number; late answers for older ones are dropped
  let generation = 0;
  // a whole-page read under way in parts; a read asked for meanwhile runs once it ends
  let stepping: (() => void) | null = null;
  let readAgain = false;
  const defer = nextTask();

  const actions = {
    shortlist: () => void shortlist(),
    openDashboard: () =>
      void send({ type: 'openDashboard', personId: personId ?? undefined }).catch(calm),
    openOptions: () => void send({ type: 'openOptions' }).catch(calm),
    toggle: () => {
      if (state.kind === 'ready') update({ ...state, expanded: !state.expanded });
    },
    // the next action from the page: "Mark as" and "Add a note" (utils/hint/updates.ts)
    updates: () => currentPanel(),
    mark: (to: Status) => void markAs(to),
    noteOpen: (open: boolean) => openNote(open),
    noteInput: (text: string) => {
      const panel = currentPanel();
      // another text is another note: a retry of this one must not record the old one
      if (text !== panel.note) panelState = { ...panel, note: text, noteId: null };
    },
    saveNote: () => void saveNote(),
  };

  // the update controls' state lives here, not in the DOM: re-renders keep what was typed
  let panelState: UpdatePanel = freshPanel('');
  const panelKey = () => (snapshot ? `${snapshot.source}:${snapshot.handle.toLowerCase()}` : '');
  function currentPanel(): UpdatePanel {
    if (panelState.key !== panelKey()) panelState = freshPanel(panelKey());
    return panelState;
  }
  function setPanel(next: Partial<UpdatePanel>) {
    panelState = { ...currentPanel(), ...next };
    if (state.kind === 'ready') update(state);
  }
  const focusIn = (selector: string) => hint?.root.querySelector<HTMLElement>(selector)?.focus();

  function openNote(open: boolean) {
    setPanel({ noteOpen: open, error: null, said: '' });
    focusIn(open ? `#${NOTE_ID}` : '.note-toggle');
  }

  async function markAs(to: Status) {
    const current = snapshot;
    if (!current || state.kind !== 'ready' || currentPanel().busy) return;
    const key = panelKey();
    // an analysis still on its way predates this change: its status must not win
    generation += 1;
    const mine = generation;
    setPanel({ busy: true, said: 'Saving…', error: null });
    try {
      const result = await send({
        type: 'markFromPage',
        snapshot: current,
        status: to,
        expected: state.status,
      });
      if (panelState.key !== key) return;
      const said = markedWords(to, result.person.status, result.applied);
      panelState = { ...panelState, busy: false, said };
      if (mine === generation && state.kind === 'ready') {
        personId = result.person.id;
        update({ ...state, status: result.person.status, error: null });
      }
      hint?.announce(said);
      focusIn('.marks button, .note-toggle');
    } catch (error) {
      if (panelState.key === key) setPanel({ busy: false, said: '', error: failureWords(error) });
    }
  }

  async function saveNote() {
    const current = snapshot;
    const panel = currentPanel();
    if (!current || state.kind !== 'ready' || panel.busy) return;
    const text = panel.note.trim();
    if (!text) {
      setPanel({ error: 'Write the note first.', said: '' });
      focusIn(`#${NOTE_ID}`);
      return;
    }
    const key = panel.key;
    const id = panel.noteId ?? `hint-note-${crypto.randomUUID()}`;
    generation += 1;
    const mine = generation;
    setPanel({ busy: true, noteId: id, said: 'Saving…', error: null });
    try {
      const result = await send({ type: 'noteFromPage', snapshot: current, id, text });
      if (panelState.key !== key) return;
      // cleared only once stored, and only if the text is still the one sent
      const same = panelState.note.trim() === text;
      panelState = {
        ...panelState,
        busy: false,
        said: 'Note added.',
        ...(same ? { note: '', noteId: null, noteOpen: false } : {}),
      };
      if (mine === generation && state.kind === 'ready') {
        personId = result.person.id;
        update({ ...state, status: result.person.status, error: null });
      } else if (state.kind === 'ready') update(state);
      hint?.announce('Note added.');
      if (same) focusIn('.note-toggle');
    } catch (error) {
      if (panelState.key === key) setPanel({ busy: false, said: '', error: failureWords(error) });
    }
  }

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
    const current = snapshot;
    if (!current || state.kind !== 'ready') return;
    // an analysis still on its way predates the shortlisting: its status (none) must not win
    generation += 1;
    const mine = generation;
    update({ ...state, busy: true, error: null });
    try {
      const person = await send({ type: 'shortlist', snapshot: current });
      if (mine !== generation || state.kind !== 'ready') return;
      personId = person.id;
      update({ ...state, busy: false, status: person.status });
    } catch (error) {
      if (mine === generation) calm(error);
    }
  }

  /** the background scores (its fit code stays warm) and adds the status */
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
    const fit = analysis.fit;
    if (!fit) {
      update({ kind: 'error', message: 'error' in analysis ? analysis.error : 'No score.' });
      return;
    }
    const next: HintState = {
      kind: 'ready',
      name: current.name,
      fit,
      status: analysis.person?.status ?? null,
      missing: current.signals.missing ?? [],
      busy: false,
      expanded: state.kind === 'ready' ? state.expanded : false,
      error: analysis.problem
        ? `Your saved record for this person is damaged: ${analysis.problem.error}`
        : null,
    };
    // the same as shown (a re-read that changed nothing we show): no re-render under the user's pointer
    if (JSON.stringify(next) === JSON.stringify(state)) return;
    update(next);
  }

  /** synchronous up to the background call (or in parts, one read at a time), so two reads never interleave */
  function read() {
    timer = undefined;
    cancelIdle();
    if (!ctx.isValid) return;
    if (stepping) {
      readAgain = true;
      return;
    }
    const href = location.href;
    if (href !== lastUrl) {
      lastUrl = href;
      lastKey = '';
    }
    const url = new URL(href);
    profileHere = site.isProfileUrl(url);
    if (!profileHere) {
      latest = null;
      snapshot = null;
      unmount();
      return;
    }
    // quiet: nothing read, nothing shown (the popup reads the page itself when asked)
    if (quiet) {
      latest = null;
      snapshot = null;
      unmount();
      return;
    }
    // still parsing: the top card is read as soon as it is there, the rest once parsing ends
    // (the parser itself is never watched: that costs more than it buys)
    const parsing = document.readyState === 'loading';
    if (parsing && hint?.host.isConnected) return;
    // the cheap test first: no name on the page yet, nothing worth extracting. Where the hint
    // already sits for this address, its anchor stands (finding it by meaning costs a search)
    const placedAt = hint?.host.isConnected ? hint.host.previousElementSibling : null;
    const anchor =
      placedAt?.isConnected && anchoredUrl === href ? placedAt : site.anchor(document, url);
    if (!anchor) {
      latest = null;
      if (parsing && ++parsingLooks < MAX_PARSING_LOOKS) lookSoon();
      return;
    }
    // over the cap: read once more when the window allows, so the final page is still shown
    if (!reads.take()) return later(reads.wait());
    const topCard = parsing ? site.extractTopCard : undefined;
    if (!topCard && site.extractInSteps) {
      const steps = site.extractInSteps(document, url);
      stepping = stepInTasks(
        steps,
        (result) => {
          stepping = null;
          // the page moved on while it was read (another address, the name gone): read it again
          if (ctx.isValid && !quiet && location.href === href && anchor.isConnected)
            shown(result, anchor, href, false);
          else readAgain = true;
          if (readAgain) {
            readAgain = false;
            schedule();
          }
        },
        {
          defer: (fn) => defer(() => ctx.isValid && fn()),
          now: () => performance.now(),
          budgetMs: STEP_BUDGET_MS,
        },
      );
      return;
    }
    shown(
      topCard ? topCard(document, url) : site.extract(document, url),
      anchor,
      href,
      topCard !== undefined,
    );
  }

  /** what was read goes into the hint (and on to the background for its score) */
  function shown(result: ExtractResult, anchor: Element, href: string, partial: boolean) {
    latest = result;
    latestPartial = partial;
    if (!latest.ok) {
      snapshot = null;
      unmount();
      return;
    }
    const key = JSON.stringify(latest.profile);
    const placed = hint?.host.isConnected && hint.host.previousElementSibling === anchor;
    if (key === lastKey && placed) return;
    const person = `${latest.profile.source}:${latest.profile.handle.toLowerCase()}`;
    const budget = analyses(person);
    if (!budget.take()) return later(budget.wait());
    const samePerson =
      snapshot?.handle === latest.profile.handle && snapshot.source === latest.profile.source;
    lastKey = key;
    snapshot = latest.profile;
    generation += 1;
    // another person: never show the previous one's score, not even for a frame
    if (!samePerson) state = { kind: 'loading' };
    if (!placed) {
      unmount();
      hint = mountHint(anchor, site.isDark(document));
    }
    anchoredUrl = href;
    hint?.show(renderHint(state, actions));
    void analyze(snapshot, generation);
  }

  function cancelIdle() {
    idle?.();
    idle = undefined;
  }

  function cancelFrame() {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
  }

  // a frame is the first moment after the parser inserted a chunk, before the browser styles and
  // lays it out (tens of ms on these pages); a timer still serves a tab that draws no frames
  function lookSoon() {
    lastLook = performance.now();
    timer = ctx.setTimeout(() => {
      cancelFrame();
      read();
    }, PARSING_MS);
    nextFrame();
  }

  function nextFrame() {
    if (typeof requestAnimationFrame !== 'function') return;
    frame = requestAnimationFrame(() => {
      frame = undefined;
      if (timer === undefined || !ctx.isValid) return;
      // no sooner than a frame apart, however fast frames come: the looks stay bounded in time too
      if (performance.now() - lastLook < FRAME_GAP_MS) return nextFrame();
      window.clearTimeout(timer);
      read();
    });
  }

  function schedule() {
    // nothing read yet on this page: look again on the next turn, not after the settle
    const waiting = !quiet && latest === null && !hint?.host.isConnected;
    if (timer === undefined && ctx.isValid)
      timer = ctx.setTimeout(read, waiting ? FIRST_MS : SETTLE_MS);
  }

  function later(ms: number) {
    if (timer === undefined && ctx.isValid)
      timer = ctx.setTimeout(read, Math.max(ms, SETTLE_MS) + 50);
  }

  // a chat window, a menu or a notification count changing is no change to the profile
  const inUnread = (record: MutationRecord): boolean =>
    site.unread !== undefined && (record.target as Element).closest?.(site.unread) != null;

  // page changes (in-page navigation, late sections) only schedule a read; the read itself is bounded.
  // our own hint going in or out, or changing inside, is no page change
  const observer = new MutationObserver((records) => {
    // not a profile, same address: nothing to look at (a navigation changes the address)
    if (!profileHere && !hint && location.href === lastUrl) return;
    if (records.every((record) => ownChange(record) || inUnread(record))) return;
    schedule();
  });
  // parsing done: watch for changes from now on, and read the whole page at once, not after the settle.
  // the document, not <body>: Turbo and LinkedIn swap the whole body on navigation
  const parsed = () => {
    if (stopped) return;
    observer.observe(document, { childList: true, subtree: true });
    if (timer !== undefined) window.clearTimeout(timer);
    timer = undefined;
    cancelFrame();
    if (!settingsRead) return;
    // the hint already shows the top card: the rest waits until the page's own load has gone idle
    if (hint?.host.isConnected) idle = ctx.whenIdle(readWhenIdle, IDLE_WAIT_MS);
    // a task of its own, not inside the parser's last one (one long task would block the page)
    else timer = ctx.setTimeout(read, 0);
  };
  const readWhenIdle = () => {
    idle = undefined;
    if (timer === undefined) read();
  };
  // started at document_start: the top card is looked for while the page parses (see read), and
  // the whole page read the moment parsing ends; no observer runs before
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', parsed, { once: true });
  else observer.observe(document, { childList: true, subtree: true });
  // in-page navigation (pushState, replaceState, back) that changed no markup yet
  let polledUrl = location.href;
  const poll = window.setInterval(() => {
    if (!ctx.isValid || location.href === polledUrl) return;
    polledUrl = location.href;
    schedule();
  }, LOCATION_POLL_MS);
  window.addEventListener('popstate', schedule);
  const unwatch = watchPageSettings((next) => {
    quiet = next.quiet[site.name];
    lastKey = '';
    if (!stopped) read();
  });
  // the popup asks what this tab shows, quiet mode or not
  const answerPopup = (message: unknown) => {
    if (stopped || (message as TabRequest | null)?.type !== 'currentProfile') return undefined;
    if (location.href === lastUrl && latest && !latestPartial) return Promise.resolve(latest);
    const here = new URL(location.href);
    return Promise.resolve(site.isProfileUrl(here) ? site.extract(document, here) : null);
  };
  const answer = answering(answerPopup);
  browser.runtime.onMessage.addListener(answer);

  function stop() {
    if (stopped) return;
    stopped = true;
    if (running[RUNNING] === stop) running[RUNNING] = undefined;
    observer.disconnect();
    window.clearInterval(poll);
    if (timer !== undefined) window.clearTimeout(timer);
    cancelFrame();
    cancelIdle();
    stepping?.();
    stepping = null;
    window.removeEventListener('popstate', schedule);
    document.removeEventListener('DOMContentLoaded', parsed);
    // an orphaned copy (the extension was reloaded): removing listeners throws "context invalidated"
    try {
      unwatch();
      browser.runtime?.onMessage?.removeListener(answer);
    } catch {
      // the extension is gone: nothing to remove from
    }
    unmount();
  }
  running[RUNNING] = stop;

  // quiet until we know otherwise: a quiet page must never flash a hint
  void readPageSettings().then((first) => {
    quiet = first.quiet[site.name];
    settingsRead = true;
    if (stopped) return;
    // a profile still being parsed: the background may be asleep; waking it now hides that wait
    if (!quiet && document.readyState === 'loading' && site.isProfileUrl(new URL(location.href)))
      void send({ type: 'wake' }).catch(() => undefined);
    read();
  });
  return stop;
}

// every element we insert is named "mentorlens-…": the hint, and the list badges beside it
const OURS = OUR_HOSTS.join(', ');
const isOurHost = (node: Node): boolean => node.nodeName.toLowerCase().startsWith('mentorlens-');

/** a mutation of our own: inside a hint or badge, or one of them inserted or removed */
export function ownChange(record: MutationRecord): boolean {
  const target = record.target;
  if (isOurHost(target) || (target as Element).closest?.(OURS)) return true;
  // inside a shadow root of ours: its host is the root's host
  const root = target.getRootNode?.();
  if (root instanceof ShadowRoot && isOurHost(root.host)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOurHost);
}
