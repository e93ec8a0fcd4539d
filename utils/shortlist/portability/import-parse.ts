import { acceptsAsIs } from '../../accepts-as-is';
import { messageOf } from '../../errors';
import { describeIssue } from '../store/errors';
import { eventV1toV2, personV1toV2 } from '../store/migrations';
import {
  EXPORT_FORMAT,
  type ExportFile,
  exportV1Schema,
  exportV2Schema,
  importLimits,
  readableVersions,
} from './export-format';
import { utf8Length } from './utf8';

export type Parsed =
  | { ok: true; file: ExportFile; fromVersion: number }
  | { ok: false; error: string };

const fail = (error: string): Parsed => ({ ok: false, error });
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** the size check, done before reading the file: a 50 MB file is refused without parsing it */
export function sizeProblem(bytes: number): string | null {
  return bytes > importLimits.bytes
    ? `The file is ${mb(bytes)}; MentorLens imports files up to ${mb(importLimits.bytes)}. Nothing was imported.`
    : null;
}

const forbidden = new Set(['__proto__', 'constructor', 'prototype']);

/** the path of the first forbidden key below `value` (slow, only run once one is known to exist) */
function pathTo(value: unknown, path: string): string | null {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = pathTo(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    const at = path ? `${path}.${key}` : key;
    if (forbidden.has(key)) return at;
    const found = pathTo((value as Record<string, unknown>)[key], at);
    if (found) return found;
  }
  return null;
}

/** the first key that could pollute a prototype somewhere in the data, with its path */
export function forbiddenKey(root: unknown): string | null {
  // a flat walk without paths: a file of ten thousand people has a million values
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key in value) {
      if (forbidden.has(key)) return pathTo(root, '');
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return null;
}

function countProblem(file: Record<string, unknown>): string | null {
  for (const key of ['people', 'events', 'meetings', 'reminders', 'damaged'] as const) {
    const list = file[key];
    const limit = importLimits[key];
    if (Array.isArray(list) && list.length > limit)
      return `The file has ${list.length.toLocaleString('en')} ${key}; MentorLens imports at most ${limit.toLocaleString('en')} at a time. Nothing was imported.`;
  }
  return null;
}

function duplicates<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  what: string,
): string | null {
  const seen = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    for (const key of keysOf(item)) {
      const first = seen.get(key);
      if (first !== undefined && first !== index)
        return `${what}[${first}] and ${what}[${index}] have the same id "${key}": each must appear once. Nothing was imported.`;
      seen.set(key, index);
    }
  }
  return null;
}

/** ids unique, every event and meeting belongs to a person in the file */
function consistencyProblem(file: ExportFile): string | null {
  for (const [index, person] of file.people.entries()) {
    if (!person.profileKeys.includes(person.id))
      return `people[${index}]: its id "${person.id}" is not among its profileKeys. Nothing was imported.`;
  }
  const problem =
    duplicates(file.people, (person) => person.profileKeys, 'people') ??
    duplicates(file.events, (event) => [event.id], 'events') ??
    duplicates(file.meetings, (meeting) => [meeting.id], 'meetings') ??
    duplicates(file.reminders, (reminder) => [reminder.id], 'reminders');
  if (problem) return problem;
  const ids = new Set(file.people.map((person) => person.id));
  const orphan = (list: ReadonlyArray<{ personId: string | null }>, what: string) => {
    const index = list.findIndex((item) => item.personId !== null && !ids.has(item.personId));
    return index < 0
      ? null
      : `${what}[${index}] belongs to "${list[index]?.personId}", who is not in the file. Nothing was imported.`;
  };
  return (
    orphan(file.events, 'events') ??
    orphan(file.meetings, 'meetings') ??
    orphan(file.reminders, 'reminders')
  );
}

/** version 1 → 2, record by record, with the path of the first record that can't be read */
function upgradeV1(input: unknown): Parsed {
  const v1 = exportV1Schema.safeParse(input);
  if (!v1.success) return fail(`${describeIssue(v1.error, input)}. Nothing was imported.`);
  const events = [];
  for (const [index, raw] of v1.data.events.entries()) {
    const upgraded = eventV1toV2(raw);
    if (!upgraded.ok) return fail(`events[${index}].${upgraded.error}. Nothing was imported.`);
    events.push(upgraded.value);
  }
  const people = [];
  for (const [index, raw] of v1.data.people.entries()) {
    const upgraded = personV1toV2(raw, v1.data.events);
    if (!upgraded.ok) return fail(`people[${index}].${upgraded.error}. Nothing was imported.`);
    people.push(upgraded.value);
  }
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: 2,
    exportedAt: new Date(Date.parse(v1.data.exportedAt)).toISOString(),
    people,
    events,
    meetings: [],
    reminders: [],
    settings: v1.data.settings ?? {},
    damaged: [],
  };
  return checked(file, 1);
}

const lists = ['people', 'events', 'meetings', 'reminders', 'damaged'] as const;
const headSchema = exportV2Schema.omit({
  people: true,
  events: true,
  meetings: true,
  reminders: true,
  damaged: true,
});

/**
 * the file as it is when each of its lists passes the quick test (what an export writes does):
 * only the rest (the settings, with their defaults) is parsed. Null: zod parses it all
 */
function quickly(input: Record<string, unknown>): ExportFile | null {
  const head: Record<string, unknown> = { ...input };
  for (const list of lists) {
    if (!acceptsAsIs(exportV2Schema.shape[list], input[list])) return null;
    delete head[list];
  }
  const parsed = headSchema.safeParse(head);
  if (!parsed.success) return null;
  const [people, events, meetings, reminders, damaged] = lists.map((list) => input[list]);
  return { ...parsed.data, people, events, meetings, reminders, damaged } as ExportFile;
}

function checked(input: Record<string, unknown>, fromVersion: number): Parsed {
  const fast = quickly(input);
  const parsed = fast ? { success: true as const, data: fast } : exportV2Schema.safeParse(input);
  if (!parsed.success) return fail(`${describeIssue(parsed.error, input)}. Nothing was imported.`);
  const problem = consistencyProblem(parsed.data);
  return problem ? fail(problem) : { ok: true, file: parsed.data, fromVersion };
}

/** reads an export as a whole: every problem is found before anything is written */
export function parseImport(text: string): Parsed {
  // at most 3 bytes a character: most files are far below the limit without counting
  const size = text.length * 3 > importLimits.bytes ? sizeProblem(utf8Length(text)) : null;
  if (size) return fail(size);
  if (!text.trim()) return fail('The file is empty. Nothing was imported.');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = messageOf(error);
    return fail(
      `The file is not valid JSON (it may be cut short or not an export): ${detail}. Nothing was imported.`,
    );
  }
  if (
    input === null ||
    typeof input !== 'object' ||
    Array.isArray(input) ||
    (input as { format?: unknown }).format !== EXPORT_FORMAT
  )
    return fail(
      `This is not a MentorLens export (it has no "format": "${EXPORT_FORMAT}"). Nothing was imported.`,
    );
  const key = forbiddenKey(input);
  if (key)
    return fail(
      `The file contains the key "${key}", which MentorLens refuses for safety. Nothing was imported.`,
    );
  const file = input as Record<string, unknown>;
  const { version } = file;
  if (!readableVersions.includes(version as 1 | 2))
    return fail(
      `This export is version ${JSON.stringify(version) ?? 'missing'}; this MentorLens reads versions ${readableVersions.join(' and ')}. ${typeof version === 'number' && version > 2 ? 'Update MentorLens, then import it again. ' : ''}Nothing was imported.`,
    );
  const count = countProblem(file);
  if (count) return fail(count);
  return version === 1 ? upgradeV1(input) : checked(file, 2);
}
