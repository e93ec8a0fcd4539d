import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildExport } from '@/utils/shortlist/portability/export';
import type { ExportSettings } from '@/utils/shortlist/portability/export-format';
import { commitImport, type SettingsPort } from '@/utils/shortlist/portability/import';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { chunkOf, SUMMARY_CHUNKS } from '@/utils/shortlist/store/summary-chunks';
import { addEvent } from '@/utils/shortlist/tracker/events';
import { listEvents, listSummaries, shortlistProfile } from '@/utils/shortlist/tracker/people';
import { fitResult, freshName, snapshot } from '../../../support/snapshots';

// the import writes version 3's layout: each person once with their events, each chunk once

const settings = (): SettingsPort => {
  let stored: ExportSettings = {};
  return {
    read: async () => ({ ...stored }),
    write: async (changes) => {
      stored = { ...stored, ...changes };
    },
  };
};

let source: Database;
beforeEach(async () => {
  source = await openDatabase(freshName());
  for (let n = 0; n < 60; n++) {
    const person = await shortlistProfile(
      source,
      snapshot({ handle: `p-${n}`, name: `P ${n}` }),
      fitResult(),
    );
    await addEvent(source, {
      id: `note-${n}`,
      personId: person.id,
      type: 'note',
      at: '2026-01-05T00:00:00.000Z',
      text: 'hello',
      channel: null,
    });
  }
});

describe('an import in the version-3 layout', () => {
  it('writes each person with their events in one record, and each summary chunk once', async () => {
    const file = await buildExport(source, {});
    const target = await openDatabase(freshName());
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    await commitImport(target, JSON.stringify(file), settings());
    const byStore = new Map<string, number>();
    for (const call of put.mock.contexts as IDBObjectStore[])
      byStore.set(call.name, (byStore.get(call.name) ?? 0) + 1);
    put.mockRestore();
    const chunks = new Set(file.people.map((person) => chunkOf(person.id))).size;
    expect(Object.fromEntries(byStore)).toEqual({ people: 60, summaryChunks: chunks });
    expect(chunks).toBeLessThanOrEqual(SUMMARY_CHUNKS);
    const stored = (await target.get('people', 'github:p-7')) as { events: Array<{ id: string }> };
    expect(stored.events.map((event) => event.id).sort()).toEqual(
      file.events
        .filter((event) => event.personId === 'github:p-7')
        .map((event) => event.id)
        .sort(),
    );
    expect((await listSummaries(target)).summaries).toHaveLength(60);
    // and it exports again as the same file
    expect({ ...(await buildExport(target, {})), exportedAt: 'x' }).toEqual({
      ...file,
      exportedAt: 'x',
    });
  });

  it('adds to the chunks already there, keeping the people of the shortlist it lands in', async () => {
    const target = await openDatabase(freshName());
    await shortlistProfile(target, snapshot({ handle: 'already-here' }), fitResult());
    await commitImport(target, JSON.stringify(await buildExport(source, {})), settings());
    const ids = (await listSummaries(target)).summaries.map((summary) => summary.id);
    expect(ids).toHaveLength(61);
    expect(ids).toContain('github:already-here');
  });

  it('joins a timeline kept apart by the upgrade to its person when the file brings them', async () => {
    const file = await buildExport(source, {});
    const target = await openDatabase(freshName());
    const kept = {
      id: 'kept-apart',
      personId: 'github:p-3',
      at: '2025-12-01T00:00:00.000Z',
      type: 'note',
      from: null,
      to: null,
      text: 'from before',
      channel: null,
      meetingId: null,
    };
    await target.put('unlinkedTimelines', { personId: 'github:p-3', events: [kept] });
    await commitImport(target, JSON.stringify(file), settings());
    expect(await target.get('unlinkedTimelines', 'github:p-3')).toBeUndefined();
    expect((await listEvents(target, 'github:p-3')).events.map((event) => event.id)).toContain(
      'kept-apart',
    );
  });

  it('rebuilds a damaged chunk it writes to rather than writing over its other people', async () => {
    const target = await openDatabase(freshName());
    const here = await shortlistProfile(target, snapshot({ handle: 'here' }), fitResult());
    const bucket = chunkOf(here.id);
    await target.put('summaryChunks', { bucket, summaries: 'damaged' });
    const file = await buildExport(source, {});
    // the file brings someone of the same chunk
    expect(file.people.some((person) => chunkOf(person.id) === bucket)).toBe(true);
    await commitImport(target, JSON.stringify(file), settings());
    const { summaries, problems } = await listSummaries(target);
    expect(problems).toEqual([]);
    expect(summaries.map((summary) => summary.id)).toContain(here.id);
    expect(summaries).toHaveLength(61);
  });
});
