// what a 10,000-person restore would cost IndexedDB in other store layouts, against today's (v2):
//   npx tsx scripts/bench/store-layout.ts [rounds]   (after `npx wxt build`: it runs in the dashboard's origin)
// Raw puts of the bench's invented sample in one transaction per layout, layouts alternated round by
// round in a scratch database (never the extension's own), and the read of every summary after it.
// Nothing here is the product's code path: it measures the backend's cost per record, to choose a schema
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { summarize } from '@/utils/shortlist/tracker/summarize';
import { launchBrowser } from './chromium';
import { seedData } from './seed';
import { median, round } from './stats';

/** a person's summary chunk: buckets by the id's hash, so one person's write touches one chunk */
const CHUNKS = 32;

const layouts = {
  'v2: people, summaries, timelines': { inlineEvents: false, chunked: false },
  'timelines inside people; summaries': { inlineEvents: true, chunked: false },
  'people, timelines; summaries in chunks': { inlineEvents: false, chunked: true },
  'timelines inside people; summaries in chunks': { inlineEvents: true, chunked: true },
} as const;
type Layout = (typeof layouts)[keyof typeof layouts];

const rounds = Number(process.argv[2] ?? 3);
const sample = seedData({ people: 10_000, events: 50_000, seed: 1 });
const summaries = sample.people.map(summarize);
const browser = await launchBrowser(new Map(), resolve('.output/chrome-mv3'));
const loads = [round(loadavg()[0] ?? 0)];
const writes = new Map<string, number[]>();
const reads = new Map<string, number[]>();
try {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
  await page.evaluate(
    ({ people, events, summaries, chunks }) => {
      const byPerson = new Map<string, unknown[]>();
      for (const event of events) {
        const list = byPerson.get(event.personId) ?? [];
        list.push(event);
        byPerson.set(event.personId, list);
      }
      const hash = (id: string) => {
        let value = 0;
        for (let at = 0; at < id.length; at++) value = (value * 31 + id.charCodeAt(at)) | 0;
        return Math.abs(value) % chunks;
      };
      const buckets = new Map<number, unknown[]>();
      for (const summary of summaries) {
        const bucket = buckets.get(hash(summary.id)) ?? [];
        bucket.push(summary);
        buckets.set(hash(summary.id), bucket);
      }
      Object.assign(globalThis, {
        storeLayoutSample: {
          people,
          withEvents: people.map((person) => ({
            ...person,
            events: byPerson.get(person.id) ?? [],
          })),
          timelines: [...byPerson].map(([personId, list]) => ({ personId, events: list })),
          summaries,
          chunks: [...buckets].map(([id, list]) => ({ id, summaries: list })),
        },
      });
    },
    { people: sample.people, events: sample.events, summaries, chunks: CHUNKS },
  );
  for (let at = 0; at < rounds; at++)
    for (const [name, layout] of Object.entries(layouts)) {
      const result = await page.evaluate(async (layout: Layout) => {
        const data = (globalThis as unknown as { storeLayoutSample: Record<string, unknown[]> })
          .storeLayoutSample;
        const done = (request: IDBRequest | IDBTransaction) =>
          new Promise((resolve, reject) => {
            if (request instanceof IDBTransaction) request.oncomplete = resolve;
            else request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        await done(indexedDB.deleteDatabase('mentorlens-store-layout'));
        const opening = indexedDB.open('mentorlens-store-layout', 1);
        opening.onupgradeneeded = () => {
          const db = opening.result;
          db.createObjectStore('people', { keyPath: 'id' }).createIndex(
            'profileKeys',
            'profileKeys',
            { unique: true, multiEntry: true },
          );
          if (!layout.inlineEvents) db.createObjectStore('timelines', { keyPath: 'personId' });
          if (layout.chunked) db.createObjectStore('summaryChunks', { keyPath: 'id' });
          else {
            const store = db.createObjectStore('summaries', { keyPath: 'id' });
            store.createIndex('status', 'status');
            store.createIndex('savedAt', 'savedAt');
          }
        };
        const db = (await done(opening)) as IDBDatabase;
        const puts: Array<[string, unknown[]]> = [
          ['people', (layout.inlineEvents ? data.withEvents : data.people) ?? []],
          ...(layout.inlineEvents
            ? []
            : [['timelines', data.timelines ?? []] as [string, unknown[]]]),
          layout.chunked
            ? ['summaryChunks', data.chunks ?? []]
            : ['summaries', data.summaries ?? []],
        ];
        const started = performance.now();
        const tx = db.transaction(
          puts.map(([store]) => store),
          'readwrite',
        );
        for (const [store, records] of puts)
          for (const record of records) tx.objectStore(store).put(record);
        await done(tx);
        const written = performance.now() - started;
        const summaryStore = layout.chunked ? 'summaryChunks' : 'summaries';
        const readStarted = performance.now();
        await done(db.transaction(summaryStore).objectStore(summaryStore).getAll());
        const read = performance.now() - readStarted;
        db.close();
        await done(indexedDB.deleteDatabase('mentorlens-store-layout'));
        return { written, read, records: puts.reduce((sum, [, list]) => sum + list.length, 0) };
      }, layout);
      writes.set(name, [...(writes.get(name) ?? []), result.written]);
      reads.set(name, [...(reads.get(name) ?? []), result.read]);
      console.log(
        `round ${at + 1} ${name}: ${result.records} records written in ${round(result.written)} ms, every summary read in ${round(result.read)} ms`,
      );
    }
} finally {
  await browser.close();
}
loads.push(round(loadavg()[0] ?? 0));
console.log(`\nmedians of ${rounds} rounds (load average ${loads.join(' → ')}):`);
for (const name of Object.keys(layouts))
  console.log(
    `${name}: write ${round(median(writes.get(name) ?? []) ?? 0)} ms, read every summary ${round(median(reads.get(name) ?? []) ?? 0)} ms`,
  );
