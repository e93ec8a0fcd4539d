import { parseProfileReply } from '@/utils/messaging/tab-replies';
import type { ExtractResult } from '@/utils/profile/snapshot';
import { askActiveTab } from './askTab';

/** what the active tab's content script read, or null when the tab isn't a page we run on */
export async function currentTabProfile(
  reply: Promise<unknown> = askActiveTab({ type: 'currentProfile' }),
): Promise<ExtractResult | null> {
  // the reply is parsed, not trusted: a malformed one is an unreadable page that says why
  return parseProfileReply(await reply);
}
