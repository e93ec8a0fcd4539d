import { beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { putSummaries, SUMMARY_CHUNKS } from '@/utils/shortlist/store/summary-chunks';
import {
  countPeople,
  findPerson,
  listEvents,
  listPeople,
  listSummaries,
  recentSummaries,
  removePerson,
  ShortlistError,
  setStatus,
  shortlistProfile,
} from '@/utils/shortlist/tracker/people';
import { putRawSummary } from '../../../support/chunks';
import { fitResult, freshName, snapshot } from '../../../support/snapshots';

let db: Database;
beforeEach(async () => {
  db = await openDatabase(freshName());
});

describe('shortlistProfile', () => {
  it('stores a new person as saved, keyed by source:handle, with a saved event', async () => {
    const person = await shortlistProfile(
      db,
      snapshot(),
      fitResult(),
      new Date('2026-01-02T03:04:05Z'),
    );
    expect(person).toMatchObject({
      id: 'github:ada-okafor',
      status: 'saved',
      name: 'Ada Okafor',
      savedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(person.fit?.score).toBe(72);
    const { events } = await listEvents(db, person.id);
    expect(events.map((event) => [event.type, event.to])).toEqual([['saved', 'saved']]);
  });

  it('never stores the same person twice, whatever the handle case', async () => {
    await shortlistProfile(db, snapshot(), fitResult(60));
    const again = await shortlistProfile(
      db,
      snapshot({ handle: 'Ada-Okafor', headline: 'Staff ML engineer' }),
      fitResult(80),
    );
    expect(await countPeople(db)).toBe(1);
    expect(again.headline).toBe('Staff ML engineer');
    expect(again.fit?.score).toBe(80);
    expect((await listEvents(db, again.id)).events).toHaveLength(1);
  });

  it('keeps the status when a shortlisted person is saved again', async () => {
    await shortlistProfile(db, snapshot(), fitResult());
    await setStatus(db, 'github:ada-okafor', 'contacted');
    const again = await shortlistProfile(db, snapshot(), fitResult());
    expect(again.status).toBe('contacted');
  });

  it('makes one person of five simultaneous shortlists', async () => {
    await Promise.all(
      Array.from({ length: 5 }, () => shortlistProfile(db, snapshot(), fitResult())),
    );
    expect(await countPeople(db)).toBe(1);
    expect((await listEvents(db, 'github:ada-okafor')).events).toHaveLength(1);
  });

  it('refuses to overwrite a damaged record and leaves it as it was', async () => {
    const damaged = {
      id: 'github:ada-okafor',
      profileKeys: ['github:ada-okafor'],
      status: 'flying',
    };
    await db.put('people', damaged);
    await expect(shortlistProfile(db, snapshot(), fitResult())).rejects.toThrow(ShortlistError);
    await expect(shortlistProfile(db, snapshot(), fitResult())).rejects.toThrow(
      /damaged .*kept as it is/,
    );
    expect(await db.get('people', 'github:ada-okafor')).toEqual(damaged);
  });
});

describe('listPeople', () => {
  it('lists readable people newest first and reports damaged records without dropping them', async () => {
    await shortlistProfile(
      db,
      snapshot({ handle: 'first' }),
      fitResult(),
      new Date('2026-01-01T00:00:00Z'),
    );
    await shortlistProfile(
      db,
      snapshot({ handle: 'second' }),
      fitResult(),
      new Date('2026-02-01T00:00:00Z'),
    );
    await db.put('people', { id: 'github:broken', profileKeys: ['github:broken'], name: 42 });
    const { people, problems } = await listPeople(db);
    expect(people.map((person) => person.id)).toEqual(['github:second', 'github:first']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ store: 'people', key: 'github:broken' });
    expect(problems[0]?.error).toMatch(/name|profiles|status/);
    expect(await db.count('people')).toBe(3);
  });
});

describe('findPerson', () => {
  it('finds by either profile key, case-insensitively, and says when there is none', async () => {
    await shortlistProfile(db, snapshot(), fitResult());
    expect(await findPerson(db, 'github:ADA-OKAFOR')).toMatchObject({
      person: { id: 'github:ada-okafor' },
    });
    expect(await findPerson(db, 'github:someone-else')).toBeNull();
  });
});

describe('setStatus', () => {
  beforeEach(async () => {
    await shortlistProfile(db, snapshot(), fitResult(), new Date('2026-02-01T00:00:00Z'));
  });

  it('moves along the pipeline and records each change as an event', async () => {
    await setStatus(
      db,
      'github:ada-okafor',
      'contacted',
      'LinkedIn note',
      new Date('2026-03-01T00:00:00Z'),
    );
    const person = await setStatus(
      db,
      'github:ada-okafor',
      'replied',
      null,
      new Date('2026-03-05T00:00:00Z'),
    );
    expect(person.status).toBe('replied');
    expect(person.statusChangedAt).toBe('2026-03-05T00:00:00.000Z');
    const { events } = await listEvents(db, person.id);
    expect(events.map((event) => [event.type, event.from, event.to, event.text])).toEqual([
      ['saved', null, 'saved', null],
      ['status', 'saved', 'contacted', 'LinkedIn note'],
      ['status', 'contacted', 'replied', null],
    ]);
  });

  it('treats the same move twice as one (a retried write is harmless)', async () => {
    await setStatus(db, 'github:ada-okafor', 'contacted');
    await setStatus(db, 'github:ada-okafor', 'contacted');
    expect((await listEvents(db, 'github:ada-okafor')).events).toHaveLength(2);
  });

  it('refuses a move the pipeline does not allow, and changes nothing', async () => {
    await expect(setStatus(db, 'github:ada-okafor', 'mentoring')).rejects.toThrow(
      /Can't move from "saved" to "mentoring"/,
    );
    expect((await findPerson(db, 'github:ada-okafor')) ?? {}).toMatchObject({
      person: { status: 'saved' },
    });
  });

  it('says plainly when the person is not there', async () => {
    await expect(setStatus(db, 'github:nobody', 'contacted')).rejects.toThrow(
      /No one with id github:nobody/,
    );
  });
});

describe('removePerson', () => {
  it('removes the person and all their events, and only theirs', async () => {
    await shortlistProfile(db, snapshot(), fitResult());
    await shortlistProfile(db, snapshot({ handle: 'sam' }), fitResult());
    await setStatus(db, 'github:ada-okafor', 'contacted');
    expect(await removePerson(db, 'github:ada-okafor')).toBe(true);
    expect(await findPerson(db, 'github:ada-okafor')).toBeNull();
    expect((await listEvents(db, 'github:ada-okafor')).events).toEqual([]);
    expect((await listEvents(db, 'github:sam')).events).toHaveLength(1);
    expect(await removePerson(db, 'github:ada-okafor')).toBe(false);
  });
});

describe('the summary of someone the page told too little about', () => {
  it('keeps no score beside "Not enough to score": nothing to sort, filter or export by', async () => {
    const thin = { ...fitResult(35), band: 'Not enough to score' as const };
    await shortlistProfile(db, snapshot(), thin);
    await shortlistProfile(
      db,
      snapshot({ handle: 'grace-example', name: 'Grace Example' }),
      fitResult(50),
    );
    const { summaries } = await listSummaries(db);
    const byName = Object.fromEntries(summaries.map((s) => [s.name, s]));
    expect(byName['Ada Okafor']).toMatchObject({ fitScore: null, fitBand: 'Not enough to score' });
    expect(byName['Grace Example']).toMatchObject({ fitScore: 50, fitBand: 'Promising' });
  });
});

describe('listSummaries over every chunk', () => {
  it('reads every summary once, across all the chunks', async () => {
    const person = await shortlistProfile(db, snapshot(), fitResult());
    const [stored] = (await listSummaries(db)).summaries;
    if (!stored) throw new Error('no summary');
    const tx = db.transaction(['people', 'summaryChunks'], 'readwrite');
    const others = Array.from({ length: 2_345 }, (_, n) => ({
      ...stored,
      id: `github:person-${String(n).padStart(4, '0')}`,
    }));
    await putSummaries(tx, others);
    await tx.done;
    expect(person.id).toBe(stored.id);
    expect((await db.getAllKeys('summaryChunks')).length).toBe(SUMMARY_CHUNKS);
    const { summaries, problems } = await listSummaries(db);
    expect(problems).toEqual([]);
    expect(summaries).toHaveLength(2_346);
    expect(new Set(summaries.map((summary) => summary.id)).size).toBe(2_346);
  });
});

describe('recentSummaries', () => {
  const saveAt = (handle: string, at: string) =>
    shortlistProfile(db, snapshot({ handle }), fitResult(), new Date(at));

  it('the newest `first` people, newest first, and how many there are in all', async () => {
    await saveAt('one', '2026-01-01T00:00:00Z');
    await saveAt('three', '2026-01-03T00:00:00Z');
    await saveAt('two', '2026-01-02T00:00:00Z');
    await saveAt('five', '2026-01-05T00:00:00Z');
    await saveAt('four', '2026-01-04T00:00:00Z');
    const recent = await recentSummaries(db, 3);
    expect(recent.summaries.map((summary) => summary.id)).toEqual([
      'github:five',
      'github:four',
      'github:three',
    ]);
    expect(recent.total).toBe(5);
    expect(recent.problems).toEqual([]);
  });

  it('everyone when there are fewer than asked for, and one when one is asked for', async () => {
    await saveAt('one', '2026-01-01T00:00:00Z');
    await saveAt('two', '2026-01-02T00:00:00Z');
    expect((await recentSummaries(db, 50)).summaries.map((summary) => summary.id)).toEqual([
      'github:two',
      'github:one',
    ]);
    expect((await recentSummaries(db, 1)).summaries.map((summary) => summary.id)).toEqual([
      'github:two',
    ]);
    expect(await recentSummaries(await openDatabase(freshName()), 50)).toEqual({
      summaries: [],
      problems: [],
      total: 0,
    });
  });

  it('people saved at the same moment come in the order a backward walk of the index gives', async () => {
    for (const handle of ['a', 'b', 'c', 'd']) await saveAt(handle, '2026-01-01T00:00:00Z');
    await saveAt('newest', '2026-02-01T00:00:00Z');
    expect((await recentSummaries(db, 3)).summaries.map((summary) => summary.id)).toEqual([
      'github:newest',
      'github:d',
      'github:c',
    ]);
  });

  it('reports a damaged summary among the newest as a problem, counted in the first screen', async () => {
    await saveAt('one', '2026-01-01T00:00:00Z');
    await saveAt('two', '2026-01-02T00:00:00Z');
    await putRawSummary(db, {
      id: 'github:broken',
      savedAt: '2026-01-03T00:00:00.000Z',
      status: 'no such status',
    });
    const recent = await recentSummaries(db, 2);
    expect(recent.problems.map((problem) => problem.key)).toEqual(['github:broken']);
    expect(recent.summaries.map((summary) => summary.id)).toEqual(['github:two']);
    expect(recent.total).toBe(3);
  });
});
