import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReminderService, REMINDER_ALARM } from '@/entrypoints/background/reminders';
import { defaultReminderSettings, saveReminderSettings } from '@/utils/settings/reminders';
import { reminderStates } from '@/utils/shortlist/reminders/states';
import { DAY_MS } from '@/utils/shortlist/schema/dates';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { addEvent } from '@/utils/shortlist/tracker/events';
import { shortlistProfile, updatePerson } from '@/utils/shortlist/tracker/people';
import { fitResult, freshName, snapshot } from '../../../support/snapshots';

const ADA = 'github:ada-okafor';
const CONTACTED = Date.parse('2026-03-01T10:00:00.000Z');
let db: Database;

async function setup({ enabled = true, permission = true } = {}) {
  db = await openDatabase(freshName());
  await shortlistProfile(db, snapshot(), fitResult(), new Date(CONTACTED - DAY_MS));
  // the reminder comes from the message the user logged, not from a status move
  await addEvent(db, {
    id: 'message-1',
    personId: ADA,
    type: 'message',
    at: new Date(CONTACTED).toISOString(),
    text: null,
    channel: 'email',
  });
  await saveReminderSettings({ ...defaultReminderSettings, enabled });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(permission);
  // only the clock is fake: IndexedDB keeps its own timers
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(CONTACTED + DAY_MS);
  return createReminderService(async () => db);
}

const notifications = async () =>
  Object.values(await fakeBrowser.notifications.getAll()) as Array<{ title: string }>;
const alarmTime = async () => (await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime;

beforeEach(() => {
  fakeBrowser.alarms.resetState();
  fakeBrowser.notifications.resetState();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the reminder service in the background', () => {
  it('sets an alarm for the follow-up, then notifies once when it falls due', async () => {
    const service = await setup();
    await service.refresh();
    expect(await alarmTime()).toBe(CONTACTED + 8 * DAY_MS);
    expect(await notifications()).toEqual([]);

    vi.setSystemTime(CONTACTED + 8 * DAY_MS + 60_000);
    await service.refresh();
    expect((await notifications()).map((n) => n.title)).toEqual(['Follow up with Ada Okafor']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await fakeBrowser.notifications.clear(
      Object.keys(await fakeBrowser.notifications.getAll())[0] ?? '',
    );
    await service.refresh();
    expect(await notifications()).toEqual([]);
    const [state] = await reminderStates(db);
    expect(state).toMatchObject({ notifiedFor: new Date(CONTACTED + 8 * DAY_MS).toISOString() });
  });

  it('re-creates the alarm from stored dates when a new worker starts (nothing kept in memory)', async () => {
    await (await setup()).refresh();
    await fakeBrowser.alarms.clearAll();
    const restarted = createReminderService(async () => db);
    await restarted.refresh();
    expect(await alarmTime()).toBe(CONTACTED + 8 * DAY_MS);
  });

  it('never fires for a do-not-contact person', async () => {
    const service = await setup();
    await updatePerson(db, ADA, { doNotContact: true });
    vi.setSystemTime(CONTACTED + 30 * DAY_MS);
    await service.refresh();
    expect(await notifications()).toEqual([]);
    expect(await alarmTime()).toBeUndefined();
    expect((await service.view()).reminders).toEqual([]);
  });

  it('with reminders off: no alarm, no badge, no notification; the Due list still has it', async () => {
    const service = await setup({ enabled: false });
    vi.setSystemTime(CONTACTED + 9 * DAY_MS);
    await service.refresh();
    expect(await alarmTime()).toBeUndefined();
    expect(await notifications()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const view = await service.view();
    expect(view.enabled).toBe(false);
    expect(view.reminders.map((r) => r.kind)).toEqual(['follow-up']);
  });

  it('without the notifications permission: the badge counts it, no notification is attempted', async () => {
    const service = await setup({ permission: false });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(CONTACTED + 9 * DAY_MS);
    await service.refresh();
    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('"Snooze a day" on the notification moves it a day on; "Dismiss" removes it', async () => {
    const service = await setup();
    vi.setSystemTime(CONTACTED + 9 * DAY_MS);
    await service.refresh();
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    expect(id).toMatch(/^mentorlens\|follow-up\|github:ada-okafor\|/);
    await service.onButtonClicked(id ?? '', 0);
    expect(await notifications()).toEqual([]);
    expect(await alarmTime()).toBe(CONTACTED + 10 * DAY_MS);
    expect((await service.view()).reminders[0]?.dueAt).toBe(
      new Date(CONTACTED + 10 * DAY_MS).toISOString(),
    );

    vi.setSystemTime(CONTACTED + 10 * DAY_MS + 1);
    await service.refresh();
    const [again] = Object.keys(await fakeBrowser.notifications.getAll());
    await service.onButtonClicked(again ?? '', 1);
    expect((await service.view()).reminders).toEqual([]);
  });

  it('clicking the notification opens the person in the dashboard', async () => {
    const service = await setup();
    const open = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    await service.onNotificationClicked(`mentorlens|follow-up|${ADA}|2026-03-01T10:00:00.000Z`);
    expect(open).toHaveBeenCalledWith({
      url: expect.stringMatching(/dashboard\.html#\/person\/github%3Aada-okafor$/),
    });
    await service.onNotificationClicked('someone-else|x');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('a damaged reminder setting turns notifications off and says why', async () => {
    const service = await setup();
    await fakeBrowser.storage.sync.set({ reminders: { enabled: 'yes' } });
    const view = await service.view();
    expect(view.enabled).toBe(false);
    expect(view.settingsError).toMatch(/reminder settings could not be read/);
  });
});
