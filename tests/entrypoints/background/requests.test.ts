import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { streamedExport } from '@/components/dashboard/transfer';
import { handle } from '@/entrypoints/background/handlers';
import { servePort } from '@/entrypoints/background/transfer-port';
import type { Request, RequestType, ResponseMap } from '@/utils/messaging/protocol';
import { createTransfers } from '@/utils/shortlist/portability/transfer';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { portPair } from '../../support/ports';
import { freshName, snapshot } from '../../support/snapshots';

// the requests the pages send that no other test sends as a message: each answered by the real
// background over a fake IndexedDB, as the dashboard would see it

let db: Database;
const ask = <T extends RequestType>(request: Extract<Request, { type: T }>) =>
  handle(async () => db, request) as Promise<ResponseMap[T]>;

const linkedin = snapshot({
  source: 'linkedin',
  handle: 'ada-ml',
  name: 'Ada Okafor',
  company: 'Lumen AI',
});
const github = snapshot({
  source: 'github',
  handle: 'ada-okafor',
  name: 'Ada Okafor',
  company: '@lumen-ai',
});

beforeEach(async () => {
  fakeBrowser.reset();
  db = await openDatabase(freshName());
  await ask({ type: 'shortlist', snapshot: linkedin });
  await ask({ type: 'shortlist', snapshot: github });
});

const meeting = {
  id: 'meeting-1',
  personId: 'linkedin:ada-ml',
  date: '2026-03-10T15:00:00.000Z',
  status: 'planned' as const,
  agenda: 'Evaluating retrieval',
  notes: '',
  actionItems: [],
};

describe('requests answered by the background', () => {
  it('getSummaries: the summaries of the ids asked for, and only those', async () => {
    const summaries = await ask({ type: 'getSummaries', ids: ['github:ada-okafor'] });
    expect(summaries.map((summary) => [summary.id, summary.sources])).toEqual([
      ['github:ada-okafor', 'github'],
    ]);
  });

  it('scanProblems: no damaged record in a healthy shortlist', async () => {
    const scan = await ask({ type: 'scanProblems', full: true });
    expect(scan).toEqual({ problems: [], total: 0, repaired: [] });
  });

  it('saveMeeting, then deleteMeeting: the person page shows it, then not', async () => {
    const saved = await ask({ type: 'saveMeeting', meeting });
    expect(saved.meeting.agenda).toBe('Evaluating retrieval');
    expect((await ask({ type: 'getPerson', id: 'linkedin:ada-ml' })).meetings).toHaveLength(1);
    expect(await ask({ type: 'deleteMeeting', id: 'meeting-1' })).toBe(true);
    expect((await ask({ type: 'getPerson', id: 'linkedin:ada-ml' })).meetings).toEqual([]);
  });

  it('dismissReminder: a follow-up is dismissed, a recurring review is marked done', async () => {
    const followUp = await ask({
      type: 'dismissReminder',
      reminder: { id: 'follow-up|linkedin:ada-ml', kind: 'follow-up', personId: 'linkedin:ada-ml' },
    });
    expect(followUp).toMatchObject({ id: 'follow-up|linkedin:ada-ml', doneAt: null });
    expect(followUp.dismissedAt).not.toBeNull();
    const review = await ask({
      type: 'dismissReminder',
      reminder: { id: 'goal-review', kind: 'goal-review', personId: null },
    });
    expect(review).toMatchObject({ id: 'goal-review', dismissedAt: null });
    expect(review.doneAt).not.toBeNull();
  });

  it('insights: a review per mentor, without settings errors', async () => {
    await ask({ type: 'saveMeeting', meeting: { ...meeting, status: 'held' } });
    const review = await ask({ type: 'insights' });
    expect(review.settingsError).toBeNull();
    expect(Array.isArray(review.mentors)).toBe(true);
    expect(Array.isArray(review.goals)).toBe(true);
  });

  it('exportCsv: one row per person, a .csv name', async () => {
    const { csv, fileName } = await ask({ type: 'exportCsv' });
    expect(fileName).toMatch(/\.csv$/);
    expect(csv.match(/Ada Okafor/g)).toHaveLength(2);
  });

  it('previewImport: reads an export without writing it', async () => {
    // the export as the dashboard fetches it: streamed over a port
    const { parts } = await streamedExport(
      () => undefined,
      (name) => {
        const [page, worker] = portPair(name);
        servePort(worker, {
          db: async () => db,
          settings: async () => ({}),
          transfers: createTransfers(),
          check: () => Promise.reject(new Error('no import in this test')),
        });
        return page;
      },
    );
    const preview = await ask({ type: 'previewImport', text: await new Blob([...parts]).text() });
    expect(preview.people).toMatchObject({ added: 0, unchanged: 2 });
    expect(await ask({ type: 'countPeople' })).toBe(2);
  });

  it('linkSuggestions, then linkPeople: one person with both profiles', async () => {
    const suggestions = await ask({ type: 'linkSuggestions', id: 'linkedin:ada-ml' });
    expect(suggestions.map((suggestion) => suggestion.id)).toEqual(['github:ada-okafor']);
    const person = await ask({
      type: 'linkPeople',
      keepId: 'linkedin:ada-ml',
      otherId: 'github:ada-okafor',
    });
    expect([...person.profileKeys].sort()).toEqual(['github:ada-okafor', 'linkedin:ada-ml']);
    expect(await ask({ type: 'countPeople' })).toBe(1);
  });

  it('openOptions: opens the options page, answers null', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    expect(await ask({ type: 'openOptions' })).toBeNull();
    expect(open).toHaveBeenCalledTimes(1);
  });
});
