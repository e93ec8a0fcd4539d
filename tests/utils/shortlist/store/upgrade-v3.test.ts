import type { IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExport } from '@/utils/shortlist/portability/export';
import { openDatabase } from '@/utils/shortlist/store/db';
import { UNASSIGNED_TIMELINE } from '@/utils/shortlist/store/migrations';
import { scanProblems } from '@/utils/shortlist/store/problems';
import { chunkOf } from '@/utils/shortlist/store/summary-chunks';
import { layoutV3 } from '@/utils/shortlist/store/upgrade-v3';
import {
  listEvents,
  listPeople,
  listSummaries,
  setStatus,
  shortlistProfile,
} from '@/utils/shortlist/tracker/people';
import { summarize } from '@/utils/shortlist/tracker/summarize';
import { failPuts } from '../../../support/failing-puts';
import { fitResult, freshName, snapshot } from '../../../support/snapshots';

afterEach(() => {
  vi.restoreAllMocks();
});

const event = (personId: string, id: string, at = '2026-01-02T00:00:00.000Z') => ({
  id,
  personId,
  at,
  type: 'note',
  from: null,
  to: null,
  text: `note ${id}`,
  channel: null,
  meetingId: null,
});

/** a version-2 database written as the version-2 code stored it, damaged records included */
async function v2Database() {
  const name = freshName();
  // people made by today's writers, then laid out as version 2 kept them
  const scratch = await openDatabase(freshName());
  const ada = await shortlistProfile(scratch, snapshot({ handle: 'ada' }), fitResult());
  const sam = await shortlistProfile(
    scratch,
    snapshot({ handle: 'sam', name: 'Sam' }),
    fitResult(),
  );
  scratch.close();
  const old = (await openDatabase(name, 2)) as unknown as IDBPDatabase;
  expect(old.version).toBe(2);
  const damagedPerson = { id: 'github:half', profileKeys: ['github:half'], status: 'flying' };
  // a hostile record that already holds something called events
  const squatter = { id: 'github:squat', profileKeys: ['github:squat'], events: 'mine' };
  const timelines = [
    { personId: ada.id, events: [event(ada.id, 'a1'), { id: 'bad-event', at: 'never' }] },
    { personId: sam.id, events: 'not a list' },
    { personId: damagedPerson.id, events: [event(damagedPerson.id, 'h1')] },
    { personId: squatter.id, events: [event(squatter.id, 's1')] },
    { personId: 'github:gone', events: [event('github:gone', 'g1')] },
    { personId: UNASSIGNED_TIMELINE, events: [{ id: 'orphan', at: 'someday', type: 'note' }] },
  ];
  const damagedSummary = { id: 'github:half', status: 'flying' };
  const tx = old.transaction(['people', 'timelines', 'summaries'], 'readwrite');
  for (const record of [ada, sam, damagedPerson, squatter])
    await tx.objectStore('people').put(record);
  for (const record of timelines) await tx.objectStore('timelines').put(record);
  for (const record of [summarize(ada), summarize(sam), damagedSummary])
    await tx.objectStore('summaries').put(record);
  await tx.done;
  old.close();
  return { name, ada, sam, damagedPerson, squatter, timelines, damagedSummary };
}

describe('a version-2 database opened by the version-3 code', () => {
  it('moves each timeline into its person and the summaries into chunks, and drops the old stores', async () => {
    const { name, ada, sam } = await v2Database();
    const db = await openDatabase(name);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual([
      'meetings',
      'people',
      'reminders',
      'summaryChunks',
      'unlinkedTimelines',
    ]);
    const { people } = await listPeople(db);
    expect(people).toEqual(expect.arrayContaining([ada, sam]));
    expect((await listEvents(db, ada.id)).events.map((e) => e.id)).toEqual(['a1']);
    const stored = (await db.get('people', ada.id)) as { events: unknown[] };
    expect(stored.events).toHaveLength(2);
    const { summaries } = await listSummaries(db);
    expect(summaries).toEqual(expect.arrayContaining([summarize(ada), summarize(sam)]));
    expect(await db.count('summaryChunks')).toBeLessThanOrEqual(3);
    expect(await db.get('summaryChunks', chunkOf(ada.id))).toMatchObject({
      bucket: chunkOf(ada.id),
      summaries: expect.arrayContaining([summarize(ada)]),
    });
  });

  it('keeps every damaged record, as it was, and still reports it', async () => {
    const { name, ada, sam, damagedPerson, squatter, timelines, damagedSummary } =
      await v2Database();
    const db = await openDatabase(name);
    // a damaged person keeps their fields untouched and gains their events, still readable
    expect(await db.get('people', damagedPerson.id)).toEqual({
      ...damagedPerson,
      events: timelines[2]?.events,
    });
    expect((await listEvents(db, damagedPerson.id)).events.map((e) => e.id)).toEqual(['h1']);
    // a record that held "events" of its own is untouched; its timeline is kept apart
    expect(await db.get('people', squatter.id)).toEqual(squatter);
    expect(await db.get('unlinkedTimelines', squatter.id)).toEqual(timelines[3]);
    // a damaged timeline, one whose person is gone, and version 1's unassigned events: apart, whole
    expect(await db.get('unlinkedTimelines', sam.id)).toEqual(timelines[1]);
    expect(await db.get('unlinkedTimelines', 'github:gone')).toEqual(timelines[4]);
    expect(await db.get('unlinkedTimelines', UNASSIGNED_TIMELINE)).toEqual(timelines[5]);
    expect((await listEvents(db, 'github:gone')).events.map((e) => e.id)).toEqual(['g1']);
    // the damaged summary sits in its chunk as it was, reported, hiding no one
    const listed = await listSummaries(db);
    expect(listed.problems).toEqual([
      expect.objectContaining({ store: 'summaries', key: damagedSummary.id }),
    ]);
    expect(listed.summaries.map((s) => s.id).sort()).toEqual([ada.id, sam.id].sort());
    const scan = await scanProblems(db, true);
    expect(scan.problems.map((p) => `${p.store} ${p.key}`).sort()).toEqual(
      [
        `people ${damagedPerson.id}`,
        `people ${squatter.id}`,
        `timelines ${squatter.id}`,
        `summaries ${damagedSummary.id}`,
        `timelines ${ada.id}#bad-event`,
        `timelines ${sam.id}`,
        `timelines ${UNASSIGNED_TIMELINE}#orphan`,
      ].sort(),
    );
    // the export still carries all of it in the same file format
    const file = await buildExport(db, {});
    expect(file.version).toBe(2);
    expect(file.events.map((e) => e.id).sort()).toEqual(['a1', 'g1', 'h1', 's1'].sort());
    expect(file.damaged.map((d) => `${d.store} ${d.key}`).sort()).toEqual(
      [
        `people ${damagedPerson.id}`,
        `people ${squatter.id}`,
        `timelines ${squatter.id}`,
        `timelines ${ada.id}#bad-event`,
        `timelines ${sam.id}`,
        `timelines ${UNASSIGNED_TIMELINE}#orphan`,
      ].sort(),
    );
    // a damaged person is exported as version 2 stored it: without the events it now holds
    expect(file.damaged.find((d) => d.key === damagedPerson.id)?.record).toEqual(damagedPerson);
  });

  it('leaves a person whose timeline was damaged writable, the damaged timeline kept apart', async () => {
    const { name, sam, timelines } = await v2Database();
    const db = await openDatabase(name);
    await setStatus(db, sam.id, 'contacted');
    expect((await listEvents(db, sam.id)).events.map((e) => e.to)).toEqual(['contacted']);
    expect((await listEvents(db, sam.id)).problems).toEqual([
      expect.objectContaining({ store: 'timelines', key: sam.id }),
    ]);
    expect(await db.get('unlinkedTimelines', sam.id)).toEqual(timelines[1]);
  });

  it('is all or nothing: a failed upgrade leaves version 2 as it was', async () => {
    const { name } = await v2Database();
    failPuts((store) => store.name === 'summaryChunks');
    await expect(openDatabase(name)).rejects.toBeTruthy();
    vi.restoreAllMocks();
    const old = (await openDatabase(name, 2)) as unknown as IDBPDatabase;
    expect(old.version).toBe(2);
    expect([...old.objectStoreNames].sort()).toEqual([
      'meetings',
      'people',
      'reminders',
      'summaries',
      'timelines',
    ]);
    expect(await old.count('timelines')).toBe(6);
    expect(await old.count('summaries')).toBe(3);
    expect(
      ((await old.get('people', 'github:ada')) as object | undefined) ?? {},
    ).not.toHaveProperty('events');
    old.close();
    // and the next try upgrades it whole
    const db = await openDatabase(name);
    expect(db.version).toBe(3);
    expect((await listSummaries(db)).summaries).toHaveLength(2);
  });
});

describe('a version-1 database opened by the version-3 code', () => {
  it('runs both steps in one transaction: a failure in the second leaves version 1 as it was', async () => {
    const name = freshName();
    const old = (await openDatabase(name, 1)) as unknown as IDBPDatabase;
    const person = { id: 'github:v1', profileKeys: ['github:v1'], status: 'saved' };
    const tx = old.transaction(['people', 'events'], 'readwrite');
    await tx.objectStore('people').put(person);
    await tx.objectStore('events').put({ id: 'e1', personId: 'github:v1', at: 'x', type: 'note' });
    await tx.done;
    old.close();
    failPuts((store) => store.name === 'people');
    await expect(openDatabase(name)).rejects.toBeTruthy();
    vi.restoreAllMocks();
    const again = (await openDatabase(name, 1)) as unknown as IDBPDatabase;
    expect(again.version).toBe(1);
    expect([...again.objectStoreNames].sort()).toEqual(['events', 'people']);
    expect(await again.get('people', 'github:v1')).toEqual(person);
    expect(await again.count('events')).toBe(1);
    again.close();
    // the damaged person and their damaged event both reach version 3, as they were
    const db = await openDatabase(name);
    expect(db.version).toBe(3);
    expect(await db.get('people', 'github:v1')).toEqual({
      ...person,
      events: [{ id: 'e1', personId: 'github:v1', at: 'x', type: 'note' }],
    });
  });
});

describe('layoutV3 (the upgrade worked out on its own)', () => {
  it('drops nothing it is handed, however strange', () => {
    const hostile: unknown[] = [null, 'text', 7, [], { personId: 'github:x', events: [] }];
    const layout = layoutV3(
      [
        ['github:x', 'not an object'],
        ['github:y', { id: 'github:y' }],
      ],
      hostile.map((value, index) => [index === 4 ? 'github:x' : `k${index}`, value] as const),
      [
        ['github:y', { id: 'github:y', status: 1 }],
        ['github:z', null],
      ],
    );
    // a person record that is not an object can't take events: its timeline stays apart
    expect(layout.people).toEqual([]);
    expect(layout.unlinked).toEqual(hostile);
    expect(layout.chunks.flatMap((chunk) => chunk.summaries)).toEqual(
      expect.arrayContaining([{ id: 'github:y', status: 1 }, null]),
    );
    expect(layout.chunks.flatMap((chunk) => chunk.summaries)).toHaveLength(2);
  });
});
