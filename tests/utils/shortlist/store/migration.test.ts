import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_VERSION,
  type ExportSettings,
  exportV1Schema,
} from '@/utils/shortlist/portability/export-format';
import { commitImport, type SettingsPort } from '@/utils/shortlist/portability/import';
import { parseImport } from '@/utils/shortlist/portability/import-parse';
import { openDatabase } from '@/utils/shortlist/store/db';
import { personV1toV2 } from '@/utils/shortlist/store/migrations';
import { scanProblems } from '@/utils/shortlist/store/problems';
import { listEvents, listPeople, listSummaries } from '@/utils/shortlist/tracker/people';
import { freshName } from '../../../support/snapshots';

const v1Text = readFileSync(resolve(__dirname, '../../../fixtures/exports/v1-export.json'), 'utf8');
const v1 = exportV1Schema.parse(JSON.parse(v1Text));
const v1People = v1.people as Array<Record<string, unknown> & { id: string }>;
const v1Events = v1.events as Array<Record<string, unknown> & { id: string; personId: string }>;

function memorySettings(): SettingsPort & { stored: ExportSettings } {
  const port = {
    stored: {} as ExportSettings,
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

describe('the committed version-1 export, upgraded through every later version', () => {
  it('is a real version-1 file of invented people', () => {
    expect(v1.version).toBe(1);
    expect(v1People.length).toBeGreaterThanOrEqual(4);
  });

  it('loses nothing: every person, field, event and setting is there after the upgrade', () => {
    const parsed = parseImport(v1Text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.fromVersion).toBe(1);
    const { file } = parsed;
    // the export format has its own version: the database's v3 changed storage, not the file
    expect(file.version).toBe(EXPORT_VERSION);
    expect(file.people.map((person) => person.id)).toEqual(v1People.map((person) => person.id));
    for (const before of v1People) {
      const after = file.people.find((person) => person.id === before.id);
      // every version-1 field survives unchanged
      for (const [key, value] of Object.entries(before))
        expect(after?.[key as keyof typeof after]).toEqual(value);
    }
    expect(file.events).toEqual(
      v1Events.map((event) => ({ ...event, channel: null, meetingId: null })),
    );
    expect(file.settings).toMatchObject({
      quietMode: { linkedin: true, github: false },
      menteeProfile: { goals: [{ id: 'goal-portfolio' }, { id: 'goal-first-role' }] },
    });
  });

  it('rebuilds the new bookkeeping from the history it carries', () => {
    const parsed = parseImport(v1Text);
    if (!parsed.ok) throw new Error(parsed.error);
    const byId = new Map(parsed.file.people.map((person) => [person.id, person]));
    expect(byId.get('linkedin:ines-moravec-phd')?.stages).toEqual({
      contacted: '2025-10-05T10:00:00.000Z',
      replied: '2025-10-09T07:45:00.000Z',
      meeting: '2025-10-10T09:00:00.000Z',
      mentoring: '2026-01-22T17:00:00.000Z',
    });
    expect(byId.get('linkedin:tomasz-ekwueme')?.followUp).toEqual({
      lastContactAt: '2025-12-01T18:30:00.000Z',
      count: 0,
    });
    expect(byId.get('github:noor-halvorsen')).toMatchObject({
      stages: { contacted: null, replied: null, meeting: null, mentoring: null },
      cadence: 'none',
      goalIds: [],
      focusArea: null,
      fitHistory: [{ at: '2025-11-03T09:15:00.000Z', score: 78, band: 'Strong fit' }],
    });
    expect(byId.get('github:q-sandoval')?.doNotContact).toBe(true);
  });

  it('imports into an empty database with every record readable', async () => {
    const db = await openDatabase(freshName());
    const settings = memorySettings();
    const result = await commitImport(db, v1Text, settings);
    expect(result.people).toMatchObject({ added: 4, updated: 0 });
    expect(result.events.added).toBe(v1Events.length);
    const { people, problems } = await listPeople(db);
    expect(problems).toEqual([]);
    expect(people).toHaveLength(4);
    expect((await listSummaries(db)).summaries).toHaveLength(4);
    expect((await listEvents(db, 'linkedin:ines-moravec-phd')).events).toHaveLength(6);
    expect(settings.stored.menteeProfile?.goals).toHaveLength(2);
  });

  it('keeps a version-1 record it cannot read exactly as it was, and says why', () => {
    const broken = { ...v1People[0], savedAt: 'yesterday' };
    const upgraded = personV1toV2(broken, []);
    expect(upgraded).toMatchObject({ ok: false });
    expect(!upgraded.ok && upgraded.error).toMatch(/savedAt/);
  });
});

describe('a real version-1 database opened by the current (version-3) code', () => {
  it('upgrades people and events in place, adds summaries, and keeps a damaged record untouched', async () => {
    const name = freshName();
    // created by the version-1 step of the same upgrade ladder
    const old = await openDatabase(name, 1);
    expect(old.version).toBe(1);
    expect([...old.objectStoreNames].sort()).toEqual(['events', 'people']);
    // version 1's events store is not in the current schema's types
    const raw = old as unknown as IDBPDatabase;
    const tx = raw.transaction(['people', 'events'], 'readwrite');
    for (const person of v1People) await tx.objectStore('people').put(person);
    for (const event of v1Events) await tx.objectStore('events').put(event);
    const damaged = {
      id: 'github:half-written',
      profileKeys: ['github:half-written'],
      status: 'flying',
    };
    await tx.objectStore('people').put(damaged);
    // an event that fails version 1's schema: it moves with the others, as it was, and is reported
    const brokenEvent = {
      id: 'broken-event',
      personId: 'github:noor-halvorsen',
      at: 'someday',
      type: 'note',
    };
    await tx.objectStore('events').put(brokenEvent);
    await tx.done;
    old.close();

    const db = await openDatabase(name);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual([
      'meetings',
      'people',
      'reminders',
      'summaryChunks',
      'unlinkedTimelines',
    ]);
    expect([...db.transaction('people').store.indexNames]).toEqual(['profileKeys']);
    const { people, problems } = await listPeople(db);
    expect(people.map((person) => person.id).sort()).toEqual(
      v1People.map((person) => person.id).sort(),
    );
    expect(problems.map((problem) => problem.key)).toEqual(['github:half-written']);
    expect(await db.get('people', 'github:half-written')).toEqual(damaged);
    const ines = people.find((person) => person.id === 'linkedin:ines-moravec-phd');
    expect(ines).toMatchObject({
      role: 'primary',
      tags: ['vision', 'research'],
      status: 'mentoring',
    });
    expect(ines?.stages.mentoring).toBe('2026-01-22T17:00:00.000Z');
    const { summaries } = await listSummaries(db);
    expect(summaries.map((summary) => summary.id).sort()).toEqual(
      people.map((person) => person.id).sort(),
    );
    const { events } = await listEvents(db, 'linkedin:ines-moravec-phd');
    expect(events.map((event) => [event.type, event.to, event.channel])).toEqual([
      ['saved', 'saved', null],
      ['status', 'contacted', null],
      ['status', 'replied', null],
      ['note', null, null],
      ['status', 'meeting-scheduled', null],
      ['status', 'mentoring', null],
    ]);
    const scan = await scanProblems(db, true);
    expect(scan.problems.map((problem) => `${problem.store}:${problem.key}`).sort()).toEqual([
      'people:github:half-written',
      'timelines:github:noor-halvorsen#broken-event',
    ]);
    // v1 → 2 → 3 in one upgrade: the timeline ends inside the person's record
    expect(await db.get('people', 'github:noor-halvorsen')).toMatchObject({
      events: expect.arrayContaining([brokenEvent]),
    });
    expect(
      (await listEvents(db, 'github:noor-halvorsen')).events.map((event) => event.type),
    ).toEqual(['saved']);
  });

  it('opens an empty version-1 database too', async () => {
    const name = freshName();
    (await openDatabase(name, 1)).close();
    const db = await openDatabase(name);
    expect(db.version).toBe(3);
    expect(await db.count('summaryChunks')).toBe(0);
    expect((await listPeople(db)).people).toEqual([]);
  });
});
