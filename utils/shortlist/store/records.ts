import type { IDBPTransaction } from 'idb';
import type { z } from 'zod';
import { type Person, personSchema, type RecordProblem } from '../schema/person';
import { summarize } from '../tracker/summarize';
import type { MentorLensDB, StoreName } from './db';
import { describeIssue, ShortlistError, writeFailure } from './errors';

export type Read<T> = { ok: true; value: T } | { ok: false; problem: RecordProblem };

export function keyOf(value: unknown, fallback: string): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : fallback;
}

/** every read from IndexedDB goes through here: a record either parses or becomes a reported problem */
export function readRecord<S extends z.ZodType>(
  schema: S,
  store: StoreName,
  key: string,
  value: unknown,
): Read<z.infer<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problem: { store, key, error: describeIssue(parsed.error, value) } };
}

export const readPerson = (key: string, value: unknown): Read<Person> =>
  readRecord(personSchema, 'people', key, value);

type AnyTx = IDBPTransaction<MentorLensDB, StoreName[], 'readwrite'>;

/** abandons a transaction without an unhandled rejection from its `done` promise */
export function abort(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // already committed or aborted
  }
}

/** runs the work in the transaction; resolves only once it is durable, or aborts it whole */
export async function inTransaction<T>(
  tx: { abort(): void; done: Promise<void> },
  what: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    abort(tx);
    throw writeFailure(error, what);
  }
}

/** writes a person and their summary: the two never disagree because they commit together */
export async function putPerson(tx: Pick<AnyTx, 'objectStore'>, person: Person): Promise<Person> {
  const parsed = personSchema.safeParse(person);
  if (!parsed.success)
    throw new ShortlistError(`Not saved: ${describeIssue(parsed.error, person)}`);
  const valid = parsed.data;
  await tx.objectStore('people').put(valid);
  await tx.objectStore('summaries').put(summarize(valid));
  return valid;
}

/** the person with this id, read inside a transaction; a clear error when missing or damaged */
export async function loadPerson(tx: Pick<AnyTx, 'objectStore'>, id: string): Promise<Person> {
  const stored = await tx.objectStore('people').get(id);
  if (stored === undefined) throw new ShortlistError(`No one with id ${id} is on the shortlist.`);
  const read = readPerson(id, stored);
  if (!read.ok)
    throw new ShortlistError(
      `The saved record for ${id} is damaged (${read.problem.error}); it was left unchanged.`,
    );
  return read.value;
}

/** collects the writes of a bulk operation; a failing one rejects `done` without unhandled rejections */
export function writeBatch() {
  const pending: Promise<unknown>[] = [];
  return {
    add(write: Promise<unknown>): void {
      write.catch(() => undefined);
      pending.push(write);
    },
    done: (): Promise<unknown[]> => Promise.all(pending),
  };
}
