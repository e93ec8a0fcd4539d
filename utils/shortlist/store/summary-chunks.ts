import type { IDBPTransaction } from 'idb';
import { z } from 'zod';
import type { PersonSummary, RecordProblem } from '../schema/person';
import { summarySchema } from '../schema/summary';
import { summarize } from '../tracker/summarize';
import type { MentorLensDB, StoreName } from './db';
import { keyOf, type Read, readPerson, readRecord } from './read';

// v3: the summaries live in a fixed number of chunk records, a person's chosen by a hash of their id:
// a restore writes 32 records instead of ten thousand, and one person's write touches one chunk

export const SUMMARY_CHUNKS = 32;
/** a chunk holds about a 32nd of the shortlist; this bounds a hostile one */
const MAX_PER_CHUNK = 100_000;

/** the chunk of a person's summary: FNV-1a of the id, its bits mixed (stored data depends on it: never change it) */
export function chunkOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < id.length; at++) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
  // murmur3's finalizer: the low bits of similar ids ("…-0001", "…-0002") spread evenly
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return ((hash ^ (hash >>> 16)) >>> 0) % SUMMARY_CHUNKS;
}

/** the stored envelope; each summary in it is checked on its own, so one damaged summary hides nothing */
export const summaryChunkSchema = z.strictObject({
  bucket: z
    .number()
    .int()
    .min(0)
    .max(SUMMARY_CHUNKS - 1),
  summaries: z.array(z.unknown()).max(MAX_PER_CHUNK),
});
export type SummaryChunk = z.infer<typeof summaryChunkSchema>;

export interface ReadChunk {
  bucket: number;
  /** every stored entry as it is (damaged ones included, so writing back keeps them) */
  raw: unknown[];
  summaries: PersonSummary[];
  problems: RecordProblem[];
  /** the envelope itself failed: nothing in it could be read */
  damaged: boolean;
}

/** a stored chunk's envelope: its raw entries, or the problem that hides them all */
export function chunkEntries(
  key: IDBValidKey,
  value: unknown,
): { ok: true; raw: unknown[] } | { ok: false; problem: RecordProblem } {
  const name = `chunk ${String(key)}`;
  const envelope = readRecord(summaryChunkSchema, 'summaryChunks', name, value);
  if (!envelope.ok) return envelope;
  if (envelope.value.bucket !== key)
    return {
      ok: false,
      problem: {
        store: 'summaryChunks',
        key: name,
        error: `holds bucket ${envelope.value.bucket}`,
      },
    };
  return { ok: true, raw: envelope.value.summaries };
}

/** one entry of a chunk, checked on its own */
export function readEntry(bucket: number, entry: unknown, index: number): Read<PersonSummary> {
  const read = readRecord(
    summarySchema,
    'summaries',
    keyOf(entry, `chunk ${bucket}#${index}`),
    entry,
  );
  // a summary filed in the wrong chunk would never be found by its writers: reported, kept
  if (read.ok && chunkOf(read.value.id) !== bucket)
    return {
      ok: false,
      problem: { store: 'summaries', key: read.value.id, error: `filed in chunk ${bucket}` },
    };
  return read;
}

/** reads one stored chunk: its readable summaries, and the damaged ones (or the whole chunk) reported */
export function readChunk(key: IDBValidKey, value: unknown): ReadChunk {
  const bucket = typeof key === 'number' ? key : -1;
  if (value === undefined) return { bucket, raw: [], summaries: [], problems: [], damaged: false };
  const envelope = chunkEntries(key, value);
  if (!envelope.ok)
    return { bucket, raw: [], summaries: [], problems: [envelope.problem], damaged: true };
  const summaries: PersonSummary[] = [];
  const problems: RecordProblem[] = [];
  envelope.raw.forEach((entry, index) => {
    const read = readEntry(bucket, entry, index);
    if (read.ok) summaries.push(read.value);
    else problems.push(read.problem);
  });
  return { bucket, raw: envelope.raw, summaries, problems, damaged: false };
}

type Tx = Pick<IDBPTransaction<MentorLensDB, StoreName[], 'readonly' | 'readwrite'>, 'objectStore'>;
type WriteTx = Pick<IDBPTransaction<MentorLensDB, StoreName[], 'readwrite'>, 'objectStore'>;

/** every chunk, read in one request; keys and values from one transaction, so they line up */
export async function readAllChunks(tx: Tx): Promise<ReadChunk[]> {
  const store = tx.objectStore('summaryChunks');
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  return values.map((value, index) => readChunk(keys[index] as IDBValidKey, value));
}

/**
 * the summaries of one chunk's people, from their records: summaries are derived, so a damaged chunk
 * is rebuilt rather than written over (which would lose its other people's rows) or left blocking
 */
async function rebuildChunk(tx: WriteTx, bucket: number): Promise<unknown[]> {
  const people = tx.objectStore('people');
  const keys = (await people.getAllKeys()).filter((key) => chunkOf(String(key)) === bucket);
  const values = await Promise.all(keys.map((key) => people.get(key)));
  return values.flatMap((value, index) => {
    const read = readPerson(String(keys[index]), value);
    return read.ok ? [summarize(read.value)] : [];
  });
}

/** the raw entries of a chunk, ready to be changed and written back */
export async function loadChunk(tx: WriteTx, bucket: number): Promise<unknown[]> {
  const value = await tx.objectStore('summaryChunks').get(bucket);
  if (value === undefined) return [];
  // the envelope only: the entries go back as they are, so a write checks none of them
  const envelope = chunkEntries(bucket, value);
  return envelope.ok ? envelope.raw : rebuildChunk(tx, bucket);
}

/** entries with these summaries in place of any with the same ids (damaged ones of others kept) */
export function withSummaries(
  raw: readonly unknown[],
  summaries: readonly PersonSummary[],
): unknown[] {
  const ids = new Set(summaries.map((summary) => summary.id));
  return [...raw.filter((entry) => !ids.has(keyOf(entry, ''))), ...summaries];
}

/**
 * writes summaries into their chunks inside the caller's transaction, each chunk read and written
 * once; IndexedDB runs overlapping read-write transactions one after another, so no write is lost
 */
export async function putSummaries(
  tx: WriteTx,
  summaries: readonly PersonSummary[],
  drop: readonly string[] = [],
): Promise<void> {
  const byChunk = new Map<number, { put: PersonSummary[]; drop: Set<string> }>();
  const entry = (bucket: number) => {
    const found = byChunk.get(bucket);
    if (found) return found;
    const fresh = { put: [], drop: new Set<string>() };
    byChunk.set(bucket, fresh);
    return fresh;
  };
  for (const summary of summaries) entry(chunkOf(summary.id)).put.push(summary);
  for (const id of drop) entry(chunkOf(id)).drop.add(id);
  const store = tx.objectStore('summaryChunks');
  await Promise.all(
    [...byChunk].map(async ([bucket, change]) => {
      const raw = await loadChunk(tx, bucket);
      const kept = raw.filter((item) => !change.drop.has(keyOf(item, '')));
      await store.put({ bucket, summaries: withSummaries(kept, change.put) });
    }),
  );
}

/** one person's summary written into its chunk */
export const putSummary = (tx: WriteTx, summary: PersonSummary) => putSummaries(tx, [summary]);

/** one person's summary taken out of its chunk */
export const dropSummary = (tx: WriteTx, id: string) => putSummaries(tx, [], [id]);
