import { linkedProfileKeys } from '../../fit/identity';
import type { FitResult } from '../../fit/result';
import { type ProfileSnapshot, profileKey } from '../../profile/snapshot';
import { importLimits } from '../portability/export-format';
import { sameData } from '../portability/import-merge';
import {
  type Cadence,
  eventSchema,
  type Person,
  type PersonEvent,
  type PersonSummary,
  type RecordProblem,
} from '../schema/person';
import { canMove, type Status, statusLabels } from '../schema/status';
import { allStores, type Database } from '../store/db';
import { ShortlistError } from '../store/errors';
import { inTransaction, keyOf, loadPerson, putPerson, readPerson } from '../store/records';
import { chunkEntries, chunkOf, dropSummary, readChunk, readEntry } from '../store/summary-chunks';
import { withFit, withStatus } from './bookkeeping';
import { noStages } from './stages';
import { loadTimeline, readTimeline, timelineOf, withEvents } from './timelines';

export { ShortlistError };

type Found = { person: Person } | { problem: RecordProblem };

/** a new event record; ids are unique per call, or given by the caller to make a retry harmless */
export function newEvent(
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
    channel: null,
    meetingId: null,
    ...fields,
  });
}

/** the person known by this profile key (either of their profiles), a problem if the record is damaged, or null */
export async function findPerson(db: Database, key: string): Promise<Found | null> {
  const value = await db.getFromIndex('people', 'profileKeys', key.toLowerCase());
  if (value === undefined) return null;
  const read = readPerson(keyOf(value, key), value);
  return read.ok ? { person: read.value } : { problem: read.problem };
}

/** a fresh record for someone just shortlisted */
function newPerson(snapshot: ProfileSnapshot, fit: FitResult | null, at: string): Person {
  const key = profileKey(snapshot);
  return withFit(
    {
      id: key,
      profileKeys: [key],
      name: snapshot.name,
      headline: snapshot.headline,
      profiles: { [snapshot.source]: snapshot },
      fit: null,
      status: 'saved',
      statusChangedAt: at,
      savedAt: at,
      updatedAt: at,
      role: null,
      tags: [],
      notes: '',
      doNotContact: false,
      focusArea: null,
      cadence: 'none',
      goalIds: [],
      fitHistory: [],
      followUp: { lastContactAt: null, count: 0 },
      stages: noStages,
      lastMeetingAt: null,
    },
    fit,
    at,
  );
}

/** whether a stored snapshot links to this key; a damaged one claims nothing (it is read, not trusted) */
function claims(profile: unknown, key: string): boolean {
  try {
    return linkedProfileKeys(profile as ProfileSnapshot).includes(key);
  } catch {
    return false;
  }
}

/**
 * the person this profile belongs to: saved under its own key, or a saved person whose profile this
 * one links to AND whose saved profile links back (both sides agree) and who has no profile on this
 * site yet; a one-sided claim ("my LinkedIn is X") is anyone's to write, so it never joins
 */
async function ownerOf(
  index: { get(key: string): Promise<unknown> },
  snapshot: ProfileSnapshot,
): Promise<{ stored: unknown; linked: boolean } | null> {
  const key = profileKey(snapshot);
  const own = await index.get(key);
  if (own !== undefined) return { stored: own, linked: false };
  for (const claimed of linkedProfileKeys(snapshot)) {
    const stored = await index.get(claimed);
    const profiles = (stored as { profiles?: Record<string, unknown> } | undefined)?.profiles;
    if (stored === undefined || !profiles || profiles[snapshot.source]) continue;
    if (Object.values(profiles).some((profile) => claims(profile, key)))
      return { stored, linked: true };
  }
  return null;
}

/**
 * the person known by this profile's own key; a person it would join (both link each other) is not
 * its owner until the user shortlists it: nothing is merged on a plain view
 */
export async function findOwner(db: Database, snapshot: ProfileSnapshot): Promise<Found | null> {
  const stored = await db.getFromIndex('people', 'profileKeys', profileKey(snapshot));
  if (stored === undefined) return null;
  const read = readPerson(keyOf(stored, profileKey(snapshot)), stored);
  return read.ok ? { person: read.value } : { problem: read.problem };
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
  const tx = db.transaction(['people', 'summaryChunks'], 'readwrite');
  return inTransaction(tx, 'shortlisting', async () => {
    const owner = await ownerOf(tx.objectStore('people').index('profileKeys'), snapshot);
    if (owner === null) {
      // what an export can carry (and so import again)
      if ((await tx.objectStore('people').count()) >= importLimits.people)
        throw new ShortlistError(
          `Your shortlist holds ${importLimits.people.toLocaleString('en')} people, as many as an export can carry. Remove people you no longer need to add more.`,
        );
      const person = newPerson(snapshot, fit, at);
      return putPerson(tx, person, [newEvent(person.id, at, { type: 'saved', to: 'saved' })]);
    }
    const read = readPerson(keyOf(owner.stored, key), owner.stored);
    if (!read.ok)
      throw new ShortlistError(
        `The saved record for ${key} is damaged (${read.problem.error}); it was kept as it is and not overwritten.`,
      );
    const person = read.value;
    return putPerson(
      tx,
      withFit(
        {
          ...person,
          // one person, two profiles: the linked one joins the record
          profileKeys: owner.linked ? [...person.profileKeys, key] : person.profileKeys,
          // the name and headline they were saved under stay when another profile joins
          name: owner.linked ? (person.name ?? snapshot.name) : (snapshot.name ?? person.name),
          headline: owner.linked
            ? (person.headline ?? snapshot.headline)
            : (snapshot.headline ?? person.headline),
          profiles: { ...person.profiles, [snapshot.source]: snapshot },
          updatedAt: at,
        },
        fit,
        at,
      ),
    );
  });
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
    if (read.ok) people.push(read.value);
    else problems.push(read.problem);
  });
  people.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { people, problems };
}

/** the compact records the dashboard filters in memory; damaged ones (and damaged chunks) reported */
export async function listSummaries(
  db: Database,
): Promise<{ summaries: PersonSummary[]; problems: RecordProblem[] }> {
  const summaries: PersonSummary[] = [];
  const problems: RecordProblem[] = [];
  const store = db.transaction('summaryChunks').store;
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  for (const [index, value] of values.entries()) {
    // a pause every few chunks: a smaller request (another tab's first screen) is answered meanwhile
    if (index > 0 && index % 4 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const chunk = readChunk(keys[index] as number, value);
    summaries.push(...chunk.summaries);
    problems.push(...chunk.problems);
  }
  return { summaries, problems };
}

/** IndexedDB's order of string keys (code units), not the locale's */
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** the most recently saved people first, `first` of them, and how many there are in all */
export async function recentSummaries(
  db: Database,
  first: number,
): Promise<{ summaries: PersonSummary[]; problems: RecordProblem[]; total: number }> {
  const store = db.transaction('summaryChunks').store;
  const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
  const problems: RecordProblem[] = [];
  const entries: Array<{
    bucket: number;
    entry: unknown;
    index: number;
    savedAt: string;
    id: string;
  }> = [];
  let total = 0;
  values.forEach((value, at) => {
    const bucket = keys[at] as number;
    const envelope = chunkEntries(bucket, value);
    if (!envelope.ok) {
      problems.push(envelope.problem);
      return;
    }
    total += envelope.raw.length;
    envelope.raw.forEach((entry, index) => {
      const savedAt = (entry as { savedAt?: unknown } | null)?.savedAt;
      // as v2's savedAt index: an entry without a date string is counted, never on the first screen
      if (typeof savedAt === 'string')
        entries.push({ bucket, entry, index, savedAt, id: keyOf(entry, '') });
    });
  });
  // 32 chunk records are one short read; sorting in memory replaces v2's savedAt index, and only
  // the first screen's entries are checked here (same dates: the larger id first, as before)
  entries.sort((a, b) => byKey(b.savedAt, a.savedAt) || byKey(b.id, a.id));
  const summaries: PersonSummary[] = [];
  const shown: RecordProblem[] = [];
  for (const { bucket, entry, index } of entries) {
    if (summaries.length + shown.length >= first) break;
    const read = readEntry(bucket, entry, index);
    if (read.ok) summaries.push(read.value);
    else shown.push(read.problem);
  }
  return { summaries, problems: [...shown, ...problems], total };
}

/** the summaries of these people (after someone else changed them) */
export async function getSummaries(db: Database, ids: readonly string[]): Promise<PersonSummary[]> {
  const tx = db.transaction('summaryChunks');
  const wanted = new Set(ids);
  const buckets = [...new Set(ids.map(chunkOf))];
  const values = await Promise.all(buckets.map((bucket) => tx.store.get(bucket)));
  const byId = new Map<string, PersonSummary>();
  values.forEach((value, at) => {
    const bucket = buckets[at] as number;
    if (value === undefined) return;
    const envelope = chunkEntries(bucket, value);
    if (!envelope.ok) return;
    // only the asked-for entries are checked: a chunk holds a 32nd of everyone
    envelope.raw.forEach((entry, index) => {
      if (!wanted.has(keyOf(entry, ''))) return;
      const read = readEntry(bucket, entry, index);
      if (read.ok) byId.set(read.value.id, read.value);
    });
  });
  return ids.flatMap((id) => {
    const summary = byId.get(id);
    return summary ? [summary] : [];
  });
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
  const tx = db.transaction(['people', 'summaryChunks'], 'readwrite');
  return inTransaction(tx, 'the status change', async () => {
    const person = await loadPerson(tx, id);
    if (person.status === to) return person;
    if (!canMove(person.status, to))
      throw new ShortlistError(
        `Can't move from "${statusLabels[person.status]}" to "${statusLabels[to]}".`,
      );
    const { raw } = await loadTimeline(tx.objectStore('people'), id);
    const event = newEvent(id, at, { type: 'status', from: person.status, to, text: note });
    return putPerson(tx, withStatus(person, to, at), withEvents(raw, [event]));
  });
}

export interface PersonPatch {
  role?: Person['role'];
  focusArea?: string | null;
  tags?: string[];
  notes?: string;
  doNotContact?: boolean;
  cadence?: Cadence;
  goalIds?: string[];
  linkedinConnected?: boolean;
}

const cleanTags = (tags: readonly string[]): string[] => {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const trimmed = tag.trim().replace(/\s+/g, ' ');
    if (trimmed && !seen.has(trimmed.toLowerCase())) seen.set(trimmed.toLowerCase(), trimmed);
  }
  return [...seen.values()];
};

const patchLabels: Record<keyof PersonPatch, string> = {
  role: 'Role',
  focusArea: 'Focus area',
  tags: 'Tags',
  notes: 'Notes',
  doNotContact: 'Do not contact',
  cadence: 'Meeting rhythm',
  goalIds: 'Goals they help with',
  linkedinConnected: 'Connected on LinkedIn',
};

/** a field's value as stored, so two spellings of the same value compare equal */
function normalField(key: keyof PersonPatch, value: unknown): unknown {
  switch (key) {
    case 'focusArea':
      return typeof value === 'string' ? value.trim() || null : (value ?? null);
    case 'tags':
      return Array.isArray(value) ? cleanTags(value as string[]) : value;
    case 'goalIds':
      return Array.isArray(value) ? [...new Set(value as string[])].sort() : value;
    // absent in older records: not connected
    case 'linkedinConnected':
      return value === true;
    default:
      return value ?? null;
  }
}

function shownValue(key: keyof PersonPatch, value: unknown): string {
  if (key === 'doNotContact' || key === 'linkedinConnected') return value ? 'ticked' : 'not ticked';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)';
  if (value === null || value === '') return '(empty)';
  const text = String(value);
  return `"${text.length > 300 ? `${text.slice(0, 300)}…` : text}"`;
}

/** the edit was made on an older copy of the record: refused so it can't undo a change made elsewhere */
export class StaleEditError extends ShortlistError {
  override name = 'StaleEditError';
  constructor(
    readonly fields: (keyof PersonPatch)[],
    readonly current: Partial<Person>,
  ) {
    super(
      `Not saved: this person was changed elsewhere (another tab or window) since you opened this page. ${fields
        .map((key) => `${patchLabels[key]} is now ${shownValue(key, current[key])}.`)
        .join(
          ' ',
        )} Your edit is still in the form: check it against the current value and save again to replace it.`,
    );
  }
}

/**
 * changes the user's own fields of a person (role, focus area, tags, notes, do-not-contact, cadence,
 * goals); only the fields in the patch are written. With `expected` (the values the page loaded), a
 * field that was changed since is refused, with its current value, instead of silently undone
 */
export async function updatePerson(
  db: Database,
  id: string,
  patch: PersonPatch,
  now = new Date(),
  expected?: PersonPatch,
): Promise<Person> {
  const at = now.toISOString();
  const tx = db.transaction(['people', 'summaryChunks'], 'readwrite');
  return inTransaction(tx, 'the change', async () => {
    const person = await loadPerson(tx, id);
    if (expected) {
      const stale = (Object.keys(patch) as (keyof PersonPatch)[]).filter((key) => {
        if (patch[key] === undefined || !(key in expected)) return false;
        const stored = normalField(key, person[key]);
        // a retried write that already landed is not a conflict
        return (
          !sameData(stored, normalField(key, expected[key])) &&
          !sameData(stored, normalField(key, patch[key]))
        );
      });
      if (stale.length) throw new StaleEditError(stale, person);
    }
    const focusArea =
      patch.focusArea === undefined ? person.focusArea : patch.focusArea?.trim() || null;
    const given = Object.fromEntries(
      Object.entries(patch).filter(([, value]) => value !== undefined),
    ) as PersonPatch;
    return putPerson(tx, {
      ...person,
      ...given,
      focusArea,
      tags: patch.tags ? cleanTags(patch.tags) : person.tags,
      goalIds: patch.goalIds ? [...new Set(patch.goalIds)] : person.goalIds,
      updatedAt: at,
    });
  });
}

/** the full record of one person, or a problem if it is damaged, or null */
export async function getPerson(db: Database, id: string): Promise<Found | null> {
  const value = await db.get('people', id);
  if (value === undefined) return null;
  const read = readPerson(id, value);
  return read.ok ? { person: read.value } : { problem: read.problem };
}

/** removes a person and everything of theirs (timeline, meetings, reminders), in one transaction */
export async function removePerson(db: Database, id: string): Promise<boolean> {
  const tx = db.transaction([...allStores], 'readwrite');
  return inTransaction(tx, 'removing the person', async () => {
    const existed = (await tx.objectStore('people').getKey(id)) !== undefined;
    // the record holds their events: they go with it
    await tx.objectStore('people').delete(id);
    await tx.objectStore('unlinkedTimelines').delete(id);
    await dropSummary(tx, id);
    for (const store of ['meetings', 'reminders'] as const) {
      let cursor = await tx.objectStore(store).index('personId').openKeyCursor(id);
      while (cursor) {
        await tx.objectStore(store).delete(cursor.primaryKey);
        cursor = await cursor.continue();
      }
    }
    return existed;
  });
}

/** empties every store in one transaction: all gone, or nothing gone */
export async function deleteEverything(db: Database): Promise<{ people: number }> {
  const tx = db.transaction([...allStores], 'readwrite');
  return inTransaction(tx, 'deleting everything', async () => {
    const people = await tx.objectStore('people').count();
    await Promise.all(allStores.map((store) => tx.objectStore(store).clear()));
    return { people };
  });
}

/** a person's events, oldest first; damaged ones reported, not dropped silently */
export async function listEvents(
  db: Database,
  personId: string,
): Promise<{ events: PersonEvent[]; problems: RecordProblem[] }> {
  const tx = db.transaction(['people', 'unlinkedTimelines']);
  const [record, unlinked] = await Promise.all([
    tx.objectStore('people').get(personId),
    tx.objectStore('unlinkedTimelines').get(personId),
  ]);
  // a timeline the upgrade could not join to its record is still theirs to see
  const { events, problems } =
    unlinked === undefined
      ? timelineOf(personId, record)
      : mergedTimeline(personId, record, unlinked);
  return { events, problems };
}

/** a person's own events and an unlinked timeline under their id, read together */
function mergedTimeline(personId: string, record: unknown, unlinked: unknown) {
  const own = timelineOf(personId, record);
  const apart = readTimeline(personId, unlinked);
  return {
    events: [...own.events, ...apart.events].sort(
      (a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id),
    ),
    problems: [...own.problems, ...apart.problems],
  };
}
