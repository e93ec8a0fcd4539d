import type { z } from 'zod';
import { meetingSchema, type PersonEvent, reminderStateSchema } from '../schema/person';
import type { Database, StoreName } from '../store/db';
import { ShortlistError } from '../store/errors';
import { checkPeople, checkRecords, checkTimelines, type Damaged } from './export-check';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportSettings, importLimits } from './export-format';
import { PART_CHARS } from './transfer';
import { utf8Length } from './utf8';

// the export made and sent in parts: records read a batch at a time from one snapshot, each
// checked once, and written out as JSON text as they come; the parts joined are exactly
// JSON.stringify of the whole file (see exportText), but no part holds more than ~1 MB

/** records read from IndexedDB at a time */
export const READ_BATCH = 500;
/** a part is sent once it holds about this many characters */
export const STREAM_PART_CHARS = 1024 * 1024;

export interface StreamProgress {
  /** records read so far, of every store */
  done: number;
  of: number;
}

export interface StreamedExport {
  parts: number;
  chars: number;
  bytes: number;
  people: number;
  events: number;
  meetings: number;
  damaged: number;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooMany = (what: string, limit: number) =>
  new ShortlistError(
    `This export would hold more than ${limit} ${what}, the most MentorLens can import again, so it was not made. Remove people you no longer need, or export the people table (CSV).`,
  );

/** collects text and hands it on in parts of about STREAM_PART_CHARS */
function partWriter(emit: (text: string) => void, partChars: number) {
  let pieces: string[] = [];
  let held = 0;
  let parts = 0;
  let chars = 0;
  let bytes = 0;
  const flush = () => {
    if (pieces.length === 0) return;
    const text = pieces.join('');
    pieces = [];
    held = 0;
    parts += Math.ceil(text.length / PART_CHARS);
    chars += text.length;
    bytes += utf8Length(text);
    if (bytes > importLimits.bytes)
      throw new ShortlistError(
        `This export would be more than the ${mb(importLimits.bytes)} MentorLens can import again, so it was not made. Remove people you no longer need, or export the people table (CSV).`,
      );
    // a batch of unusually long records is cut: no message past what a part may hold
    for (let at = 0; at < text.length; at += PART_CHARS) emit(text.slice(at, at + PART_CHARS));
  };
  return {
    write(text: string) {
      pieces.push(text);
      held += text.length;
      if (held >= partChars) flush();
    },
    end() {
      flush();
      return { parts, chars, bytes };
    },
  };
}

type ReadStore = 'people' | 'unlinkedTimelines' | 'meetings' | 'reminders';
type Batches = { keys: IDBValidKey[]; batches: Array<Promise<unknown[]>> };

/**
 * every record of a store, asked for at once in batches of READ_BATCH (its keys first): the
 * database reads on while the first batches are checked and sent, without a round trip each
 */
async function askBatches(
  tx: ReturnType<Database['transaction']>,
  name: ReadStore,
): Promise<Batches> {
  const store = tx.objectStore(name as StoreName);
  const keys = (await store.getAllKeys()) as IDBValidKey[];
  const batches: Array<Promise<unknown[]>> = [];
  for (let at = 0; at < keys.length; at += READ_BATCH) {
    const last = keys[Math.min(at + READ_BATCH, keys.length) - 1] as IDBValidKey;
    const batch = store.getAll(IDBKeyRange.bound(keys[at] as IDBValidKey, last)) as Promise<
      unknown[]
    >;
    // a batch left unread after an error must not reject unheard
    batch.catch(() => undefined);
    batches.push(batch);
  }
  return { keys, batches };
}

async function eachBatch(
  asked: Promise<Batches>,
  handle: (keys: IDBValidKey[], values: unknown[], offset: number) => void,
): Promise<void> {
  const { keys, batches } = await asked;
  for (const [index, batch] of batches.entries()) {
    const offset = index * READ_BATCH;
    handle(keys.slice(offset, offset + READ_BATCH), await batch, offset);
  }
}

/** a JSON array written element by element */
function arrayWriter(write: (text: string) => void) {
  let first = true;
  return (good: readonly unknown[]) => {
    if (good.length === 0) return;
    const text = JSON.stringify(good);
    write(first ? text.slice(1, -1) : `,${text.slice(1, -1)}`);
    first = false;
  };
}

/**
 * the whole export, sent part by part through `emit` as it is read; resolves with what it held.
 * Throws (and sends no more) when the file would be past what an import accepts
 */
export async function streamExport(
  db: Database,
  settings: ExportSettings,
  emit: (text: string, progress: StreamProgress) => void,
  options: { now?: Date; partChars?: number } = {},
): Promise<StreamedExport> {
  const now = options.now ?? new Date();
  // one snapshot of every store: a change made meanwhile is either all in the file or not at all
  const tx = db.transaction(['people', 'unlinkedTimelines', 'meetings', 'reminders']);
  const [people, timelines, meetings, reminders] = await Promise.all([
    tx.objectStore('people').count(),
    tx.objectStore('unlinkedTimelines').count(),
    tx.objectStore('meetings').count(),
    tx.objectStore('reminders').count(),
  ]);
  if (people > importLimits.people) throw tooMany('people', importLimits.people);
  if (meetings > importLimits.meetings) throw tooMany('meetings', importLimits.meetings);
  if (reminders > importLimits.reminders) throw tooMany('reminders', importLimits.reminders);
  // everything asked for now, read in order below
  const asked = {
    people: askBatches(tx, 'people'),
    timelines: askBatches(tx, 'unlinkedTimelines'),
    meetings: askBatches(tx, 'meetings'),
    reminders: askBatches(tx, 'reminders'),
  };
  for (const read of Object.values(asked)) read.catch(() => undefined);
  const progress: StreamProgress = { done: 0, of: people + timelines + meetings + reminders };
  let posted = false;
  const out = partWriter((text) => {
    posted = true;
    emit(text, { ...progress });
  }, options.partChars ?? STREAM_PART_CHARS);
  const damaged: Damaged[] = [];
  const counts = { people: 0, events: 0, meetings: 0, reminders: 0 };
  const keepDamaged = (entry: Damaged) => {
    damaged.push(entry);
    if (damaged.length > importLimits.damaged)
      throw tooMany('damaged records', importLimits.damaged);
  };

  const header = JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
  });
  out.write(`${header.slice(0, -1)},"people":[`);

  const records = <S extends z.ZodType>(store: 'meetings' | 'reminders', schema: S) => {
    const write = arrayWriter(out.write);
    return eachBatch(asked[store], (_keys, values, offset) => {
      const good = checkRecords(store, schema, values, keepDamaged, offset);
      counts[store] += good.length;
      progress.done += values.length;
      write(good);
    });
  };

  // v3 keeps each person's events in their record: held back here for the file's events array
  const held: PersonEvent[][] = [];
  const countEvents = (more: number) => {
    counts.events += more;
    if (counts.events > importLimits.events) throw tooMany('events', importLimits.events);
  };
  const writePeople = arrayWriter(out.write);
  await eachBatch(asked.people, (_keys, values, offset) => {
    const good = checkPeople(values, keepDamaged, offset);
    counts.people += good.people.length;
    countEvents(good.events.length);
    progress.done += values.length;
    writePeople(good.people);
    held.push(good.events);
  });
  out.write('],"events":[');
  const writeEvents = arrayWriter(out.write);
  for (const events of held.splice(0)) {
    writeEvents(events);
    // a task's pause after each part sent, as reading gave before: a page that left is heard of
    if (posted) await new Promise((resolve) => setTimeout(resolve, 0));
    posted = false;
  }
  await eachBatch(asked.timelines, (keys, values) => {
    const good = checkTimelines(keys, values, keepDamaged);
    counts.events += good.length;
    if (counts.events > importLimits.events) throw tooMany('events', importLimits.events);
    progress.done += values.length;
    writeEvents(good);
  });
  out.write('],"meetings":[');
  await records('meetings', meetingSchema);
  out.write('],"reminders":[');
  await records('reminders', reminderStateSchema);
  out.write(`],"settings":${JSON.stringify(settings)},"damaged":${JSON.stringify(damaged)}}`);
  const sent = out.end();
  return {
    ...sent,
    people: counts.people,
    events: counts.events,
    meetings: counts.meetings,
    damaged: damaged.length,
  };
}
