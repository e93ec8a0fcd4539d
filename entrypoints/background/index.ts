import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { answering } from '@/utils/messaging/answer';
import { createReceiver } from '@/utils/messaging/receive';
import { cachedFitSettings } from '@/utils/settings/fit-settings';
import type { ImportSummary } from '@/utils/shortlist/portability/import';
import { createTransfers } from '@/utils/shortlist/portability/transfer';
import type { PortLike } from '@/utils/shortlist/portability/transfer-port';
import type { Person } from '@/utils/shortlist/schema/person';
import { database } from '@/utils/shortlist/store/db';
import { BACKUP_ALARM, createBackupService } from './backup';
import { listenToCommands } from './commands';
import { setUpContextMenu } from './context-menu';
import { type Changed, handle, type Services, workerBackups } from './handlers';
import { createReaderLoader } from './reader-loader';
import { createReminderService, REMINDER_ALARM } from './reminders';
import { browserSettings } from './settings-port';
import { badgeFeedback, type Shortlist } from './tab-profile';
import { portSenderProblem, servePort } from './transfer-port';
import { warmUpOnce } from './warm-up';
import { openWelcome } from './welcome';

// pages of ours listen here to refresh what another tab (or this worker) changed
const CHANGES_CHANNEL = 'mentorlens-changes';
const STARTUP_REFRESH_DELAY_MS = 1_500;

export default defineBackground(() => {
  const reminders = createReminderService(database);
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGES_CHANNEL) : null;
  // a rolling local backup, rewritten a few minutes after changes at most (see backup.ts)
  const backups = createBackupService({
    db: database,
    store: workerBackups,
    settings: () => browserSettings.read(),
    alarm: (when) => void browser.alarms.create(BACKUP_ALARM, { when }),
  });
  // goals and weights read once per worker start, and again after they change
  const fitSettings = cachedFitSettings().read;
  const services: Services = {
    reminders,
    fitSettings,
    warmUp: warmUpOnce(fitSettings),
    changed: (change: Changed) => channel?.postMessage(change),
    backups,
    // one store of uploads and downloads for the messages and the transfer ports
    transfers: createTransfers(),
    // the reader goes only into the frame that asked, on LinkedIn or GitHub (host_permissions)
    loadReader: createReaderLoader(({ target, files, injectImmediately }) =>
      browser.scripting.executeScript({ target, files, injectImmediately }),
    ),
  };
  const receive = createReceiver((request, sender) => handle(database, request, services, sender), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    contentHosts: /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$|^github\.com$/,
  });
  browser.runtime.onMessage.addListener(answering(receive));
  // exports stream out and imports go in over a port, with progress (see transfer-port.ts)
  browser.runtime.onConnect.addListener((port) => {
    const problem = portSenderProblem(port.sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (problem) {
      console.warn(`MentorLens refused a port: ${problem}`);
      return port.disconnect();
    }
    servePort(port as unknown as PortLike, {
      db: database,
      settings: () => browserSettings.read(),
      transfers: services.transfers as NonNullable<Services['transfers']>,
      check: async (upload, commit, progress) =>
        (await handle(
          database,
          { type: commit ? 'commitImport' : 'previewImport', upload },
          { ...services, progress },
        )) as ImportSummary,
    });
  });

  // keyboard shortcuts and the page's context menu: shortlist through the same request as the hint
  const shortlist: Shortlist = async (snapshot) =>
    (await handle(database, { type: 'shortlist', snapshot }, services)) as Person;
  const feedback = badgeFeedback();
  listenToCommands({ shortlist, feedback });
  setUpContextMenu({ shortlist, feedback });

  // listeners are registered at the top of every start, so an alarm or a click wakes a stopped worker
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void reminders.refresh().catch(() => undefined);
    if (alarm.name === BACKUP_ALARM) void backups.due().catch(() => undefined);
  });
  let listening = false;
  const listenToNotifications = () => {
    // the notifications API exists only once the optional permission is granted
    if (listening || !browser.notifications?.onClicked) return;
    listening = true;
    browser.notifications.onClicked.addListener((id) => void reminders.onNotificationClicked(id));
    browser.notifications.onButtonClicked?.addListener(
      (id, button) => void reminders.onButtonClicked(id, button),
    );
  };
  listenToNotifications();
  browser.permissions?.onAdded?.addListener(() => {
    listenToNotifications();
    void reminders.refresh().catch(() => undefined);
  });

  // alarms may not survive a browser restart (and never do in Firefox): re-create them from stored due dates
  browser.runtime.onStartup.addListener(() => void reminders.refresh().catch(() => undefined));
  browser.runtime.onInstalled.addListener(() => void reminders.refresh().catch(() => undefined));
  // a first install opens the welcome form (the e2e harness switches this off)
  browser.runtime.onInstalled.addListener(
    (details) => void openWelcome(details).catch(() => false),
  );
  // every start, too: a moment later, so the message that woke the worker is answered first
  setTimeout(() => void reminders.refresh().catch(() => undefined), STARTUP_REFRESH_DELAY_MS);

  // ask the browser not to evict the user's data under storage pressure
  void navigator.storage?.persist?.();
});
