import type { IDBPTransaction } from 'idb';
import { type Person, personSchema } from '../schema/person';
import { summarize } from '../tracker/summarize';
import type { MentorLensDB, StoreName } from './db';
import { describeIssue, ShortlistError, writeFailure } from './errors';
import { hasEvents, readPerson } from './read';
import { putSummary } from './summary-chunks';

export { hasEvents, keyOf, personFields, type Read, readPerson, readRecord } from './read';

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

/**
 * writes a person and their summary: the two never disagree because they commit together. The
 * record holds the person's events: `events` when the caller changed them, else the stored ones
 */
export async function putPerson(
  tx: Pick<AnyTx, 'objectStore'>,
  person: Person,
  events?: readonly unknown[],
): Promise<Person> {
  const parsed = personSchema.safeParse(person);
  if (!parsed.success)
    throw new ShortlistError(`Not saved: ${describeIssue(parsed.error, person)}`);
  const valid = parsed.data;
  const people = tx.objectStore('people');
  // unchanged events stay as stored, damaged ones included
  const stored = events ? null : await people.get(valid.id);
  const kept = events ? [...events] : hasEvents(stored) ? stored.events : [];
  await people.put({ ...valid, events: kept });
  await putSummary(tx, summarize(valid));
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
