import { meetingSchema, reminderStateSchema } from '../schema/person';
import type { Database } from '../store/db';
import { keyOf, readPerson } from '../store/records';
import { summarize } from '../tracker/summarize';
import { peopleCsv } from './csv';
import { checkPeople, checkRecords, checkTimelines, type Damaged } from './export-check';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportFile,
  type ExportSettings,
  importLimits,
} from './export-format';
import { streamExport } from './export-stream';

/** everything the user has, as one versioned file; damaged records travel as they are, apart */
export async function buildExport(
  db: Database,
  settings: ExportSettings,
  now = new Date(),
): Promise<ExportFile> {
  // one snapshot of every store, read side by side
  const tx = db.transaction(['people', 'unlinkedTimelines', 'meetings', 'reminders']);
  const [people, timelineKeys, timelines, meetings, reminders] = await Promise.all([
    tx.objectStore('people').getAll(),
    tx.objectStore('unlinkedTimelines').getAllKeys(),
    tx.objectStore('unlinkedTimelines').getAll(),
    tx.objectStore('meetings').getAll(),
    tx.objectStore('reminders').getAll(),
  ]);
  const damaged: Damaged[] = [];
  const keep = (entry: Damaged) => damaged.push(entry);
  const checked = checkPeople(people, keep);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    people: checked.people,
    // each person's events, then those of timelines no person took (see unlinkedTimelines)
    events: [...checked.events, ...checkTimelines(timelineKeys, timelines, keep)],
    meetings: checkRecords('meetings', meetingSchema, meetings, keep),
    reminders: checkRecords('reminders', reminderStateSchema, reminders, keep),
    settings,
    damaged,
  };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** why importing this export would be refused (so it is refused now, when made), or null */
export function exportProblem(file: ExportFile, bytes: number): string | null {
  if (bytes > importLimits.bytes)
    return `This export would be ${mb(bytes)}, more than the ${mb(importLimits.bytes)} MentorLens can import again, so it was not made. Remove people you no longer need, or export the people table (CSV).`;
  for (const key of ['people', 'events', 'meetings', 'reminders', 'damaged'] as const) {
    if (file[key].length > importLimits[key])
      return `This export would hold ${file[key].length} ${key}, more than the ${importLimits[key]} MentorLens can import again, so it was not made. Remove people you no longer need, or export the people table (CSV).`;
  }
  return null;
}

/** the export as the text of its file, checked to be importable; counts for the page to report */
export async function exportText(db: Database, settings: ExportSettings, now = new Date()) {
  // the same text as JSON.stringify(buildExport(…)), made a batch at a time (export-stream.ts)
  const parts: string[] = [];
  const made = await streamExport(db, settings, (text) => parts.push(text), { now });
  return {
    json: parts.join(''),
    bytes: made.bytes,
    fileName: exportFileName(now, 'json'),
    people: made.people,
    events: made.events,
    meetings: made.meetings,
    damaged: made.damaged,
  };
}

/** "mentorlens-export-2026-03-04.json" */
export const exportFileName = (now: Date, extension: 'json' | 'csv'): string =>
  `mentorlens-${extension === 'json' ? 'export' : 'people'}-${now.toISOString().slice(0, 10)}.${extension}`;

/** the people table as CSV, with their full notes */
export async function buildCsv(db: Database): Promise<string> {
  const rows = [];
  for (const value of await db.getAll('people')) {
    const read = readPerson(keyOf(value, ''), value);
    if (!read.ok) continue;
    const urls = [read.value.profiles.linkedin?.url, read.value.profiles.github?.url].filter(
      (url): url is string => Boolean(url),
    );
    rows.push({ ...summarize(read.value), notes: read.value.notes, urls });
  }
  rows.sort((a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt));
  return peopleCsv(rows);
}
