import type { z } from 'zod';
import { acceptsAsIs } from '../../accepts-as-is';
import { type Person, personSchema, type RecordProblem } from '../schema/person';
import { describeIssue } from './errors';

// reading stored values: every read from IndexedDB goes through readRecord

export type Read<T> = { ok: true; value: T } | { ok: false; problem: RecordProblem };

export function keyOf(value: unknown, fallback: string): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : fallback;
}

/** every read from IndexedDB goes through here: a record either parses or becomes a reported problem */
export function readRecord<S extends z.ZodType>(
  schema: S,
  store: string,
  key: string,
  value: unknown,
): Read<z.infer<S>> {
  // what we wrote reads back as it is: no copy made of it (zod parses the rest, and names problems)
  if (acceptsAsIs(schema, value)) return { ok: true, value: value as z.infer<S> };
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problem: { store, key, error: describeIssue(parsed.error, value) } };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** whether a stored people record carries its events (v3: a person's events live in their record) */
export const hasEvents = (value: unknown): value is { events: unknown } =>
  isRecord(value) && Object.hasOwn(value, 'events');

/** a stored people record without its events: what the person schema checks */
export function personFields(value: unknown): unknown {
  if (!hasEvents(value)) return value;
  const { events: _events, ...fields } = value as Record<string, unknown>;
  return fields;
}

/** the person in a stored people record; their events are read apart, so a damaged one hides nothing */
export const readPerson = (key: string, value: unknown): Read<Person> =>
  readRecord(personSchema, 'people', key, personFields(value));
