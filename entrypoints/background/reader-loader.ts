import type { Browser } from 'wxt/browser';
import type { ReaderSite } from '@/utils/messaging/protocol';
import { windowsByKey } from '@/utils/messaging/rate-limit';

/** each site's reader as WXT builds it (entrypoints/<site>-reader.ts → /<site>-reader.js) */
export const READER_FILES = {
  linkedin: '/linkedin-reader.js',
  github: '/github-reader.js',
} as const satisfies Record<ReaderSite, string>;
type ReaderFile = (typeof READER_FILES)[ReaderSite];

// the hosts our content scripts match (wxt.config.ts via the entrypoints), nothing wider
const linkedinHost = /^(?:(?:www|[a-z]{2})\.)?linkedin\.com$/;

/** the site whose reader this sender's page gets, or why it gets none */
export function readerSiteOf(url: string | undefined): ReaderSite | string {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return 'the sender has no URL';
  }
  if (parsed.protocol !== 'https:') return `the sender's page is not https (${parsed.protocol})`;
  if (parsed.hostname === 'github.com') return 'github';
  if (linkedinHost.test(parsed.hostname)) return 'linkedin';
  return `no reader for ${parsed.hostname}`;
}

export interface Injection {
  target: { tabId: number; frameIds: number[] };
  files: ReaderFile[];
  injectImmediately: true;
}

export type ExecuteScript = (injection: Injection) => Promise<unknown>;

// a page reloading itself can't make us inject without end (each copy would ignore itself anyway)
const LOADS_PER_TAB = 20;
const LOAD_WINDOW_MS = 60_000;

/**
 * answers `loadReader`: injects the sender's own site's reader into the sender's own frame, and
 * nothing for any other sender. The router asks once per page (utils/reader/route.ts)
 */
export function createReaderLoader(executeScript: ExecuteScript, now = () => Date.now()) {
  const loads = windowsByKey(LOADS_PER_TAB, LOAD_WINDOW_MS, 200, now);
  return async (
    sender: Browser.runtime.MessageSender | undefined,
  ): Promise<{ site: ReaderSite }> => {
    const tabId = sender?.tab?.id;
    if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0)
      throw new Error('loadReader: only a content script in a tab may ask for the reader');
    const frameId = sender?.frameId;
    if (typeof frameId !== 'number' || !Number.isInteger(frameId) || frameId < 0)
      throw new Error('loadReader: the sender named no frame');
    const site = readerSiteOf(sender?.url);
    if (site !== 'linkedin' && site !== 'github') throw new Error(`loadReader: ${site}`);
    if (!loads(String(tabId)).take())
      throw new Error('loadReader: this tab asked for the reader too often just now');
    await executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [READER_FILES[site]],
      injectImmediately: true,
    });
    return { site };
  };
}
