import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

export const DB_NAME = 'mentorlens';
export const DB_VERSION = 1;

// stored values are `unknown` on purpose: every read goes through zod
export interface MentorLensDB extends DBSchema {
  people: {
    key: string;
    value: unknown;
    indexes: { profileKeys: string; status: string; savedAt: string };
  };
  events: {
    key: string;
    value: unknown;
    indexes: { personId: string; at: string };
  };
}

export type Database = IDBPDatabase<MentorLensDB>;

export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<MentorLensDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // the upgrade ladder: each step takes the schema from one version to the next
      if (oldVersion < 1) {
        const people = db.createObjectStore('people', { keyPath: 'id' });
        people.createIndex('profileKeys', 'profileKeys', { unique: true, multiEntry: true });
        people.createIndex('status', 'status');
        people.createIndex('savedAt', 'savedAt');
        const events = db.createObjectStore('events', { keyPath: 'id' });
        events.createIndex('personId', 'personId');
        events.createIndex('at', 'at');
      }
    },
    blocking() {
      // a newer version wants to upgrade: step aside instead of blocking it
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
    },
  });
}

let dbPromise: Promise<Database> | null = null;

/** one shared connection per context; reopened after a version change closed it */
export function database(): Promise<Database> {
  dbPromise ??= openDatabase().catch((error: unknown) => {
    dbPromise = null;
    throw error;
  });
  return dbPromise;
}
