import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seedData } from '@/scripts/bench/seed';
import { acceptsAsIs } from '@/utils/accepts-as-is';
import { fitResultSchema } from '@/utils/fit/result';
import { profileSnapshotSchema } from '@/utils/profile/snapshot';
import {
  eventSchema,
  meetingSchema,
  type Person,
  personSchema,
  reminderStateSchema,
} from '@/utils/shortlist/schema/person';
import { timelineRecordSchema } from '@/utils/shortlist/tracker/timelines';

/** the promise the quick test makes: a yes only where zod parses the value into an equal one */
function expectKept(schema: z.ZodType, value: unknown) {
  const quick = acceptsAsIs(schema, value);
  const parsed = schema.safeParse(value);
  if (quick) {
    expect(parsed.success).toBe(true);
    expect(parsed.data).toStrictEqual(value);
  }
  return { quick, zod: parsed.success };
}

const seeded = seedData({ people: 60, events: 300, seed: 7 });
const stored = <T>(value: T): T => structuredClone(value);

describe('acceptsAsIs on our stored records', () => {
  it('says yes to every record we write, as IndexedDB gives it back', () => {
    for (const person of seeded.people)
      expect(expectKept(personSchema, stored(person))).toEqual({ quick: true, zod: true });
    for (const event of seeded.events)
      expect(expectKept(eventSchema, stored(event))).toEqual({ quick: true, zod: true });
    for (const meeting of seeded.meetings)
      expect(expectKept(meetingSchema, stored(meeting))).toEqual({ quick: true, zod: true });
  });

  it('says yes to a record read back from an export file (JSON)', () => {
    const person = JSON.parse(JSON.stringify(seeded.people[3]));
    expect(acceptsAsIs(personSchema, person)).toBe(true);
  });
});

// values a damaged or hostile record may hold in place of a field
const hostile: unknown[] = [
  undefined,
  null,
  '',
  ' padded ',
  'x'.repeat(100_001),
  '😀',
  'linkedin:has space',
  '2026-02-32T00:00:00.000Z',
  0,
  -1,
  1.5,
  101,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  true,
  [],
  [1],
  ['a', null],
  {},
  { unexpected: true },
  Object.create(null),
  new Date(0),
  JSON.parse('{"__proto__": {"polluted": true}}'),
];

/** every path to a value inside a record */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at];
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => paths(item, [...at, index]))
    : Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]));
  return [at, ...inner];
}

function replaced(record: unknown, path: Array<string | number>, value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  if (path.length === 0) return value;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) as string | number] = value;
  return copy;
}

function withExtraKey(record: unknown, path: Array<string | number>): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path) node = node[key] as Record<string, unknown>;
  if (node && typeof node === 'object' && !Array.isArray(node)) node.surplus = 'kept?';
  return copy;
}

describe('acceptsAsIs on damaged and hostile records', () => {
  const cases: Array<[string, z.ZodType, unknown]> = [
    [
      'person',
      personSchema,
      seeded.people.find((person) => person.fit && person.profiles.linkedin),
    ],
    ['event', eventSchema, seeded.events[5]],
    ['meeting', meetingSchema, seeded.meetings[0]],
  ];
  for (const [name, schema, record] of cases) {
    it(`never says yes where zod refuses or would change a ${name} (every field replaced by every hostile value)`, () => {
      expect(record).toBeDefined();
      let refused = 0;
      let quickNo = 0;
      for (const path of paths(record))
        for (const value of [...hostile, 'surplus key']) {
          const damaged =
            value === 'surplus key' ? withExtraKey(record, path) : replaced(record, path, value);
          const { quick, zod } = expectKept(schema, damaged);
          if (!zod) {
            refused++;
            expect(quick).toBe(false);
          }
          if (!quick) quickNo++;
        }
      // the cases did reach both answers: most damage is refused, and refused quickly
      expect(refused).toBeGreaterThan(100);
      expect(quickNo).toBeGreaterThanOrEqual(refused);
    });
  }

  it('takes an optional key absent or present as undefined (zod keeps either), a required one neither', () => {
    const person = stored(seeded.people[0] as Person);
    expect(expectKept(personSchema, { ...person, linkedinConnected: undefined }).quick).toBe(true);
    const { linkedinConnected: _dropped, ...without } = person;
    expect(expectKept(personSchema, without).quick).toBe(true);
    expect(expectKept(personSchema, { ...person, notes: undefined })).toEqual({
      quick: false,
      zod: false,
    });
    const { notes: _notes, ...noNotes } = person;
    expect(expectKept(personSchema, noNotes)).toEqual({ quick: false, zod: false });
  });

  it('refuses a record whose prototype is not a plain object', () => {
    const event = stored(seeded.events[0]);
    const inherited = Object.assign(Object.create({ text: null }), { ...event, text: undefined });
    delete inherited.text;
    expect(acceptsAsIs(eventSchema, inherited)).toBe(false);
    expect(acceptsAsIs(eventSchema, Object.assign(Object.create(null), event))).toBe(false);
  });
});

describe('acceptsAsIs follows zod where a length or a value is in doubt', () => {
  it('counts code points as zod does for a minimum, and never passes a maximum zod would fail', () => {
    expect(expectKept(z.string().min(2), '😀')).toEqual({ quick: false, zod: false });
    expect(expectKept(z.string().min(2), '😀😀').quick).toBe(true);
    expect(expectKept(z.string().min(2), 'ab').quick).toBe(true);
    // one code point, two units: zod takes it; the quick test asks zod
    expect(expectKept(z.string().max(1), '😀')).toEqual({ quick: false, zod: true });
    expect(expectKept(z.string().max(3), 'abcd')).toEqual({ quick: false, zod: false });
  });

  it('says yes to a trimmed string only when the trim changes nothing', () => {
    expect(expectKept(z.string().trim(), 'tag').quick).toBe(true);
    expect(expectKept(z.string().trim(), ' tag ')).toEqual({ quick: false, zod: true });
  });

  it('takes a refinement only at a plain true', () => {
    const even = z.number().refine((value) => value % 2 === 0);
    expect(expectKept(even, 4).quick).toBe(true);
    expect(expectKept(even, 3)).toEqual({ quick: false, zod: false });
    const truthy = z.string().refine((value) => value.length as unknown as boolean);
    expect(expectKept(truthy, 'a')).toEqual({ quick: false, zod: true });
  });

  it('bounds numbers as zod does, inclusive or not', () => {
    const score = z.number().int().min(0).max(100);
    for (const [value, ok] of [
      [0, true],
      [100, true],
      [-0.5, false],
      [100.5, false],
      [50.5, false],
      [101, false],
    ] as const)
      expect(expectKept(score, value)).toEqual({ quick: ok, zod: ok });
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])
      expect(expectKept(z.number(), value)).toEqual({ quick: false, zod: false });
    expect(expectKept(z.number().positive(), 0)).toEqual({ quick: false, zod: false });
    expect(expectKept(z.number().lt(1), 1)).toEqual({ quick: false, zod: false });
  });

  it('has no quick answer for what it does not know, so zod decides', () => {
    const unknownToIt: Array<[z.ZodType, unknown]> = [
      [z.email(), 'someone@example.com'],
      [z.int(), 3],
      [z.url(), 'https://example.com'],
      [z.number().default(1), 1],
      [z.union([z.string(), z.number()]), 'a'],
      [z.string().transform((value) => value), 'a'],
      [z.object({ a: z.string() }).superRefine(() => undefined), { a: 'a' }],
      [z.looseObject({ a: z.string() }), { a: 'a' }],
      [z.coerce.number(), 3],
      [z.literal('a'), 'a'],
      [z.record(z.string(), z.string()), {}],
    ];
    for (const [schema, value] of unknownToIt) {
      expect(schema.safeParse(value).success).toBe(true);
      expect(acceptsAsIs(schema, value)).toBe(false);
    }
  });

  it('takes only string enums (a TypeScript numeric enum maps names both ways)', () => {
    enum Level {
      Low = 0,
      High = 1,
    }
    expect(acceptsAsIs(z.enum(Level), 'Low')).toBe(false);
    expect(acceptsAsIs(z.enum(Level), 0)).toBe(false);
    expect(expectKept(z.enum(['a', 'b']), 'b').quick).toBe(true);
    expect(expectKept(z.enum(['a', 'b']), 'c')).toEqual({ quick: false, zod: false });
  });

  it('answers for the other stored shapes we read (snapshots, fit, reminders, timelines)', () => {
    const person = seeded.people.find((entry) => entry.fit && entry.profiles.linkedin);
    expect(acceptsAsIs(profileSnapshotSchema, stored(person?.profiles.linkedin))).toBe(true);
    expect(acceptsAsIs(fitResultSchema, stored(person?.fit))).toBe(true);
    const timeline = { personId: 'linkedin:someone', events: [{ anything: 1 }, 'kept as is'] };
    expect(expectKept(timelineRecordSchema, timeline).quick).toBe(true);
    expect(acceptsAsIs(reminderStateSchema, { surplus: 1 })).toBe(false);
  });
});
