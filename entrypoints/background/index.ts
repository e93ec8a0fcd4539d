import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createReceiver } from '@/utils/messaging/receive';
import { database } from '@/utils/shortlist/db';
import { handle } from './handlers';

export default defineBackground(() => {
  const receive = createReceiver((request) => handle(database, request), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    contentHosts: /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$|^github\.com$/,
  });
  browser.runtime.onMessage.addListener((message, sender) => receive(message, sender));
  // ask the browser not to evict the user's data under storage pressure
  void navigator.storage?.persist?.();
});
