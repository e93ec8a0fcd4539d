import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handle, type Services } from '@/entrypoints/background/handlers';
import { createReminderService } from '@/entrypoints/background/reminders';
import { type PortDeps, servePort } from '@/entrypoints/background/transfer-port';
import { createReceiver } from '@/utils/messaging/receive';
import type { ImportSummary } from '@/utils/shortlist/portability/import';
import { createTransfers } from '@/utils/shortlist/portability/transfer';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { portPair } from './ports';
import { freshName } from './snapshots';

const origin = 'chrome-extension://mentorlens-test/';

/** the real background (receiver + handlers + transfer ports) over a fresh fake IndexedDB, answering our pages */
export async function installBackground(): Promise<Database> {
  const db = await openDatabase(freshName());
  const services: Services = {
    reminders: createReminderService(async () => db),
    changed: () => undefined,
    transfers: createTransfers(),
  };
  const receive = createReceiver((request) => handle(async () => db, request, services), {
    extensionId: fakeBrowser.runtime.id,
    extensionOrigin: origin,
    contentHosts: /^github\.com$/,
    log: () => undefined,
  });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    receive(message, { id: fakeBrowser.runtime.id, url: `${origin}page.html` }),
  );
  // the fake browser has no ports: a pair in memory, served like the worker serves them
  Object.assign(fakeBrowser.runtime, {
    connect: ({ name }: { name: string }) => {
      const [page, worker] = portPair(name);
      servePort(worker, portDeps(db, services));
      return page;
    },
  });
  return db;
}

/** what the worker's port serving needs, as the background wires it (entrypoints/background/index.ts) */
export function portDeps(db: Database, services: Services): PortDeps {
  return {
    db: async () => db,
    settings: async () => ({}),
    transfers: services.transfers as NonNullable<Services['transfers']>,
    check: async (upload, commit, progress) =>
      (await handle(
        async () => db,
        { type: commit ? 'commitImport' : 'previewImport', upload },
        { ...services, progress },
      )) as ImportSummary,
  };
}
