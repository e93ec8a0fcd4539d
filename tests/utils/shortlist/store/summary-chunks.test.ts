import { beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { scanProblems } from '@/utils/shortlist/store/problems';
import {
  chunkOf,
  readChunk,
  SUMMARY_CHUNKS,
  withSummaries,
} from '@/utils/shortlist/store/summary-chunks';
import {
  getSummaries,
  listSummaries,
  recentSummaries,
  removePerson,
  setStatus,
  shortlistProfile,
} from '@/utils/shortlist/tracker/people';
import { summarize } from '@/utils/shortlist/tracker/summarize';
import { chunkEntriesOf, putRawSummary } from '../../../support/chunks';
import { fitResult, freshName, snapshot } from '../../../support/snapshots';

let db: Database;
beforeEach(async () => {
  db = await openDatabase(freshName());
});

/** `count` GitHub handles whose people share one chunk */
function sameChunk(count: number, prefix = 'mate'): string[] {
  const bucket = chunkOf(`github:${prefix}-0`);
  const handles: string[] = [];
  for (let n = 0; handles.length < count; n++)
    if (chunkOf(`github:${prefix}-${n}`) === bucket) handles.push(`${prefix}-${n}`);
  return handles;
}

const save = (handle: string) =>
  shortlistProfile(db, snapshot({ handle, name: handle }), fitResult());

describe('chunkOf', () => {
  it('is a stable hash into the fixed chunks (stored data depends on it never changing)', () => {
    expect(chunkOf('github:ada-okafor')).toBe(chunkOf('github:ada-okafor'));
    // pinned: a change of the hash would leave every stored summary in the wrong chunk
    expect(['github:ada-okafor', 'linkedin:grace-example', '', '\u{1F600}'].map(chunkOf)).toEqual([
      22, 12, 11, 6,
    ]);
    for (const id of ['', 'x', 'github:a'.repeat(100), '__proto__', '\u{1F600}']) {
      const bucket = chunkOf(id);
      expect(Number.isInteger(bucket) && bucket >= 0 && bucket < SUMMARY_CHUNKS).toBe(true);
    }
  });

  it('spreads similar ids over every chunk', () => {
    const used = new Set(Array.from({ length: 1_000 }, (_, n) => chunkOf(`github:person-${n}`)));
    expect(used.size).toBe(SUMMARY_CHUNKS);
  });
});

describe('readChunk', () => {
  let base: ReturnType<typeof summarize>;
  beforeEach(async () => {
    base = summarize(await save('base'));
  });
  const valid = (handle: string) => ({ ...base, id: `github:${handle}` });

  it('reads a missing chunk as empty, not as damage', () => {
    expect(readChunk(3, undefined)).toMatchObject({ summaries: [], problems: [], damaged: false });
  });

  it('reports a damaged chunk as one problem that names it', () => {
    for (const hostile of [
      'not a chunk',
      null,
      42,
      [],
      { bucket: 3 },
      { bucket: 3, summaries: 'many' },
      { bucket: 3, summaries: [], extra: true },
      { bucket: 2, summaries: [] },
      { bucket: 99, summaries: [] },
    ]) {
      const read = readChunk(3, hostile);
      expect(read.damaged, JSON.stringify(hostile)).toBe(true);
      expect(read.summaries).toEqual([]);
      expect(read.problems).toEqual([
        expect.objectContaining({ store: 'summaryChunks', key: 'chunk 3' }),
      ]);
    }
  });

  it('reports each damaged summary on its own and reads the others', () => {
    const handles = sameChunk(2, 'read');
    const [a, b] = handles.map((handle) => valid(handle));
    if (!a || !b) throw new Error('no summaries');
    const bucket = chunkOf(a.id);
    const wrongChunk = sameChunk(1, 'elsewhere').map(valid)[0];
    const entries = [
      a,
      null,
      'a string',
      { id: '__proto__', status: 'saved' },
      { ...b, status: 'no such status' },
      b,
      ...(wrongChunk && chunkOf(wrongChunk.id) !== bucket ? [wrongChunk] : []),
    ];
    const read = readChunk(bucket, { bucket, summaries: entries });
    expect(read.damaged).toBe(false);
    expect(read.summaries.map((summary) => summary.id)).toEqual([a.id, b.id]);
    expect(read.problems.map((problem) => problem.key)).toEqual([
      `chunk ${bucket}#1`,
      `chunk ${bucket}#2`,
      '__proto__',
      b.id,
      ...(wrongChunk && chunkOf(wrongChunk.id) !== bucket ? [wrongChunk.id] : []),
    ]);
    // every entry is kept, damaged ones included, so writing back loses nothing
    expect(read.raw).toHaveLength(entries.length);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
  });

  it('replaces entries by id and keeps every other one as it is', () => {
    const [a] = [valid('keep')];
    if (!a) throw new Error('no summary');
    const damaged = { id: a.id, status: 'broken' };
    const stranger = { nonsense: true };
    expect(withSummaries([damaged, stranger], [a])).toEqual([stranger, a]);
  });
});

describe('summaries in chunks, through the writers', () => {
  it('a damaged summary in a chunk hides no one else in it', async () => {
    const [first, second] = sameChunk(2, 'hide');
    if (!first || !second) throw new Error('no handles');
    await save(first);
    await save(second);
    await putRawSummary(db, { id: 'github:damaged', status: 'flying' }, chunkOf(`github:${first}`));
    const { summaries, problems } = await listSummaries(db);
    expect(summaries.map((summary) => summary.id).sort()).toEqual(
      [`github:${first}`, `github:${second}`].sort(),
    );
    expect(problems).toEqual([
      expect.objectContaining({ store: 'summaries', key: 'github:damaged' }),
    ]);
    // a later write to the chunk keeps the damaged entry as it was
    await setStatus(db, `github:${first}`, 'contacted');
    expect(await chunkEntriesOf(db, `github:${first}`)).toContainEqual({
      id: 'github:damaged',
      status: 'flying',
    });
  });

  it('getSummaries gives the asked-for people of a chunk, whatever else in it is damaged', async () => {
    const [first, second] = sameChunk(2, 'ask');
    if (!first || !second) throw new Error('no handles');
    await save(first);
    await save(second);
    const bucket = chunkOf(`github:${first}`);
    // a damaged neighbour, a damaged entry under an asked-for id, and one filed in the wrong chunk
    await putRawSummary(db, { id: 'github:damaged', status: 'flying' }, bucket);
    await putRawSummary(db, { id: 'github:asked-but-damaged', status: 'flying' });
    const misfiled = summarize(await save('misfiled'));
    await putRawSummary(
      db,
      { ...misfiled, id: 'github:misfiled' },
      (chunkOf(misfiled.id) + 1) % 32,
    );
    const got = await getSummaries(db, [
      `github:${second}`,
      'github:asked-but-damaged',
      'github:nobody',
      `github:${first}`,
    ]);
    expect(got.map((summary) => summary.id)).toEqual([`github:${second}`, `github:${first}`]);
    // the one in its own chunk is found; the misfiled copy elsewhere is never taken for it
    expect(await getSummaries(db, ['github:misfiled'])).toEqual([misfiled]);
    await db.put('summaryChunks', { bucket, summaries: 'overwritten by something' });
    expect(await getSummaries(db, [`github:${first}`])).toEqual([]);
  });

  it('a damaged chunk is reported, the others still list, and the next write rebuilds it from the people', async () => {
    const [first, second] = sameChunk(2, 'rebuild');
    const [other] = sameChunk(1, 'apart');
    if (!first || !second || !other) throw new Error('no handles');
    for (const handle of [first, second, other]) await save(handle);
    const bucket = chunkOf(`github:${first}`);
    if (chunkOf(`github:${other}`) === bucket) throw new Error('expected another chunk');
    await db.put('summaryChunks', { bucket, summaries: 'overwritten by something' });
    const listed = await listSummaries(db);
    expect(listed.summaries.map((summary) => summary.id)).toEqual([`github:${other}`]);
    expect(listed.problems).toEqual([
      expect.objectContaining({ store: 'summaryChunks', key: `chunk ${bucket}` }),
    ]);
    expect((await recentSummaries(db, 10)).problems).toEqual(listed.problems);
    // one person's write must not leave their chunk-mates without a row
    await setStatus(db, `github:${first}`, 'contacted');
    const after = await listSummaries(db);
    expect(after.problems).toEqual([]);
    expect(after.summaries.map((summary) => summary.id).sort()).toEqual(
      [`github:${first}`, `github:${second}`, `github:${other}`].sort(),
    );
    expect(after.summaries.find((summary) => summary.id === `github:${first}`)?.status).toBe(
      'contacted',
    );
  });

  it('the problem scan names a damaged chunk and writes its rows again', async () => {
    const [first] = sameChunk(1, 'scan');
    if (!first) throw new Error('no handle');
    await save(first);
    const bucket = chunkOf(`github:${first}`);
    await db.put('summaryChunks', { bucket: bucket + 100, summaries: [] } as never);
    await db.put('summaryChunks', { bucket, summaries: [], extra: 1 } as never);
    const scan = await scanProblems(db, true);
    expect(scan.problems).toContainEqual(
      expect.objectContaining({ store: 'summaryChunks', key: `chunk ${bucket}` }),
    );
    expect(scan.repaired.map((summary) => summary.id)).toEqual([`github:${first}`]);
    expect((await listSummaries(db)).summaries.map((summary) => summary.id)).toEqual([
      `github:${first}`,
    ]);
  });

  it('deleting a person takes their summary out of its chunk and leaves their chunk-mates', async () => {
    const [gone, stays] = sameChunk(2, 'delete');
    if (!gone || !stays) throw new Error('no handles');
    await save(gone);
    await save(stays);
    expect(await removePerson(db, `github:${gone}`)).toBe(true);
    expect(
      (await chunkEntriesOf(db, `github:${stays}`)).map((entry) => (entry as { id: string }).id),
    ).toEqual([`github:${stays}`]);
    expect(await getSummaries(db, [`github:${gone}`, `github:${stays}`])).toEqual([
      expect.objectContaining({ id: `github:${stays}` }),
    ]);
  });

  it('writers of the same chunk in separate transactions lose no one', async () => {
    const handles = sameChunk(12, 'race');
    await Promise.all(handles.map(save));
    await Promise.all(handles.map((handle) => setStatus(db, `github:${handle}`, 'contacted')));
    const entries = await chunkEntriesOf(db, `github:${handles[0]}`);
    expect(entries).toHaveLength(handles.length);
    const { summaries } = await listSummaries(db);
    expect(summaries.map((summary) => summary.id).sort()).toEqual(
      handles.map((handle) => `github:${handle}`).sort(),
    );
    expect(new Set(summaries.map((summary) => summary.status))).toEqual(new Set(['contacted']));
  });

  it('the first screen is the newest saved, across chunks, a damaged one counted in its place', async () => {
    const saves = ['2026-01-01', '2026-01-03', '2026-01-02', '2026-01-05'];
    for (const [n, day] of saves.entries())
      await shortlistProfile(
        db,
        snapshot({ handle: `day-${n}` }),
        fitResult(),
        new Date(`${day}T00:00:00Z`),
      );
    await putRawSummary(db, { id: 'github:broken', savedAt: '2026-01-04T00:00:00.000Z' });
    await putRawSummary(db, { id: 'github:undated', savedAt: 7 });
    const recent = await recentSummaries(db, 3);
    expect(recent.summaries.map((summary) => summary.id)).toEqual(['github:day-3', 'github:day-1']);
    expect(recent.problems.map((problem) => problem.key)).toEqual(['github:broken']);
    expect(recent.total).toBe(6);
  });
});
