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
import { writeBatch } from './records';

export const DB_NAME = 'mentorlens';
export const DB_VERSION = 2;

// stored values are `unknown` on purpose: every read goes through zod
export interface MentorLensDB extends DBSchema {
  people: {
    key: string;
    value: unknown;
    /** v1 also had status and savedAt indexes; v2 lists from summaries and drops them */
    indexes: { profileKeys: string; status: string; savedAt: string };
  };
  /** v2: each person's events, together in one record keyed by their id */
  timelines: {
    key: string;
    value: unknown;
  };
  /** v2: one compact record per person, for the dashboard and reminders */
  summaries: {
    key: string;
    value: unknown;
    indexes: { status: string; savedAt: string };
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
export const allStores = ['people', 'summaries', 'timelines', 'meetings', 'reminders'] as const;

type Upgrade = IDBPTransaction<MentorLensDB, StoreName[], 'versionchange'>;
// version 1's events store (one record per event) is gone from the current schema: untyped here
type Untyped = IDBPDatabase<unknown>;
const v1Events = (tx: Upgrade) =>
  (tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>).objectStore('events');

/** version 1 → 2 for the data already there: events move into timelines, people gain fields and a summary */
async function migrateV1Data(tx: Upgrade): Promise<void> {
  const rawEvents = await v1Events(tx).getAll();
  const grouped = eventsByPerson(rawEvents);
  const writes = writeBatch();
  const timelines = tx.objectStore('timelines');
  for (const [personId, raws] of grouped) {
    // a damaged event travels as it was: reported later, never deleted
    const events = raws.map((raw) => {
      const upgraded = eventV1toV2(raw);
      return upgraded.ok ? upgraded.value : raw;
    });
    writes.add(timelines.put({ personId, events }));
  }
  const summaries = tx.objectStore('summaries');
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
      if (oldVersion < 2 && version >= 2) {
        const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
        summaries.createIndex('status', 'status');
        // the newest first screen of the dashboard, read before the rest
        summaries.createIndex('savedAt', 'savedAt');
        db.createObjectStore('timelines', { keyPath: 'personId' });
        // nothing reads people by these any more; each index is a write on every save
        transaction.objectStore('people').deleteIndex('status');
        transaction.objectStore('people').deleteIndex('savedAt');
        const meetings = db.createObjectStore('meetings', { keyPath: 'id' });
        meetings.createIndex('personId', 'personId');
        meetings.createIndex('date', 'date');
        db.createObjectStore('reminders', { keyPath: 'id' }).createIndex('personId', 'personId');
        if (oldVersion < 1) (db as unknown as Untyped).deleteObjectStore('events');
        else {
          migrateV1Data(transaction).catch(() => {
            // a half-done upgrade must not commit: the old version stays, intact
            try {
              transaction.abort();
            } catch {
              // already finished
            }
          });
        }
      }
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
