import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { emptySnapshot, type ProfileSnapshot } from '@/utils/profile/snapshot';
import {
  extensionPage,
  type Launched,
  launch,
  serviceWorker,
  serviceWorkerRunning,
  stopServiceWorker,
} from './support/extension';

// the relationship tracker in real Chromium: pipeline, person page, board, reminders after a
// service-worker restart, export/import through the real download and file chooser, and faults

let launched: Launched | undefined;
afterEach(async () => {
  await launched?.close();
  launched = undefined;
});

/** an invented person's GitHub profile, as the content script would send it */
function profile(handle: string, name: string): ProfileSnapshot {
  return {
    ...emptySnapshot('github', handle, `https://github.com/${handle}`),
    name,
    headline: 'ML engineer',
  };
}

type Reply = { ok: boolean; error?: string; data?: unknown };
/** the part of an extension page's `chrome` global these tests use */
type ExtensionGlobal = {
  runtime: { sendMessage(message: unknown): Promise<Reply | undefined> };
  storage: {
    local: { set(items: object): Promise<void> };
    sync: { set(items: object): Promise<void> };
  };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
};

/** asks the background from one of our own pages, as the dashboard does */
async function send<T = unknown>(page: Page, message: unknown): Promise<T> {
  const reply = (await page.evaluate(
    (m) => (globalThis as unknown as { chrome: ExtensionGlobal }).chrome.runtime.sendMessage(m),
    message,
  )) as Reply | undefined;
  if (!reply?.ok)
    throw new Error(`${JSON.stringify(message).slice(0, 80)} failed: ${reply?.error}`);
  return reply.data as T;
}

async function dashboard(current: Launched, hash = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await current.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(extensionPage(current, `dashboard.html${hash}`));
  return { page, errors };
}

type Event = {
  id: string;
  type: string;
  from: string | null;
  to: string | null;
  text: string | null;
};
const timeline = async (page: Page, id: string) =>
  (await send<{ events: Event[] }>(page, { type: 'getPerson', id })).events;

describe('the relationship tracker, in Chromium', () => {
  it('moves a person along the pipeline from the table, their page and the board', async () => {
    launched = await launch({});
    const { page, errors } = await dashboard(launched);
    await send(page, { type: 'shortlist', snapshot: profile('ada-okafor', 'Ada Okafor') });
    await send(page, { type: 'shortlist', snapshot: profile('sam-lindqvist', 'Sam Lindqvist') });
    await page.reload();

    const row = page.getByRole('row', { name: /Ada Okafor/ });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await row.getByRole('combobox', { name: 'Status' }).selectOption('contacted');
    await expect
      .poll(() => row.getByRole('combobox', { name: 'Status' }).inputValue())
      .toBe('contacted');

    // her page: a reply noted moves her to "replied"; planning a meeting is "meeting scheduled"
    await row.getByRole('link', { name: 'Ada Okafor' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Ada Okafor' }).count())
      .toBe(1);
    const record = page.getByRole('form', { name: 'Record what happened' });
    await record.getByRole('combobox', { name: 'What happened' }).selectOption('reply');
    await record.getByRole('textbox', { name: 'Details' }).fill('Happy to talk next week');
    await record.getByRole('button', { name: 'Record' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Status' }).inputValue())
      .toBe('replied');
    await page.getByRole('button', { name: 'Plan a meeting' }).click();
    const meeting = page.getByRole('form', { name: 'Meeting' });
    await meeting.getByRole('button', { name: 'Add action item' }).click();
    await meeting.getByRole('textbox', { name: 'Action item 1' }).fill('Send my RAG demo');
    await meeting.getByRole('button', { name: 'Save meeting' }).click();
    await expect.poll(() => page.getByRole('article', { name: /^Meeting on / }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Status' }).inputValue())
      .toBe('meeting-scheduled');
    const list = page.getByRole('list', { name: 'Timeline' });
    await expect.poll(() => list.textContent()).toContain('Happy to talk next week');
    expect(await list.textContent()).toContain('replied → meeting scheduled');

    // the board: Sam moves from saved to contacted with the keyboard, and it sticks
    await page.goto(extensionPage(launched, 'dashboard.html#/board'));
    const saved = page.getByRole('list', { name: /^saved \(/ });
    const card = saved.getByRole('listitem').filter({ hasText: 'Sam Lindqvist' });
    await card.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByText('Moved Sam Lindqvist to contacted.').count()).toBe(1);
    await page.reload();
    await expect
      .poll(() =>
        page
          .getByRole('list', { name: /^contacted \(/ })
          .getByText('Sam Lindqvist')
          .count(),
      )
      .toBe(1);

    const events = await timeline(page, 'github:ada-okafor');
    expect(events.filter((e) => e.type === 'status').map((e) => `${e.from}→${e.to}`)).toEqual([
      'saved→contacted',
      'contacted→replied',
      'replied→meeting-scheduled',
    ]);
    expect(errors).toEqual([]);
  });

  it('fires a reminder from its alarm after the service worker was stopped', async () => {
    launched = await launch({});
    const { page } = await dashboard(launched);
    // test-only: a "day" lasts one second, so the follow-up (after 4 "days") is due in 4 s
    await page.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: ExtensionGlobal }).chrome;
      await c.storage.local.set({ reminderTestDayMs: 1_000 });
      await c.storage.sync.set({
        reminders: {
          enabled: true,
          followUpDays: 4,
          meetingLeadHours: 24,
          goalReview: false,
          goalReviewDays: 30,
        },
      });
    });
    await send(page, { type: 'shortlist', snapshot: profile('ada-okafor', 'Ada Okafor') });
    // the follow-up clock starts from the message the user logged (a status move alone starts none)
    await send(page, {
      type: 'addEvent',
      event: {
        id: 'message-1',
        personId: 'github:ada-okafor',
        type: 'message',
        at: new Date().toISOString(),
        text: null,
        channel: 'email',
      },
    });
    const contactedAt = Date.now();
    const { nextAlarm } = await send<{ nextAlarm: number }>(page, { type: 'remindersChanged' });
    expect(nextAlarm - contactedAt).toBeGreaterThan(2_000);
    expect(nextAlarm - contactedAt).toBeLessThan(6_000);
    const alarm = (await page.evaluate(() =>
      (globalThis as unknown as { chrome: ExtensionGlobal }).chrome.alarms.get(
        'mentorlens-reminders',
      ),
    )) as { scheduledTime: number } | undefined;
    expect(alarm?.scheduledTime).toBe(nextAlarm);

    // nothing of ours is open and the worker is stopped: only the alarm can start it again
    await page.close();
    await stopServiceWorker(launched);
    expect(await serviceWorkerRunning(launched)).toBe(false);
    await expect
      .poll(() => serviceWorkerRunning(launched as Launched), { timeout: 40_000, interval: 500 })
      .toBe(true);
    const worker = await serviceWorker(launched);
    await expect
      .poll(
        () =>
          worker.evaluate(() =>
            (
              globalThis as unknown as {
                chrome: { action: { getBadgeText(d: object): Promise<string> } };
              }
            ).chrome.action.getBadgeText({}),
          ),
        {
          timeout: 15_000,
        },
      )
      .toBe('1');
    const openedAt = new Date().toISOString();

    const due = await dashboard(launched, '#/due');
    const view = await send<{
      reminders: Array<{ title: string; announcedAt: string | null; dueAt: string }>;
    }>(due.page, {
      type: 'listReminders',
    });
    expect(view.reminders.map((r) => r.title)).toEqual(['Follow up with Ada Okafor']);
    const [reminder] = view.reminders;
    // announced by the alarm, before any page of ours asked
    expect(reminder?.announcedAt).not.toBeNull();
    expect(Date.parse(reminder?.announcedAt ?? '')).toBeLessThan(Date.parse(openedAt));
    expect(Date.parse(reminder?.announcedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(reminder?.dueAt ?? ''),
    );
    const item = due.page.getByRole('region', { name: 'Due now' }).getByRole('listitem');
    // the list renders once the restarted worker answers: on a loaded machine that is past poll's 1 s
    await expect.poll(() => item.textContent(), { timeout: 10_000 }).toContain('reminded');
  });

  it('exports through the real download, deletes everything, and imports the file back through the file chooser', async () => {
    launched = await launch({});
    const { page, errors } = await dashboard(launched);
    await send(page, { type: 'shortlist', snapshot: profile('ada-okafor', 'Ada Okafor') });
    await send(page, {
      type: 'shortlist',
      snapshot: profile('eve-x', '=HYPERLINK("http://evil.example")'),
    });
    await send(page, {
      type: 'addEvent',
      event: {
        id: 'note-1',
        personId: 'github:ada-okafor',
        type: 'note',
        at: new Date().toISOString(),
        text: 'Met at PyData',
        channel: null,
      },
    });
    await page.goto(extensionPage(launched, 'dashboard.html#/data'));

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^mentorlens-export-\d{4}-\d{2}-\d{2}\.json$/);
    const jsonPath = join(
      mkdtempSync(join(tmpdir(), 'mentorlens-export-')),
      json.suggestedFilename(),
    );
    await json.saveAs(jsonPath);
    const exported = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(exported).toMatchObject({ format: 'mentorlens-export', version: 2 });
    expect(exported.people).toHaveLength(2);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export people (CSV)' }).click(),
    ]);
    const table = readFileSync(await csv.path(), 'utf8');
    expect(table).toContain(`"'=HYPERLINK(""http://evil.example"")"`);

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => page.getByText(/Deleted everything: 2 people/).count()).toBe(1);

    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByLabel('Choose a MentorLens export to import').click(),
    ]);
    await chooser.setFiles(jsonPath);
    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect.poll(() => preview.textContent()).toContain('2 new people');
    await preview.getByRole('button', { name: 'Confirm import' }).click();
    await expect
      .poll(() =>
        page.getByText(/Imported mentorlens-export-.*: 2 new, 0 merged, 3 events/).count(),
      )
      .toBe(1);

    await page.goto(extensionPage(launched, 'dashboard.html'));
    await expect
      .poll(() => page.getByRole('row', { name: /Ada Okafor/ }).count(), { timeout: 15_000 })
      .toBe(1);
    expect((await timeline(page, 'github:ada-okafor')).map((e) => e.text)).toContain(
      'Met at PyData',
    );
    expect(errors).toEqual([]);
  });

  it('five tabs shortlisting and changing statuses at the same moment: no duplicates, no lost events', async () => {
    launched = await launch({});
    const tabs = await Promise.all(
      Array.from({ length: 5 }, () => dashboard(launched as Launched)),
    );
    const start = Date.now() + 1_000;
    await Promise.all(
      tabs.map(({ page }, tab) =>
        page.evaluate(
          async ({ tab, start, shared, own }) => {
            const c = (globalThis as unknown as { chrome: ExtensionGlobal }).chrome;
            while (Date.now() < start) await new Promise((resolve) => setTimeout(resolve, 5));
            const ask = async (message: unknown) => {
              const reply = await c.runtime.sendMessage(message);
              if (!reply?.ok) throw new Error(reply?.error);
              return reply;
            };
            await Promise.all([
              ask({ type: 'shortlist', snapshot: shared }),
              ask({ type: 'shortlist', snapshot: own }),
            ]);
            await Promise.all([
              ask({ type: 'setStatus', id: 'github:shared-mentor', status: 'contacted' }),
              ask({ type: 'setStatus', id: own.id, status: 'contacted' }),
              ...Array.from({ length: 10 }, (_, n) =>
                ask({
                  type: 'addEvent',
                  event: {
                    id: `tab${tab}-note${n}`,
                    personId: 'github:shared-mentor',
                    type: 'note',
                    at: new Date().toISOString(),
                    text: `tab ${tab} note ${n}`,
                    channel: null,
                  },
                }),
              ),
            ]);
          },
          {
            tab,
            start,
            shared: profile('shared-mentor', 'Shared Mentor'),
            own: { ...profile(`tab-${tab}`, `Tab ${tab} Mentor`), id: `github:tab-${tab}` },
          },
        ),
      ),
    );
    const [first] = tabs;
    if (!first) throw new Error('no tab');
    // every open dashboard heard about the others' changes and shows them, without a reload
    for (const { page } of tabs)
      await expect
        .poll(() => page.getByText('6 people', { exact: true }).count(), { timeout: 10_000 })
        .toBe(1);
    const { summaries } = await send<{ summaries: Array<{ id: string; status: string }> }>(
      first.page,
      { type: 'listSummaries' },
    );
    expect(summaries.map((s) => s.id).sort()).toEqual(
      ['github:shared-mentor', ...[0, 1, 2, 3, 4].map((n) => `github:tab-${n}`)].sort(),
    );
    expect(summaries.every((s) => s.status === 'contacted')).toBe(true);
    const events = await timeline(first.page, 'github:shared-mentor');
    expect(events.filter((e) => e.type === 'saved')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'status')).toHaveLength(1);
    expect(new Set(events.filter((e) => e.type === 'note').map((e) => e.id)).size).toBe(50);
    expect(events).toHaveLength(52);
  });

  it('keeps every write it acknowledged when the service worker is stopped in the middle of a burst', async () => {
    launched = await launch({});
    const { page } = await dashboard(launched);
    await send(page, { type: 'shortlist', snapshot: profile('ada-okafor', 'Ada Okafor') });
    // a burst of 150 notes, one after another; the worker is stopped while it runs
    await page.evaluate(() => {
      const c = (globalThis as unknown as { chrome: ExtensionGlobal }).chrome;
      const w = globalThis as unknown as {
        __burst: { acknowledged: string[]; failed: string[]; done: boolean };
      };
      w.__burst = { acknowledged: [], failed: [], done: false };
      void (async () => {
        for (let n = 0; n < 150; n += 1) {
          const id = `burst-${n}`;
          try {
            const reply = await c.runtime.sendMessage({
              type: 'addEvent',
              event: {
                id,
                personId: 'github:ada-okafor',
                type: 'note',
                at: new Date().toISOString(),
                text: `note ${n}`,
                channel: null,
              },
            });
            (reply?.ok ? w.__burst.acknowledged : w.__burst.failed).push(id);
          } catch {
            w.__burst.failed.push(id);
          }
        }
        w.__burst.done = true;
      })();
    });
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (globalThis as unknown as { __burst: { acknowledged: string[] } }).__burst.acknowledged
              .length,
        ),
      )
      .toBeGreaterThan(20);
    await stopServiceWorker(launched);
    await expect
      .poll(
        () =>
          page.evaluate(
            () => (globalThis as unknown as { __burst: { done: boolean } }).__burst.done,
          ),
        { timeout: 60_000 },
      )
      .toBe(true);
    const burst = (await page.evaluate(
      () => (globalThis as unknown as { __burst: unknown }).__burst,
    )) as {
      acknowledged: string[];
      failed: string[];
    };
    expect(burst.acknowledged.length + burst.failed.length).toBe(150);
    expect(burst.acknowledged.length).toBeGreaterThan(20);

    await page.reload();
    const stored = new Set(
      (await timeline(page, 'github:ada-okafor')).filter((e) => e.type === 'note').map((e) => e.id),
    );
    console.info(
      `worker stop in a burst: ${burst.acknowledged.length} acknowledged, ${burst.acknowledged.filter((id) => stored.has(id)).length} of them present, ${burst.failed.length} refused`,
    );
    for (const id of burst.acknowledged) expect(stored.has(id), id).toBe(true);
    // nothing invented, nothing twice: only ids that were sent
    for (const id of stored) expect(id).toMatch(/^burst-\d+$/);
    // the ones the page was told failed are safe to send again: once each
    for (const id of burst.failed) {
      await send(page, {
        type: 'addEvent',
        event: {
          id,
          personId: 'github:ada-okafor',
          type: 'note',
          at: new Date().toISOString(),
          text: 'again',
          channel: null,
        },
      });
    }
    const after = (await timeline(page, 'github:ada-okafor')).filter((e) => e.type === 'note');
    expect(after).toHaveLength(150);
  });

  it('one person open in two dashboard tabs: autosaved edits never undo each other, and each tab follows the other', async () => {
    launched = await launch({});
    const ada = 'github:ada-okafor';
    const setup = await dashboard(launched);
    await send(setup.page, { type: 'shortlist', snapshot: profile('ada-okafor', 'Ada Okafor') });
    const hash = `#/person/${encodeURIComponent(ada)}`;
    const first = await dashboard(launched, hash);
    const second = await dashboard(launched, hash);
    for (const tab of [first.page, second.page])
      await tab.getByRole('heading', { level: 1, name: 'Ada Okafor' }).waitFor();
    const saved = (page: Page) => page.getByText(/^All changes saved/).waitFor();

    await first.page.getByRole('checkbox', { name: /Do not contact/ }).check();
    await saved(first.page);
    // the second tab follows: the untouched checkbox updates
    await expect
      .poll(() => second.page.getByRole('checkbox', { name: /Do not contact/ }).isChecked())
      .toBe(true);
    await second.page.getByRole('textbox', { name: 'Tags' }).fill('ml');
    await saved(second.page);

    // both tabs edit the notes: the second tab is still typing (its autosave waits for a pause)
    // when the first tab's notes are saved
    const typing = second.page
      .getByRole('textbox', { name: 'Notes' })
      .pressSequentially('Ask about RAG and about evals', { delay: 150 });
    await first.page.getByRole('textbox', { name: 'Notes' }).fill('Met at NeurIPS');
    await saved(first.page);
    await typing;
    const refusal = second.page.getByRole('alert').filter({ hasText: 'changed elsewhere' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Notes is now "Met at NeurIPS"');
    expect(await second.page.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe(
      'Ask about RAG and about evals',
    );

    const stored = (
      await send<{ person: { doNotContact: boolean; tags: string[]; notes: string } }>(setup.page, {
        type: 'getPerson',
        id: ada,
      })
    ).person;
    console.info(
      `two-tab edits: do-not-contact ${stored.doNotContact}, tags ${JSON.stringify(stored.tags)}, notes ${JSON.stringify(stored.notes)}; the stale notes autosave was refused`,
    );
    expect(stored).toMatchObject({ doNotContact: true, tags: ['ml'], notes: 'Met at NeurIPS' });
    expect([...first.errors, ...second.errors]).toEqual([]);
  });

  it('the database lost after a restart: the dashboard offers the local backup and restores it', async () => {
    launched = await launch({});
    const setup = await dashboard(launched);
    await send(setup.page, { type: 'shortlist', snapshot: profile('ada-okafor', 'Ada Okafor') });
    await send(setup.page, {
      type: 'shortlist',
      snapshot: profile('sam-lindqvist', 'Sam Lindqvist'),
    });
    // the first backup follows the first changes within seconds
    await expect
      .poll(
        async () =>
          (await send<{ backup: { people: number } | null }>(setup.page, { type: 'backupStatus' }))
            .backup?.people ?? 0,
        { timeout: 30_000 },
      )
      .toBe(2);
    // the database is gone (what 2 of 7 full-disk runs left after a restart)
    const deleted = await setup.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase('mentorlens');
          request.onsuccess = () => resolve('deleted');
          request.onerror = () => resolve(`error: ${request.error?.message}`);
          request.onblocked = () => resolve('blocked');
        }),
    );
    expect(deleted).toBe('deleted');
    await stopServiceWorker(launched);
    await setup.page.close();

    const { page, errors } = await dashboard(launched);
    await page
      .getByRole('heading', { name: 'Your shortlist is empty, but a backup holds your people' })
      .waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Restore 2 people from the backup' }).click();
    await page.getByText(/Restored 2 people/).waitFor();
    await page.getByText('Ada Okafor').first().waitFor();
    await page.getByText('Sam Lindqvist').first().waitFor();
    expect(await send(page, { type: 'countPeople' })).toBe(2);
    console.info('backup restore: 2 of 2 people back after the database was deleted');
    expect(errors).toEqual([]);
  });
});
