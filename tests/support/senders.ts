import type { Browser } from 'wxt/browser';

/** message senders as the background sees them, for an extension whose id is "ourid" */
export const EXTENSION_ID = 'ourid';

/** one of our own pages (the dashboard) */
export const ourPage: Browser.runtime.MessageSender = {
  id: EXTENSION_ID,
  url: `chrome-extension://${EXTENSION_ID}/dashboard.html`,
};

/** our content script on a GitHub profile */
export const ourContentScript: Browser.runtime.MessageSender = {
  id: EXTENSION_ID,
  url: 'https://github.com/ada-okafor',
  // only the fields the receiver reads: a real sender has more
  tab: {
    id: 1,
    index: 0,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
  } as Browser.tabs.Tab,
};
