import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle } from '@/entrypoints/background/handlers';
import { createReceiver } from '@/utils/messaging/receive';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { freshName } from './snapshots';

const origin = 'chrome-extension://mentorlens-test/';

/** the real background (receiver + handlers) over a fresh fake IndexedDB, answering our pages' messages */
export async function installBackground(): Promise<Database> {
  const db = await openDatabase(freshName());
  const receive = createReceiver((request) => handle(async () => db, request), {
    extensionId: fakeBrowser.runtime.id,
    extensionOrigin: origin,
    contentHosts: /^github\.com$/,
    log: () => undefined,
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    receive(message, { id: fakeBrowser.runtime.id, url: `${origin}page.html` }),
  );
  return db;
}
