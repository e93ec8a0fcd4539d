import {
  type DBSchema,
  deleteDB,
  type IDBPDatabase,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import { summarize } from '../tracker/summarize';
import { openFailure } from './errors';
import { eventsByPerson, eventV1toV2, personV1toV2 } from './migrations';
import { abort, writeBatch } from './records';
import { layoutV3, type Stored } from './upgrade-v3';

export const DB_NAME = 'mentorlens';
export const DB_VERSION = 3;

// stored values are `unknown` on purpose: every read goes through zod
export interface MentorLensDB extends DBSchema {
  /** v3: each record also holds the person's events (v2 kept them in a timelines store) */
  people: {
    key: string;
    value: unknown;
    /** v1 also had status and savedAt indexes; v2 lists from summaries and drops them */
    indexes: { profileKeys: string; status: string; savedAt: string };
  };
  /** v3: every person's summary, in SUMMARY_CHUNKS records keyed by bucket (v2: one record each) */
  summaryChunks: {
    key: number;
    value: unknown;
  };
  /** v3: timelines that no person record could take in the upgrade, kept as they were */
  unlinkedTimelines: {
    key: string;
    value: unknown;
  };
  /** v2 */
  meetings: {
    key: string;
    value: unknown;
    indexes: { personId: string; date: string };
  };
  /** v2: what the user did with each reminder (snoozed, dismissed, done, announced) */
  reminders: {
    key: string;
    value: unknown;
    indexes: { personId: string };
  };
}

export type Database = IDBPDatabase<MentorLensDB>;
export type StoreName = StoreNames<MentorLensDB>;
/** the stores of the current version */
export const allStores = [
  'people',
  'summaryChunks',
  'unlinkedTimelines',
  'meetings',
  'reminders',
] as const;

type Upgrade = IDBPTransaction<MentorLensDB, StoreName[], 'versionchange'>;
// stores of older versions (v1's events, v2's timelines and summaries) are gone: untyped here
type Untyped = IDBPDatabase<unknown>;
const oldStore = (tx: Upgrade, name: 'events' | 'timelines' | 'summaries') =>
  (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore(name);
const v1Events = (tx: Upgrade) => oldStore(tx, 'events');

/** version 1 → 2 for the data already there: events move into timelines, people gain fields and a summary */
async function migrateV1Data(tx: Upgrade): Promise<void> {
  const rawEvents = await v1Events(tx).getAll();
  const grouped = eventsByPerson(rawEvents);
  const writes = writeBatch();
  const timelines = oldStore(tx, 'timelines');
  for (const [personId, raws] of grouped) {
    // a damaged event travels as it was: reported later, never deleted
    const events = raws.map((raw) => {
      const upgraded = eventV1toV2(raw);
      return upgraded.ok ? upgraded.value : raw;
    });
    writes.add(timelines.put({ personId, events }));
  }
  const summaries = oldStore(tx, 'summaries');
  let cursor = await tx.objectStore('people').openCursor();
  while (cursor) {
    const upgraded = personV1toV2(cursor.value, grouped.get(String(cursor.key)) ?? []);
    if (upgraded.ok) {
      writes.add(cursor.update(upgraded.value));
      writes.add(summaries.put(summarize(upgraded.value)));
    }
    cursor = await cursor.continue();
  }
  await writes.done();
  // only now, with everything moved: the upgrade transaction commits all of it or none
  (tx.db as unknown as Untyped).deleteObjectStore('events');
}

/** every key and value of a store, from one transaction so they line up */
async function entries(store: {
  getAllKeys(): Promise<IDBValidKey[]>;
  getAll(): Promise<unknown[]>;
}): Promise<Stored> {
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  return values.map((value, index) => [keys[index] as IDBValidKey, value] as const);
}

/** version 2 → 3 for the data already there: timelines move into people, summaries into chunks */
async function migrateV2Data(tx: Upgrade): Promise<void> {
  const people = tx.objectStore('people');
  const [stored, timelines, summaries] = await Promise.all([
    entries(people),
    entries(oldStore(tx, 'timelines')),
    entries(oldStore(tx, 'summaries')),
  ]);
  const layout = layoutV3(stored, timelines, summaries);
  const writes = writeBatch();
  for (const record of layout.people) writes.add(people.put(record));
  for (const record of layout.unlinked) writes.add(tx.objectStore('unlinkedTimelines').put(record));
  for (const chunk of layout.chunks) writes.add(tx.objectStore('summaryChunks').put(chunk));
  await writes.done();
  // only now, with everything moved: the upgrade transaction commits all of it or none
  (tx.db as unknown as Untyped).deleteObjectStore('timelines');
  (tx.db as unknown as Untyped).deleteObjectStore('summaries');
}

/** opens (and upgrades) the database; `version` lets tests create an older one */
export function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<Database> {
  const opened: Promise<Database> = openDB<MentorLensDB>(name, version, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // the upgrade ladder: each step takes the schema from one version to the next
      if (oldVersion < 1) {
        const people = db.createObjectStore('people', { keyPath: 'id' });
        people.createIndex('profileKeys', 'profileKeys', { unique: true, multiEntry: true });
        people.createIndex('status', 'status');
        people.createIndex('savedAt', 'savedAt');
        const events = (db as unknown as Untyped).createObjectStore('events', { keyPath: 'id' });
        events.createIndex('personId', 'personId');
        events.createIndex('at', 'at');
      }
      let moving: Promise<void> = Promise.resolve();
      if (oldVersion < 2 && version >= 2) {
        const untyped = db as unknown as Untyped;
        const summaries = untyped.createObjectStore('summaries', { keyPath: 'id' });
        summaries.createIndex('status', 'status');
        // the newest first screen of the dashboard, read before the rest
        summaries.createIndex('savedAt', 'savedAt');
        untyped.createObjectStore('timelines', { keyPath: 'personId' });
        // nothing reads people by these any more; each index is a write on every save
        transaction.objectStore('people').deleteIndex('status');
        transaction.objectStore('people').deleteIndex('savedAt');
        const meetings = db.createObjectStore('meetings', { keyPath: 'id' });
        meetings.createIndex('personId', 'personId');
        meetings.createIndex('date', 'date');
        db.createObjectStore('reminders', { keyPath: 'id' }).createIndex('personId', 'personId');
        if (oldVersion < 1) untyped.deleteObjectStore('events');
        else moving = migrateV1Data(transaction);
      }
      if (oldVersion < 3 && version >= 3) {
        // fewer, larger records: a 10,000-person restore writes 10,032 records instead of 30,000
        db.createObjectStore('summaryChunks', { keyPath: 'bucket' });
        db.createObjectStore('unlinkedTimelines', { keyPath: 'personId' });
        if (oldVersion < 1) {
          (db as unknown as Untyped).deleteObjectStore('timelines');
          (db as unknown as Untyped).deleteObjectStore('summaries');
        } else moving = moving.then(() => migrateV2Data(transaction));
      }
      // v1 → 3 runs both steps in this one transaction, the second once the first is done
      // a half-done upgrade must not commit: the old version stays, intact
      moving.catch(() => abort(transaction));
    },
    blocking() {
      // a newer version wants to upgrade: step aside instead of blocking it
      void opened.then((db) => db.close());
      forget(opened);
    },
    terminated() {
      forget(opened);
    },
  });
  return opened;
}

let shared: Promise<Database> | null = null;
let dbPromise: Promise<Database> | null = null;

function forget(connection: Promise<Database>): void {
  if (shared !== connection) return;
  shared = null;
  dbPromise = null;
}

/** one shared connection per context; reopened after a version change closed it */
export function database(): Promise<Database> {
  if (!dbPromise) {
    const opening = openDatabase();
    shared = opening;
    dbPromise = opening.catch((error: unknown) => {
      forget(opening);
      // "Internal error opening backing store" and the like: say what it means and what to do
      throw openFailure(error);
    });
  }
  return dbPromise;
}

/**
 * deletes the database that can't be opened, so a backup can be restored into a new one; only
 * on the user's request, and only when it would not open (see restoreBackup)
 */
export async function deleteUnreadableDatabase(name = DB_NAME): Promise<void> {
  const open = shared;
  shared = null;
  dbPromise = null;
  await open?.then((db) => db.close()).catch(() => undefined);
  await deleteDB(name);
}
