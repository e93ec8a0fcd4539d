import { browser } from 'wxt/browser';
import { type ListSite, runListBadges } from '../badges/controller';
import { startOnListPages } from '../badges/start';
import { runProfileHints, type Site } from '../hint/controller';
import type { ListResult } from '../lists/types';
import type { TabRequest } from '../messaging/protocol';
import { markReader, readerHere } from './presence';

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
  runProfileHints(sites.hints);
  // started only once a list page shows (in-page navigation too)
  startOnListPages(sites.lists.lists.detect, () => runListBadges(sites.lists));
  return true;
}
