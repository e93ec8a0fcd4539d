import { browser } from 'wxt/browser';
import { type ListSite, runListBadges } from '../badges/controller';
import { startOnListPages } from '../badges/start';
import { runProfileHints, type Site } from '../hint/controller';
import type { ListResult } from '../lists/types';
import { answering } from '../messaging/answer';
import type { TabRequest } from '../messaging/protocol';
import { markReader, readerHere } from './presence';
import { startWhen } from './start-when';

export interface ReaderSites {
  hints: Site;
  lists: ListSite;
}

/** the popup's answer as the controllers give it, for a request that arrived before they listened */
function answerFor(sites: ReaderSites, message: TabRequest): Promise<unknown> {
  const url = new URL(location.href);
  if (message.type === 'currentProfile')
    return Promise.resolve(
      sites.hints.isProfileUrl(url) ? sites.hints.extract(document, url) : null,
    );
  const kind = sites.lists.lists.detect(url);
  const reply: ListResult | null = kind
    ? { kind, people: sites.lists.lists.read(document, url, kind).map((entry) => entry.person) }
    : null;
  return Promise.resolve(reply);
}

/**
 * what the content scripts used to run, injected by the background on a profile or list page
 * (utils/reader/route.ts asks for it). Once per page: a second injection finds the mark and leaves
 */
export function startReader(sites: ReaderSites): boolean {
  if (readerHere()) return false;
  markReader({
    answer: (message) => answerFor(sites, message),
    alive: () => browser.runtime?.id != null,
  });
  // each controller starts only once its kind of page shows (in-page navigation too): a list page
  // pays nothing for the hint, whose first run costs a few milliseconds of cold code
  let hints = false;
  const startHints = () => {
    if (hints) return;
    hints = true;
    runProfileHints(sites.hints);
  };
  startWhen('__mentorlensProfileStart', (url) => sites.hints.isProfileUrl(url), startHints);
  // until the hint runs, the popup's profile request is answered here (not a profile: null)
  browser.runtime.onMessage.addListener(
    answering((message) => {
      if (hints || (message as TabRequest | null)?.type !== 'currentProfile') return undefined;
      if (sites.hints.isProfileUrl(new URL(location.href))) startHints();
      return answerFor(sites, message as TabRequest);
    }),
  );
  startOnListPages(sites.lists.lists.detect, () => runListBadges(sites.lists));
  return true;
}
