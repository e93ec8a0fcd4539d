import { browser } from 'wxt/browser';
import type { TabRequest } from '@/utils/messaging/protocol';

// zod-free: the popup's entry asks with it before the chunks that parse the answer have loaded

/** the active tab's content script's answer, unparsed; null when the tab isn't a page we run on */
export async function askActiveTab(request: TabRequest): Promise<unknown> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    return await browser.tabs.sendMessage(tab.id, request);
  } catch {
    // no content script in this tab: not LinkedIn or GitHub
    return null;
  }
}
