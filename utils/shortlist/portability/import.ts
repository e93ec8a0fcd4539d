import { type IDBPTransaction, unwrap } from 'idb';
import { messageOf } from '../../errors';
import { syncProblem } from '../../settings/sync-quota';
import {
  type Meeting,
  meetingSchema,
  type Person,
  type PersonEvent,
  personSchema,
  type ReminderState,
} from '../schema/person';
import { allStores, type Database, type MentorLensDB, type StoreName } from '../store/db';
import { ShortlistError } from '../store/errors';
import { hasEvents, inTransaction, keyOf, readPerson, readRecord } from '../store/records';
import { chunkOf, loadChunk, withSummaries } from '../store/summary-chunks';
import { summarize } from '../tracker/summarize';
import { readTimeline, timelineOf, withEvents } from '../tracker/timelines';
import {
  type ExportFile,
  type ExportSettings,
  settingKeys,
  singleItemSettings,
} from './export-format';
import { mergePerson, newerMeeting, sameData } from './import-merge';
import { type Parsed, parseImport } from './import-parse';
import type { ImportProgress } from './transfer-port';

/** how the import reaches settings (browser storage), so the domain stays testable */
export interface SettingsPort {
  read(): Promise<ExportSettings>;
  /** sets each key given; null removes it; undefined leaves it */
  write(settings: ExportSettings): Promise<void>;
}

export interface ImportSummary {
  fromVersion: number;
  exportedAt: string;
  people: {
    added: number;
    updated: number;
    unchanged: number;
    addedNames: string[];
    updatedNames: string[];
  };
  events: { inFile: number; added: number };
  meetings: { added: number; updated: number; unchanged: number };
  settings: string[];
  /** damaged records the file carried: kept in the file, not imported */
  damagedInFile: number;
}

interface Plan {
  added: Person[];
  updated: Person[];
  unchanged: number;
  /** each touched timeline as it will be written */
  timelines: PlannedTimeline[];
  /** the stored records of the people the file matched, as they are (their events included) */
  stored: Map<string, unknown>;
  eventsAdded: number;
  meetings: { put: Meeting[]; added: number; updated: number; unchanged: number };
  reminders: ReminderState[];
}

type Tx = IDBPTransaction<MentorLensDB, StoreName[], 'readonly' | 'readwrite'>;
const importStores: StoreName[] = [...allStores];
const NAMES_SHOWN = 20;
const label = (person: Person) => person.name ?? person.id;

/** for each imported person, the ids of stored people sharing one of their profile keys */
async function matchPeople(tx: Tx, file: ExportFile): Promise<Array<Array<string | undefined>>> {
  const people = tx.objectStore('people');
  // an empty shortlist (a restore) has nothing to match: skip ten thousand lookups
  if ((await people.count()) === 0) return file.people.map(() => []);
  const byKey = people.index('profileKeys');
  return Promise.all(
    file.people.map((person) => Promise.all(person.profileKeys.map((key) => byKey.getKey(key)))),
  );
}

interface PlannedTimeline {
  personId: string;
  events: unknown[];
  /** the person's stored record, if they have one (their events go into it) */
  record: unknown;
  /** the stored events were an unlinked timeline (see db.ts), which a person's record now takes */
  unlinked: boolean;
}

/** the imported events joined to each person's stored timeline; new ids counted */
async function planTimelines(tx: Tx, events: readonly PersonEvent[]) {
  const byPerson = new Map<string, PersonEvent[]>();
  for (const event of events) {
    const list = byPerson.get(event.personId);
    if (list) list.push(event);
    else byPerson.set(event.personId, [event]);
  }
  const people = tx.objectStore('people');
  const apart = tx.objectStore('unlinkedTimelines');
  const ids = [...byPerson.keys()];
  const [storedPeople, storedApart] = await Promise.all([people.count(), apart.count()]);
  // a restore into an empty shortlist has nothing to join: skip ten thousand lookups
  const stored =
    storedPeople === 0
      ? ids.map(() => undefined)
      : await Promise.all(ids.map((id) => people.get(id)));
  const unlinked = await Promise.all(
    ids.map((id, index) =>
      storedApart === 0 || stored[index] !== undefined ? undefined : apart.get(id),
    ),
  );
  let eventsAdded = 0;
  const timelines = ids.map((personId, index): PlannedTimeline => {
    const record = stored[index];
    const timeline =
      record === undefined ? readTimeline(personId, unlinked[index]) : timelineOf(personId, record);
    if (timeline.problems.some((problem) => problem.key === personId))
      throw new ShortlistError(
        `The saved timeline of ${personId} is damaged and the file adds to it. Nothing was imported.`,
      );
    const known = new Set(timeline.raw.map((entry) => keyOf(entry, '')));
    const incoming = byPerson.get(personId) ?? [];
    eventsAdded += incoming.filter((event) => !known.has(event.id)).length;
    return {
      personId,
      events: withEvents(timeline.raw, incoming),
      record,
      unlinked: unlinked[index] !== undefined,
    };
  });
  return { timelines, eventsAdded };
}

/** what the file would change, worked out against the database inside the given transaction */
async function plan(tx: Tx, file: ExportFile): Promise<Plan> {
  const people = tx.objectStore('people');
  const matches = await matchPeople(tx, file);
  const storedIds = [...new Set(matches.flat().filter((id): id is string => id !== undefined))];
  const storedValues = await Promise.all(storedIds.map((id) => people.get(id)));
  const original = new Map<string, Person>();
  const stored = new Map(storedIds.map((id, index) => [id, storedValues[index]]));
  storedIds.forEach((id, index) => {
    const read = readPerson(id, storedValues[index]);
    if (!read.ok)
      throw new ShortlistError(
        `The saved record for ${id} is damaged (${read.problem.error}) and the file has the same person. Remove or repair it first; nothing was imported.`,
      );
    original.set(id, read.value);
  });
  const working = new Map(original);
  const idMap = new Map<string, string>();
  const added: Person[] = [];
  file.people.forEach((person, index) => {
    const matched = [
      ...new Set((matches[index] ?? []).filter((id): id is string => id !== undefined)),
    ];
    if (matched.length > 1)
      throw new ShortlistError(
        `people[${index}] (${label(person)}) matches ${matched.join(' and ')}, two different people on your shortlist. Nothing was imported.`,
      );
    const target = matched[0];
    if (target === undefined) {
      added.push(person);
      idMap.set(person.id, person.id);
      return;
    }
    working.set(target, mergePerson(working.get(target) as Person, person));
    idMap.set(person.id, target);
  });
  const updated = [...working.entries()]
    .filter(([id, person]) => !sameData(person, original.get(id)))
    .map(([, person]) => person);
  const mapped = (personId: string) => idMap.get(personId) ?? personId;
  const { timelines, eventsAdded } = await planTimelines(
    tx,
    file.events.map((event) =>
      mapped(event.personId) === event.personId
        ? event
        : { ...event, personId: mapped(event.personId) },
    ),
  );
  const meetingStore = tx.objectStore('meetings');
  const storedMeetings = await Promise.all(
    file.meetings.map((meeting) => meetingStore.get(meeting.id)),
  );
  const meetings: Plan['meetings'] = { put: [], added: 0, updated: 0, unchanged: 0 };
  file.meetings.forEach((raw, index) => {
    const meeting = { ...raw, personId: mapped(raw.personId) };
    const stored = storedMeetings[index];
    if (stored === undefined) {
      meetings.put.push(meeting);
      meetings.added += 1;
      return;
    }
    const read = readRecord(meetingSchema, 'meetings', meeting.id, stored);
    if (!read.ok || read.value.personId !== meeting.personId)
      throw new ShortlistError(
        `meetings[${index}] has the id of a different or damaged meeting already saved (${meeting.id}). Nothing was imported.`,
      );
    const newer = newerMeeting(read.value, meeting);
    if (sameData(newer, read.value)) meetings.unchanged += 1;
    else {
      meetings.put.push(newer);
      meetings.updated += 1;
    }
  });
  const reminderStore = tx.objectStore('reminders');
  const storedReminders = await Promise.all(
    file.reminders.map((state) => reminderStore.getKey(state.id)),
  );
  const reminders = file.reminders
    .filter((_, index) => storedReminders[index] === undefined)
    .map((state) => (state.personId ? { ...state, personId: mapped(state.personId) } : state));
  return {
    added,
    updated,
    unchanged: working.size - updated.length,
    timelines,
    stored,
    eventsAdded,
    meetings,
    reminders,
  };
}

interface Writes {
  people: unknown[];
  unlinked: unknown[];
  /** unlinked timelines now held by their person's record */
  relinked: string[];
  chunks: Array<{ bucket: number; summaries: unknown[] }>;
}

/**
 * the records the plan writes in v3's layout: each person once with their events, and each touched
 * summary chunk once; the chunks' reads happen here, before any write
 */
async function layout(tx: Tx, planned: Plan): Promise<Writes> {
  const written = new Map<string, Person>();
  for (const person of planned.added) written.set(person.id, person);
  for (const person of planned.updated) written.set(person.id, personSchema.parse(person));
  const timelines = new Map(planned.timelines.map((timeline) => [timeline.personId, timeline]));
  const people: unknown[] = [];
  const unlinked: unknown[] = [];
  const relinked: string[] = [];
  for (const [id, person] of written) {
    const timeline = timelines.get(id);
    const stored = planned.stored.get(id);
    // untouched events stay as stored, damaged ones included
    const events = timeline ? timeline.events : hasEvents(stored) ? stored.events : [];
    people.push({ ...person, events });
    if (timeline?.unlinked) relinked.push(id);
  }
  for (const timeline of timelines.values()) {
    if (written.has(timeline.personId)) continue;
    if (typeof timeline.record === 'object' && timeline.record !== null)
      people.push({ ...timeline.record, events: timeline.events });
    else unlinked.push({ personId: timeline.personId, events: timeline.events });
  }
  const byChunk = new Map<number, Person[]>();
  for (const person of written.values()) {
    const bucket = chunkOf(person.id);
    const list = byChunk.get(bucket);
    if (list) list.push(person);
    else byChunk.set(bucket, [person]);
  }
  const empty = (await tx.objectStore('summaryChunks').count()) === 0;
  const chunks = await Promise.all(
    [...byChunk].map(async ([bucket, list]) => ({
      bucket,
      summaries: withSummaries(
        empty ? [] : await loadChunk(tx as Parameters<typeof loadChunk>[0], bucket),
        list.map(summarize),
      ),
    })),
  );
  return { people, unlinked, relinked, chunks };
}

function changedSettings(file: ExportFile, current: ExportSettings): ExportSettings {
  const changes: ExportSettings = {};
  for (const key of settingKeys) {
    const incoming = file.settings[key];
    if (incoming !== undefined && incoming !== null && !sameData(incoming, current[key] ?? null))
      Object.assign(changes, { [key]: incoming });
  }
  return changes;
}

function summary(
  file: ExportFile,
  fromVersion: number,
  planned: Plan,
  settings: ExportSettings,
): ImportSummary {
  return {
    fromVersion,
    exportedAt: file.exportedAt,
    people: {
      added: planned.added.length,
      updated: planned.updated.length,
      unchanged: planned.unchanged,
      addedNames: planned.added.slice(0, NAMES_SHOWN).map(label),
      updatedNames: planned.updated.slice(0, NAMES_SHOWN).map(label),
    },
    events: { inFile: file.events.length, added: planned.eventsAdded },
    meetings: {
      added: planned.meetings.added,
      updated: planned.meetings.updated,
      unchanged: planned.meetings.unchanged,
    },
    settings: Object.keys(settings),
    damagedInFile: file.damaged.length,
  };
}

/** the file's text, or the file already read whole (a preview's parse, kept with the upload) */
export type ImportInput = string | Parsed;
type Progress = (progress: ImportProgress) => void;
const quiet: Progress = () => undefined;
/** a write in this many reports progress */
const PROGRESS_EVERY = 1_000;

function parsedOrThrow(input: ImportInput, progress: Progress) {
  if (typeof input === 'string') progress({ stage: 'checking', done: 0, of: 1 });
  const parsed = typeof input === 'string' ? parseImport(input) : input;
  if (!parsed.ok) throw new ShortlistError(parsed.error);
  progress({ stage: 'checking', done: 1, of: 1 });
  return parsed;
}

function quotaCheck(current: ExportSettings, changes: ExportSettings): void {
  const after: ExportSettings = { ...current, ...changes };
  const problem = syncProblem(
    Object.fromEntries(singleItemSettings.map((key) => [key, after[key]])),
  );
  if (problem)
    throw new ShortlistError(`${problem} (from the imported file). Nothing was imported.`);
}

/** what importing this text would change; reads only */
export async function previewImport(
  db: Database,
  input: ImportInput,
  settings: SettingsPort,
  progress: Progress = quiet,
): Promise<ImportSummary> {
  const { file, fromVersion } = parsedOrThrow(input, progress);
  const current = await settings.read();
  const changes = changedSettings(file, current);
  quotaCheck(current, changes);
  const tx = db.transaction(importStores, 'readonly');
  progress({ stage: 'merging', done: 0, of: 1 });
  const planned = await plan(tx, file);
  progress({ stage: 'merging', done: 1, of: 1 });
  return summary(file, fromVersion, planned, changes);
}

/** validates the whole file, then writes it in one transaction: all of it, or none of it */
export async function commitImport(
  db: Database,
  input: ImportInput,
  settings: SettingsPort,
  progress: Progress = quiet,
): Promise<ImportSummary> {
  const { file, fromVersion } = parsedOrThrow(input, progress);
  const current = await settings.read();
  const changes = changedSettings(file, current);
  quotaCheck(current, changes);
  const previous: ExportSettings = {};
  for (const key of Object.keys(changes) as Array<keyof ExportSettings>)
    Object.assign(previous, { [key]: current[key] ?? null });
  try {
    await settings.write(changes);
  } catch (error) {
    await settings.write(previous).catch(() => undefined);
    const detail = messageOf(error);
    throw new ShortlistError(`Your settings could not be saved (${detail}). Nothing was imported.`);
  }
  const tx = db.transaction(importStores, 'readwrite');
  try {
    return await inTransaction(tx, 'the import', async () => {
      progress({ stage: 'merging', done: 0, of: 1 });
      const planned = await plan(tx, file);
      const writes = await layout(tx, planned);
      progress({ stage: 'merging', done: 1, of: 1 });
      // plain requests, no promise each: a failed one aborts the transaction, which rejects its `done`
      const raw = unwrap(tx);
      const total =
        writes.people.length +
        writes.unlinked.length +
        writes.relinked.length +
        writes.chunks.length +
        planned.meetings.put.length +
        planned.reminders.length;
      let issued = 0;
      const stores = new Map(importStores.map((name) => [name, raw.objectStore(name)]));
      const put = (store: StoreName, value: unknown, remove = false) => {
        const target = stores.get(store) as IDBObjectStore;
        const request = remove ? target.delete(value as IDBValidKey) : target.put(value);
        issued += 1;
        if (issued % PROGRESS_EVERY === 0 || issued === total) {
          const done = issued;
          request.onsuccess = () => progress({ stage: 'writing', done, of: total });
        }
      };
      progress({ stage: 'writing', done: 0, of: total });
      for (const record of writes.people) put('people', record);
      for (const record of writes.unlinked) put('unlinkedTimelines', record);
      for (const id of writes.relinked) put('unlinkedTimelines', id, true);
      for (const chunk of writes.chunks) put('summaryChunks', chunk);
      for (const meeting of planned.meetings.put) put('meetings', meeting);
      for (const state of planned.reminders) put('reminders', state);
      return summary(file, fromVersion, planned, changes);
    });
  } catch (error) {
    // the database is unchanged: put the settings back as they were
    await settings.write(previous).catch(() => undefined);
    throw error;
  }
}
