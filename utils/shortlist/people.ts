import type { FitResult } from '../fit/result';
import { type ProfileSnapshot, profileKey } from '../profile/snapshot';
import type { Database } from './db';
import {
  eventSchema,
  type Person,
  type PersonEvent,
  personSchema,
  type RecordProblem,
} from './person';
import { canMove, type Status, statusLabels } from './status';

/** a message meant for the user: what went wrong and what was kept */
export class ShortlistError extends Error {
  override name = 'ShortlistError';
}

type Read = { person: Person } | { problem: RecordProblem };

function readPerson(key: string, value: unknown): Read {
  const parsed = personSchema.safeParse(value);
  if (parsed.success) return { person: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'record';
  return { problem: { store: 'people', key, error: `${where}: ${issue?.message ?? 'invalid'}` } };
}

/** abandons a transaction without an unhandled rejection from its `done` promise */
function abort(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  tx.abort();
}

function keyOf(value: unknown, fallback: string): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : fallback;
}

function newEvent(
  personId: string,
  at: string,
  fields: Partial<PersonEvent> & Pick<PersonEvent, 'type'>,
): PersonEvent {
  return eventSchema.parse({
    id: `${personId}|${fields.type}|${at}|${Math.random().toString(36).slice(2, 10)}`,
    personId,
    at,
    from: null,
    to: null,
    text: null,
    ...fields,
  });
}

/** the person known by this profile key (either of their profiles), a problem if the record is damaged, or null */
export async function findPerson(db: Database, key: string): Promise<Read | null> {
  const value = await db.getFromIndex('people', 'profileKeys', key.toLowerCase());
  return value === undefined ? null : readPerson(keyOf(value, key), value);
}

/** saves a profile to the shortlist, or refreshes it if already there; resolves once the write is durable */
export async function shortlistProfile(
  db: Database,
  snapshot: ProfileSnapshot,
  fit: FitResult | null,
  now = new Date(),
): Promise<Person> {
  const key = profileKey(snapshot);
  const at = now.toISOString();
  const tx = db.transaction(['people', 'events'], 'readwrite');
  const people = tx.objectStore('people');
  const stored = await people.index('profileKeys').get(key);
  let person: Person;
  if (stored === undefined) {
    person = personSchema.parse({
      id: key,
      profileKeys: [key],
      name: snapshot.name,
      headline: snapshot.headline,
      profiles: { [snapshot.source]: snapshot },
      fit,
      status: 'saved',
      statusChangedAt: at,
      savedAt: at,
      updatedAt: at,
      role: null,
      tags: [],
      notes: '',
      doNotContact: false,
    });
    await people.put(person);
    await tx.objectStore('events').put(newEvent(person.id, at, { type: 'saved', to: 'saved' }));
  } else {
    const read = readPerson(keyOf(stored, key), stored);
    if ('problem' in read) {
      abort(tx);
      throw new ShortlistError(
        `The saved record for ${key} is damaged (${read.problem.error}); it was kept as it is and not overwritten.`,
      );
    }
    person = personSchema.parse({
      ...read.person,
      name: snapshot.name ?? read.person.name,
      headline: snapshot.headline ?? read.person.headline,
      profiles: { ...read.person.profiles, [snapshot.source]: snapshot },
      fit: fit ?? read.person.fit,
      updatedAt: at,
    });
    await people.put(person);
  }
  await tx.done;
  return person;
}

/** every readable person, newest first, and a report of the records that failed their schema */
export async function listPeople(
  db: Database,
): Promise<{ people: Person[]; problems: RecordProblem[] }> {
  const people: Person[] = [];
  const problems: RecordProblem[] = [];
  const values = await db.getAll('people');
  values.forEach((value, index) => {
    const read = readPerson(keyOf(value, `#${index}`), value);
    if ('person' in read) people.push(read.person);
    else problems.push(read.problem);
  });
  people.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { people, problems };
}

export function countPeople(db: Database): Promise<number> {
  return db.count('people');
}

/** moves a person along the pipeline and records the change; the same move twice is a no-op */
export async function setStatus(
  db: Database,
  id: string,
  to: Status,
  note: string | null = null,
  now = new Date(),
): Promise<Person> {
  const at = now.toISOString();
  const tx = db.transaction(['people', 'events'], 'readwrite');
  const stored = await tx.objectStore('people').get(id);
  if (stored === undefined) {
    abort(tx);
    throw new ShortlistError(`No one with id ${id} is on the shortlist.`);
  }
  const read = readPerson(id, stored);
  if ('problem' in read) {
    abort(tx);
    throw new ShortlistError(
      `The saved record for ${id} is damaged (${read.problem.error}); it was left unchanged.`,
    );
  }
  const { person } = read;
  if (person.status === to) {
    await tx.done;
    return person;
  }
  if (!canMove(person.status, to)) {
    abort(tx);
    throw new ShortlistError(
      `Can't move from "${statusLabels[person.status]}" to "${statusLabels[to]}".`,
    );
  }
  const updated: Person = { ...person, status: to, statusChangedAt: at, updatedAt: at };
  await tx.objectStore('people').put(updated);
  await tx
    .objectStore('events')
    .put(newEvent(id, at, { type: 'status', from: person.status, to, text: note }));
  await tx.done;
  return updated;
}

/** removes a person and every event of theirs, in one transaction */
export async function removePerson(db: Database, id: string): Promise<boolean> {
  const tx = db.transaction(['people', 'events'], 'readwrite');
  const existed = (await tx.objectStore('people').getKey(id)) !== undefined;
  if (existed) {
    await tx.objectStore('people').delete(id);
    let cursor = await tx.objectStore('events').index('personId').openKeyCursor(id);
    while (cursor) {
      await tx.objectStore('events').delete(cursor.primaryKey);
      cursor = await cursor.continue();
    }
  }
  await tx.done;
  return existed;
}

/** a person's events, oldest first; damaged ones reported, not dropped silently */
export async function listEvents(
  db: Database,
  personId: string,
): Promise<{ events: PersonEvent[]; problems: RecordProblem[] }> {
  const values = await db.getAllFromIndex('events', 'personId', personId);
  const events: PersonEvent[] = [];
  const problems: RecordProblem[] = [];
  for (const value of values) {
    const parsed = eventSchema.safeParse(value);
    if (parsed.success) events.push(parsed.data);
    else
      problems.push({
        store: 'events',
        key: keyOf(value, personId),
        error: parsed.error.issues[0]?.message ?? 'invalid',
      });
  }
  events.sort((a, b) => a.at.localeCompare(b.at));
  return { events, problems };
}
