import { browser } from 'wxt/browser';
import type { TabRequest } from '@/utils/messaging/protocol';
import { parseProfileReply } from '@/utils/messaging/tab-replies';
import type { ExtractResult } from '@/utils/profile/snapshot';

/** what the active tab's content script read, or null when the tab isn't a page we run on */
export async function currentTabProfile(): Promise<ExtractResult | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  let reply: unknown;
  try {
    const request: TabRequest = { type: 'currentProfile' };
    reply = await browser.tabs.sendMessage(tab.id, request);
  } catch {
    // no content script in this tab: not LinkedIn or GitHub
    return null;
  }
  // the reply is parsed, not trusted: a malformed one is an unreadable page that says why
  return parseProfileReply(reply);
}
