import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { REMINDER_ALARM } from '@/entrypoints/background/reminders';
import { defaultReminderSettings, saveReminderSettings } from '@/utils/settings/reminders';
import { DAY_MS } from '@/utils/shortlist/schema/dates';
import { database } from '@/utils/shortlist/store/db';
import { addEvent } from '@/utils/shortlist/tracker/events';
import { deleteEverything, shortlistProfile } from '@/utils/shortlist/tracker/people';
import { fitResult, snapshot } from '../../../support/snapshots';

beforeEach(() => {
  // the fake browser lacks this event; the real one has it
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
  // nor ports (the transfer ports are tested in tests/entrypoints/background/transfer-port.test.ts)
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
});
afterEach(async () => {
  await deleteEverything(await database());
});

const alarm = () => fakeBrowser.alarms.get(REMINDER_ALARM);

describe('the background wiring', () => {
  it('re-creates the reminder alarm from stored due dates on browser start and on install', async () => {
    const db = await database();
    const contacted = Date.now() - DAY_MS;
    await shortlistProfile(db, snapshot(), fitResult(), new Date(contacted - DAY_MS));
    await addEvent(db, {
      id: 'message-1',
      personId: 'github:ada-okafor',
      type: 'message',
      at: new Date(contacted).toISOString(),
      text: null,
      channel: 'email',
    });
    await saveReminderSettings({ ...defaultReminderSettings, enabled: true });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);

    background.main();
    expect(await alarm()).toBeUndefined();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () =>
      expect((await alarm())?.scheduledTime).toBe(contacted + 8 * DAY_MS),
    );

    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await vi.waitFor(async () =>
      expect((await alarm())?.scheduledTime).toBe(contacted + 8 * DAY_MS),
    );
  });

  it('answers our own pages through the real receiver, and refuses anyone else', async () => {
    background.main();
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/dashboard.html') };
    const [reply] = await fakeBrowser.runtime.onMessage.trigger({ type: 'listSummaries' }, page);
    expect(reply).toMatchObject({ ok: true, data: { summaries: [], total: 0 } });
    const stranger = {
      id: 'another-extension',
      url: 'chrome-extension://another-extension/x.html',
    };
    const [refused] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'exportBegin' },
      stranger,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not this extension/),
    });
  });
});
