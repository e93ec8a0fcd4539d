import { z } from 'zod';
import { messageOf } from '../../errors';
import { isoDate } from '../schema/dates';
import type { Database } from '../store/db';
import { ShortlistError } from '../store/errors';
import { exportText } from './export';
import type { ExportSettings } from './export-format';

// a rolling local copy of the shortlist, apart from IndexedDB: when the database is lost or can't
// be opened (a full disk can leave it empty after a restart), the dashboard offers to restore it

export const backupMetaSchema = z.strictObject({
  at: isoDate,
  people: z.number().int().min(0),
  events: z.number().int().min(0),
  meetings: z.number().int().min(0),
  /** the export's size before compression */
  bytes: z.number().int().min(0),
});
export type BackupMeta = z.infer<typeof backupMetaSchema>;

/** where the backup lives (the origin-private file system in the browser, memory in tests) */
export interface BackupStore {
  meta(): Promise<BackupMeta | null>;
  /** the export text the backup holds, or null */
  text(): Promise<string | null>;
  write(text: string, meta: BackupMeta): Promise<void>;
}

async function gzip(text: string): Promise<Blob> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Response(stream).blob();
}

async function gunzip(blob: Blob): Promise<string> {
  const stream = blob.stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

export function memoryBackupStore(): BackupStore {
  let held: { data: Blob; meta: BackupMeta } | null = null;
  return {
    meta: async () => held?.meta ?? null,
    text: async () => (held ? gunzip(held.data) : null),
    async write(text, meta) {
      held = { data: await gzip(text), meta };
    },
  };
}

const DATA_FILE = 'mentorlens-backup.json.gz';
const META_FILE = 'mentorlens-backup-meta.json';

type Writable = { write(data: Blob | string): Promise<void>; close(): Promise<void> };
type FileHandle = { getFile(): Promise<File>; createWritable(): Promise<Writable> };
type Directory = {
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
};

/** the backup in the origin-private file system, compressed; null where the browser has none */
export function opfsBackupStore(): BackupStore | null {
  const storage = (globalThis.navigator as { storage?: { getDirectory?(): Promise<unknown> } })
    ?.storage;
  if (typeof storage?.getDirectory !== 'function' || typeof CompressionStream !== 'function')
    return null;
  const directory = () => storage.getDirectory?.() as Promise<Directory>;
  const read = async (name: string): Promise<File | null> => {
    try {
      return await (await (await directory()).getFileHandle(name)).getFile();
    } catch {
      return null;
    }
  };
  const write = async (name: string, data: Blob | string) => {
    // a writable commits on close, whole: a failed write leaves the previous file as it was
    const writable = await (
      await (await directory()).getFileHandle(name, { create: true })
    ).createWritable();
    await writable.write(data);
    await writable.close();
  };
  return {
    async meta() {
      const file = await read(META_FILE);
      if (!file) return null;
      try {
        const parsed = backupMetaSchema.safeParse(JSON.parse(await file.text()));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async text() {
      const file = await read(DATA_FILE);
      return file ? gunzip(file) : null;
    },
    async write(text, meta) {
      await write(DATA_FILE, await gzip(text));
      await write(META_FILE, JSON.stringify(meta));
    },
  };
}

export type Health =
  | { database: 'ok'; people: number }
  | { database: 'empty'; people: 0 }
  | { database: 'unreadable'; people: null; error: string };

/** can the database be opened, and does it hold anyone */
export async function databaseHealth(db: () => Promise<Database>): Promise<Health> {
  try {
    const people = await (await db()).count('people');
    return people === 0 ? { database: 'empty', people: 0 } : { database: 'ok', people };
  } catch (error) {
    return {
      database: 'unreadable',
      people: null,
      error: messageOf(error),
    };
  }
}

/**
 * writes the backup from the database as it is now. An empty database never replaces a backup
 * that holds people (the database may have been lost: that backup is what restores it), unless
 * the user emptied it on purpose (`emptyOnPurpose`)
 */
export async function writeBackup(
  db: Database,
  settings: ExportSettings,
  store: BackupStore,
  options: { emptyOnPurpose?: boolean; now?: Date } = {},
): Promise<BackupMeta | null> {
  const now = options.now ?? new Date();
  const people = await db.count('people');
  if (people === 0 && !options.emptyOnPurpose && ((await store.meta())?.people ?? 0) > 0)
    return null;
  const file = await exportText(db, settings, now);
  const meta: BackupMeta = {
    at: now.toISOString(),
    people: file.people,
    events: file.events,
    meetings: file.meetings,
    bytes: file.bytes,
  };
  await store.write(file.json, meta);
  return meta;
}

/** the backup's export text, or a clear error when there is none */
export async function backupText(store: BackupStore): Promise<string> {
  const text = await store.text().catch((error: unknown) => {
    throw new ShortlistError(`The local backup could not be read (${messageOf(error)}).`);
  });
  if (text === null) throw new ShortlistError('There is no local backup to restore from.');
  return text;
}
