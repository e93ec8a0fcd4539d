import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acceptsAsIs } from '@/utils/accepts-as-is';
import { menteeProfileSchema } from '@/utils/fit/mentee';
import { buildExport } from '@/utils/shortlist/portability/export';
import {
  type ExportFile,
  type ExportSettings,
  exportV2Schema,
  importLimits,
} from '@/utils/shortlist/portability/export-format';
import {
  commitImport,
  previewImport,
  type SettingsPort,
} from '@/utils/shortlist/portability/import';
import { forbiddenKey, parseImport, sizeProblem } from '@/utils/shortlist/portability/import-parse';
import { snoozeReminder } from '@/utils/shortlist/reminders/states';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { addEvent } from '@/utils/shortlist/tracker/events';
import { saveMeeting } from '@/utils/shortlist/tracker/meetings';
import {
  getPerson,
  listEvents,
  setStatus,
  shortlistProfile,
  updatePerson,
} from '@/utils/shortlist/tracker/people';
import { failPuts } from '../../../support/failing-puts';
import { fitResult, freshName, snapshot } from '../../../support/snapshots';

function memorySettings(initial: ExportSettings = {}): SettingsPort & { stored: ExportSettings } {
  const port = {
    stored: { ...initial } as ExportSettings,
    async read() {
      return { ...port.stored };
    },
    async write(settings: ExportSettings) {
      for (const [key, value] of Object.entries(settings)) {
        if (value === undefined) continue;
        if (value === null) delete (port.stored as Record<string, unknown>)[key];
        else Object.assign(port.stored, { [key]: value });
      }
    },
  };
  return port;
}

const goals = menteeProfileSchema.parse({
  targetRoles: ['ML engineer'],
  goals: [
    {
      id: 'g1',
      title: 'Ship a portfolio project',
      targetDate: '2026-06-30',
      status: 'in progress',
    },
  ],
});

async function filledDatabase(): Promise<Database> {
  const db = await openDatabase(freshName());
  await shortlistProfile(db, snapshot(), fitResult(72), new Date('2026-01-01T00:00:00Z'));
  await shortlistProfile(
    db,
    snapshot({ source: 'linkedin', handle: 'sam-l', name: 'Sam Lindqvist' }),
    fitResult(40),
    new Date('2026-01-02T00:00:00Z'),
  );
  await setStatus(
    db,
    'github:ada-okafor',
    'contacted',
    'LinkedIn note',
    new Date('2026-01-03T00:00:00Z'),
  );
  await addEvent(db, {
    id: 'e-1',
    personId: 'github:ada-okafor',
    type: 'reply',
    at: '2026-01-05T00:00:00.000Z',
    text: 'Sure!',
    channel: null,
  });
  await updatePerson(db, 'github:ada-okafor', {
    tags: ['llm'],
    notes: 'Line one\n"quoted", with comma',
    role: 'primary',
    goalIds: ['g1'],
  });
  await saveMeeting(db, {
    id: 'm-1',
    personId: 'github:ada-okafor',
    date: '2026-01-10T15:00:00.000Z',
    status: 'held',
    agenda: 'Intro',
    notes: '',
    actionItems: [{ id: 'a1', text: 'Read the paper', done: true, goalId: 'g1' }],
  });
  await snoozeReminder(
    db,
    { id: 'cadence|github:ada-okafor', kind: 'cadence', personId: 'github:ada-okafor' },
    new Date('2026-02-01T00:00:00Z'),
  );
  return db;
}

const withoutDate = (file: ExportFile) => ({ ...file, exportedAt: 'x' });
const counts = async (db: Database) =>
  Object.fromEntries(
    await Promise.all(
      (['people', 'summaryChunks', 'unlinkedTimelines', 'meetings', 'reminders'] as const).map(
        async (store) => [store, await db.count(store)],
      ),
    ),
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('export and import round trip', () => {
  it('an export imported into an empty database exports the same again', async () => {
    const source = await filledDatabase();
    const settings = memorySettings({
      menteeProfile: goals,
      quietMode: { linkedin: true, github: false },
    });
    const file = await buildExport(source, await settings.read());
    expect(file).toMatchObject({ format: 'mentorlens-export', version: 2, damaged: [] });
    expect(file.people).toHaveLength(2);
    expect(file.meetings).toHaveLength(1);
    expect(file.reminders).toHaveLength(1);

    const target = await openDatabase(freshName());
    const targetSettings = memorySettings();
    const result = await commitImport(target, JSON.stringify(file), targetSettings);
    expect(result.people).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
    expect(result.events).toEqual({ inFile: file.events.length, added: file.events.length });
    expect(result.settings.sort()).toEqual(['menteeProfile', 'quietMode']);
    const again = await buildExport(target, await targetSettings.read());
    expect(withoutDate(again)).toEqual(withoutDate(file));
    expect(await counts(target)).toEqual(await counts(source));
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const db = await filledDatabase();
    const text = JSON.stringify(await buildExport(db, {}));
    const before = await counts(db);
    const preview = await previewImport(db, text, memorySettings());
    expect(preview.people).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(preview.events.added).toBe(0);
    const result = await commitImport(db, text, memorySettings());
    expect(result.meetings).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await counts(db)).toEqual(before);
  });

  it('merges a duplicate by source:handle into the person already there, and re-homes their events', async () => {
    const db = await filledDatabase();
    const other = await openDatabase(freshName());
    // the same Ada, saved on another machine from LinkedIn, who also lists her GitHub
    await shortlistProfile(
      other,
      snapshot({ source: 'linkedin', handle: 'ada-o', name: 'Ada Okafor' }),
      fitResult(80),
      new Date('2026-01-01T00:00:00Z'),
    );
    const file = await buildExport(other, {});
    const ada = file.people[0];
    if (!ada) throw new Error('no person');
    ada.profileKeys.push('github:ada-okafor');
    ada.tags = ['research'];
    // edited there after everything done here: its status and fields win, lists are united
    ada.updatedAt = new Date(Date.now() + 60_000).toISOString();
    const text = JSON.stringify(file);

    const preview = await previewImport(db, text, memorySettings());
    expect(preview.people).toMatchObject({ added: 0, updated: 1, updatedNames: ['Ada Okafor'] });
    expect(await db.count('people')).toBe(2);

    await commitImport(db, text, memorySettings());
    expect(await db.count('people')).toBe(2);
    const found = await getPerson(db, 'github:ada-okafor');
    const merged = found && 'person' in found ? found.person : null;
    expect(merged).toMatchObject({
      id: 'github:ada-okafor',
      profileKeys: ['github:ada-okafor', 'linkedin:ada-o'],
      tags: ['llm', 'research'],
      role: 'primary',
      status: 'saved',
    });
    expect(Object.keys(merged?.profiles ?? {}).sort()).toEqual(['github', 'linkedin']);
    const { events } = await listEvents(db, 'github:ada-okafor');
    expect(events.filter((event) => event.type === 'saved')).toHaveLength(2);
  });

  it('carries damaged records in the export, apart, and skips them on import', async () => {
    const db = await filledDatabase();
    await db.put('people', { id: 'github:broken', status: 42 });
    const file = await buildExport(db, {});
    expect(file.damaged).toEqual([
      expect.objectContaining({
        store: 'people',
        key: 'github:broken',
        record: { id: 'github:broken', status: 42 },
      }),
    ]);
    const target = await openDatabase(freshName());
    const result = await commitImport(target, JSON.stringify(file), memorySettings());
    expect(result.damagedInFile).toBe(1);
    expect(await target.count('people')).toBe(2);
  });
});

describe('bad imports: a clear message naming the problem, and the database unchanged', () => {
  let db: Database;
  let good: ExportFile;
  beforeEach(async () => {
    db = await filledDatabase();
    good = await buildExport(db, {});
  });
  const edited = (change: (file: Record<string, unknown> & ExportFile) => void): string => {
    const copy = structuredClone(good) as Record<string, unknown> & ExportFile;
    change(copy);
    return JSON.stringify(copy);
  };

  const cases: Array<[string, () => string, RegExp]> = [
    [
      'a newer version',
      () => edited((file) => Object.assign(file, { version: 3 })),
      /version 3; this MentorLens reads versions 1 and 2\. Update MentorLens/,
    ],
    [
      'no version',
      () => edited((file) => delete (file as Partial<typeof file>).version),
      /version missing/,
    ],
    [
      'something else entirely',
      () => JSON.stringify({ hello: 'world' }),
      /not a MentorLens export/,
    ],
    ['a JSON array', () => '[1,2,3]', /not a MentorLens export/],
    ['an empty file', () => '  ', /empty/],
    [
      'truncated JSON',
      () => JSON.stringify(good).slice(0, 2_000),
      /not valid JSON \(it may be cut short/,
    ],
    [
      'a wrong type',
      () => edited((file) => Object.assign(file.people[0] ?? {}, { name: 42 })),
      /people\[\d\]\.name: .*expected string.* \(got 42\)/,
    ],
    [
      'an unknown field on a person',
      () => edited((file) => Object.assign(file.people[0] ?? {}, { favouriteColour: 'teal' })),
      /people\[\d\]: Unrecognized key: "favouriteColour"/,
    ],
    [
      'an unknown top-level field',
      () => edited((file) => Object.assign(file, { extra: true })),
      /Unrecognized key: "extra"/,
    ],
    [
      'a __proto__ key',
      () => JSON.stringify(good).replace('"tags":', '"__proto__":{"polluted":true},"tags":'),
      /key "people\[\d\]\.__proto__", which MentorLens refuses/,
    ],
    [
      'a constructor key',
      () => edited((file) => Object.assign(file, { constructor: { prototype: {} } })),
      /key "constructor"/,
    ],
    [
      'a date in the year 30000',
      () =>
        edited((file) =>
          Object.assign(file.people[0] ?? {}, { savedAt: '30000-01-01T00:00:00.000Z' }),
        ),
      /people\[\d\]\.savedAt: expected a UTC date .* between 1970 and 2199 \(got "30000-01-01T00:00:00\.000Z"\)/,
    ],
    [
      'an expanded-year date',
      () =>
        edited((file) =>
          Object.assign(file.events[0] ?? {}, { at: '+030000-01-01T00:00:00.000Z' }),
        ),
      /events\[0\]\.at: expected a UTC date/,
    ],
    [
      'duplicate person ids',
      () => edited((file) => file.people.push(structuredClone(file.people[0]) as never)),
      /people\[\d\] and people\[2\] have the same id/,
    ],
    [
      'duplicate event ids',
      () => edited((file) => file.events.push(structuredClone(file.events[0]) as never)),
      /events\[0\] and events\[\d+\] have the same id/,
    ],
    [
      'an event of someone not in the file',
      () => edited((file) => Object.assign(file.events[0] ?? {}, { personId: 'github:ghost' })),
      /events\[0\] belongs to "github:ghost", who is not in the file/,
    ],
    [
      '100,000 rows',
      () =>
        edited((file) =>
          Object.assign(file, { people: Array.from({ length: 100_000 }, () => ({})) }),
        ),
      /100,000 people; MentorLens imports at most 50,000 at a time/,
    ],
  ];

  it.each(cases)('%s', async (_name, text, message) => {
    const before = await buildExport(db, {});
    const settings = memorySettings();
    await expect(previewImport(db, text(), settings)).rejects.toThrow(message);
    await expect(commitImport(db, text(), settings)).rejects.toThrow(
      /Nothing was imported|nothing was imported/,
    );
    expect(withoutDate(await buildExport(db, {}))).toEqual(withoutDate(before));
    expect(settings.stored).toEqual({});
  });

  it('refuses a file past the limit by its size, before reading it', () => {
    const limit = `${(importLimits.bytes / 1024 / 1024).toFixed(1)} MB`;
    expect(sizeProblem(importLimits.bytes + 10 * 1024 * 1024)).toMatch(
      new RegExp(
        `The file is [\\d.]+ MB; MentorLens imports files up to ${limit.replace('.', '\\.')}`,
      ),
    );
    expect(sizeProblem(importLimits.bytes)).toBeNull();
    expect(sizeProblem(1_000)).toBeNull();
    const huge = `{"format":"mentorlens-export","pad":"${'x'.repeat(importLimits.bytes)}"}`;
    const parsed = parseImport(huge);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/imports files up to/);
  });

  it('the limits hold what an export can carry: the 45.8 MB export of 10,000 people imports', () => {
    expect(sizeProblem(45.8 * 1024 * 1024)).toBeNull();
    expect(importLimits.people).toBeGreaterThanOrEqual(20_000);
    // a realistic person is about 4.6 kB of export: a full shortlist fits the byte limit
    expect(importLimits.people * 4.6 * 1024).toBeLessThan(importLimits.bytes);
  });

  it('reads a file its lists pass as it is, and to the same result as parsing it all with zod', () => {
    const settings = { quietMode: null, menteeProfile: { name: 'Ada' } };
    const text = JSON.stringify({ ...good, settings });
    const read = parseImport(text);
    const whole = exportV2Schema.safeParse(JSON.parse(text));
    expect(read.ok && whole.success).toBe(true);
    if (!read.ok || !whole.success) return;
    expect(read.file).toStrictEqual(whole.data);
    // the settings were still parsed (their defaults filled in), not taken as they came
    expect(read.file.settings.menteeProfile?.careerStage).toBe('career changer');
    expect(read.file.people.length).toBe(good.people.length);
    // what an export writes passes the quick test, list by list (else zod parses them all again)
    for (const list of ['people', 'events', 'meetings', 'reminders', 'damaged'] as const)
      expect(acceptsAsIs(exportV2Schema.shape[list], JSON.parse(text)[list])).toBe(true);
  });

  it('names the same problem whether a list or the rest of the file is bad', () => {
    const badPerson = parseImport(
      edited((file) => Object.assign(file.people[0] as object, { doNotContact: 'yes' })),
    );
    expect(badPerson).toEqual({
      ok: false,
      error: expect.stringMatching(/people\[0\]\.doNotContact/),
    });
    const extraKey = parseImport(edited((file) => Object.assign(file, { surplus: 1 })));
    expect(extraKey).toEqual({ ok: false, error: expect.stringMatching(/surplus/) });
    const noEvents = parseImport(edited((file) => delete (file as Partial<ExportFile>).events));
    expect(noEvents).toEqual({ ok: false, error: expect.stringMatching(/events/) });
  });

  it('finds prototype keys anywhere, and none in clean data', () => {
    expect(forbiddenKey(JSON.parse('{"a":[{"b":{"__proto__":1}}]}'))).toBe('a[0].b.__proto__');
    expect(forbiddenKey({ a: [{ prototype: 1 }] })).toBe('a[0].prototype');
    expect(forbiddenKey(good)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses settings too big for browser sync, naming which and by how much', async () => {
    const big = {
      ...goals,
      goals: Array.from({ length: 60 }, (_, index) => ({
        id: `g${index}`,
        title: `Goal ${index} ${'x'.repeat(150)}`,
        targetDate: null,
        status: 'open',
      })),
    };
    const text = edited((file) => Object.assign(file, { settings: { menteeProfile: big } }));
    const settings = memorySettings();
    await expect(commitImport(db, text, settings)).rejects.toThrow(
      /mentee profile \(with its goals\) is \d+\.\d KB: more than the 8\.0 KB browser sync allows/,
    );
    expect(settings.stored).toEqual({});
  });
});

describe('faults while writing', () => {
  it('storage full (QuotaExceededError) in the middle of an import: a clear message, nothing half-written, settings put back', async () => {
    const source = await filledDatabase();
    const text = JSON.stringify(await buildExport(source, {}, new Date()));
    const file = JSON.parse(text) as ExportFile;
    file.settings = { quietMode: { linkedin: true, github: true } };
    const target = await openDatabase(freshName());
    await shortlistProfile(target, snapshot({ handle: 'kept' }), fitResult());
    const before = await counts(target);
    const settings = memorySettings({ quietMode: { linkedin: false, github: false } });
    let calls = 0;
    failPuts((_store, call) => {
      calls = call;
      return call === 5;
    });
    await expect(commitImport(target, JSON.stringify(file), settings)).rejects.toThrow(
      /storage is full, so the import was not saved and nothing was half-written/,
    );
    vi.restoreAllMocks();
    expect(calls).toBeGreaterThanOrEqual(5);
    expect(await counts(target)).toEqual(before);
    expect(settings.stored).toEqual({ quietMode: { linkedin: false, github: false } });
  });

  it('storage full on a status change: the message says so and the person is as before', async () => {
    const db = await filledDatabase();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(setStatus(db, 'linkedin:sam-l', 'contacted')).rejects.toThrow(
      /storage is full, so the status change was not saved/,
    );
    vi.restoreAllMocks();
    const found = await getPerson(db, 'linkedin:sam-l');
    expect(found && 'person' in found && found.person.status).toBe('saved');
    expect((await listEvents(db, 'linkedin:sam-l')).events).toHaveLength(1);
  });

  it('settings that fail to save stop the import before the database is touched', async () => {
    const db = await openDatabase(freshName());
    const source = await filledDatabase();
    const file = await buildExport(source, { quietMode: { linkedin: true, github: true } });
    const settings = memorySettings();
    settings.write = async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    };
    await expect(commitImport(db, JSON.stringify(file), settings)).rejects.toThrow(
      /settings could not be saved \(QUOTA_BYTES_PER_ITEM quota exceeded\)\. Nothing was imported/,
    );
    expect(await db.count('people')).toBe(0);
  });
});
