import type { z } from 'zod';
import {
  meetingSchema,
  type PersonSummary,
  type RecordProblem,
  reminderStateSchema,
} from '../schema/person';
import { summarize } from '../tracker/summarize';
import { readTimeline, timelineOf } from '../tracker/timelines';
import type { Database } from './db';
import { inTransaction, keyOf, readPerson, readRecord } from './records';
import { chunkEntries, putSummaries, readAllChunks } from './summary-chunks';

const schemas = {
  meetings: meetingSchema,
  reminders: reminderStateSchema,
} as const satisfies Record<string, z.ZodType>;

export const PROBLEMS_LISTED = 200;

export interface Scan {
  problems: RecordProblem[];
  total: number;
  /** people who had no summary (so no row): their summary was written again */
  repaired: PersonSummary[];
}

/** every record that fails its schema, store by store (each event and each summary on its own) */
async function fullScan(db: Database): Promise<RecordProblem[]> {
  const problems: RecordProblem[] = [];
  // keys and values from one transaction, so they line up
  const people = db.transaction('people');
  const [ids, records] = await Promise.all([people.store.getAllKeys(), people.store.getAll()]);
  records.forEach((value, index) => {
    const id = String(ids[index]);
    const read = readPerson(id, value);
    if (!read.ok) problems.push(read.problem);
    problems.push(...timelineOf(id, value).problems);
  });
  for (const chunk of await readAllChunks(db.transaction('summaryChunks')))
    problems.push(...chunk.problems);
  for (const store of Object.keys(schemas) as Array<keyof typeof schemas>) {
    const values = await db.getAll(store);
    values.forEach((value, index) => {
      const read = readRecord(schemas[store], store, keyOf(value, `#${index}`), value);
      if (!read.ok) problems.push(read.problem);
    });
  }
  // keys and values from one transaction, so they line up
  const tx = db.transaction('unlinkedTimelines');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  values.forEach((value, index) => {
    problems.push(...readTimeline(String(keys[index]), value).problems);
  });
  return problems;
}

/**
 * the people the dashboard cannot list: every person has a summary, so a key without one is a
 * damaged record (reported, kept) or a lost summary (written again). Costs two key lists, not a
 * full read. `full` also checks every record of every store.
 */
export async function scanProblems(db: Database, full = false): Promise<Scan> {
  const keys = db.transaction(['people', 'summaryChunks']);
  const [people, chunkKeys, chunks] = await Promise.all([
    keys.objectStore('people').getAllKeys(),
    keys.objectStore('summaryChunks').getAllKeys(),
    keys.objectStore('summaryChunks').getAll(),
  ]);
  // the ids each chunk holds, unchecked (the full scan checks them): a damaged summary still
  // names its person, and is reported, as in v2, rather than written over here
  const listed = new Set<IDBValidKey>();
  const chunkProblems: RecordProblem[] = [];
  chunks.forEach((value, index) => {
    const envelope = chunkEntries(chunkKeys[index] as number, value);
    if (!envelope.ok) chunkProblems.push(envelope.problem);
    else for (const entry of envelope.raw) listed.add(keyOf(entry, ''));
  });
  const problems: RecordProblem[] = [...chunkProblems];
  const repaired: PersonSummary[] = [];
  for (const key of people) {
    if (listed.has(key)) continue;
    const value = await db.get('people', key);
    const read = readPerson(keyOf(value, String(key)), value);
    if (!read.ok) problems.push(read.problem);
    else repaired.push(summarize(read.value));
  }
  if (repaired.length) {
    const tx = db.transaction(['people', 'summaryChunks'], 'readwrite');
    await inTransaction(tx, 'repairing the list', () => putSummaries(tx, repaired));
  }
  // a damaged chunk was rebuilt by the repair: the full scan no longer sees it, so it is told here
  const all = full ? [...chunkProblems, ...(await fullScan(db))] : problems;
  return { problems: all.slice(0, PROBLEMS_LISTED), total: all.length, repaired };
}
