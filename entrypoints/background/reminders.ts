import { browser } from 'wxt/browser';
import { messageOf } from '@/utils/errors';
import type { RemindersView } from '@/utils/messaging/protocol';
import { loadMenteeProfile } from '@/utils/settings/mentee-profile';
import {
  defaultReminderSettings,
  loadReminderSettings,
  type ReminderSettings,
  reminderRules,
} from '@/utils/settings/reminders';
import {
  dueAt,
  nextDueTime,
  type Reminder,
  reminderRef,
} from '@/utils/shortlist/reminders/compute';
import {
  dismissReminder,
  listReminders,
  markAnnounced,
  snoozeReminder,
} from '@/utils/shortlist/reminders/states';
import type { Database } from '@/utils/shortlist/store/db';
import { reminderIcon } from './icon';

export const REMINDER_ALARM = 'mentorlens-reminders';
const NOTIFICATION_PREFIX = 'mentorlens|';

async function activeGoals(): Promise<number> {
  try {
    const { profile, usesDefaultProfile } = await loadMenteeProfile();
    if (usesDefaultProfile) return 0;
    return profile.goals.filter((goal) => goal.status === 'open' || goal.status === 'in progress')
      .length;
  } catch {
    // unreadable goals: the options page says so; reminders go on without the goal review
    return 0;
  }
}

async function settingsOrError(): Promise<{ settings: ReminderSettings; error: string | null }> {
  try {
    return { settings: await loadReminderSettings(), error: null };
  } catch (error) {
    return {
      settings: defaultReminderSettings,
      error: messageOf(error),
    };
  }
}

async function canNotify(): Promise<boolean> {
  try {
    return (
      Boolean(browser.notifications) &&
      (await browser.permissions.contains({ permissions: ['notifications'] }))
    );
  } catch {
    return false;
  }
}

async function notify(reminder: Reminder): Promise<void> {
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${reminder.id}`, {
    type: 'basic',
    iconUrl: reminderIcon,
    title: reminder.title,
    message: reminder.detail,
    // firefox shows basic notifications only
    ...(import.meta.env.FIREFOX
      ? {}
      : { buttons: [{ title: 'Snooze a day' }, { title: 'Dismiss' }] }),
  });
}

/** reminders from stored due dates: the Due list, the badge, notifications and the next alarm */
export function createReminderService(db: () => Promise<Database>, now = () => new Date()) {
  async function compute() {
    const { settings, error } = await settingsOrError();
    const rules = await reminderRules(settings);
    const reminders = await listReminders(await db(), rules, await activeGoals(), now());
    return { settings, error, rules, reminders };
  }

  /** announces what is due (once per due date), updates the badge and sets the alarm for the next one */
  async function run(): Promise<{ nextAlarm: number | null }> {
    const { settings, rules, reminders } = await compute();
    const at = now();
    if (!settings.enabled) {
      await browser.alarms.clear(REMINDER_ALARM);
      await browser.action?.setBadgeText({ text: '' });
      return { nextAlarm: null };
    }
    const due = dueAt(reminders, at);
    const fresh = due.filter((reminder) => reminder.announcedAt === null);
    if (fresh.length && (await canNotify())) {
      for (const reminder of fresh) await notify(reminder).catch(() => undefined);
    }
    await markAnnounced(await db(), fresh, at);
    await browser.action?.setBadgeText({
      text: due.length ? String(Math.min(due.length, 99)) : '',
    });
    const next = nextDueTime(reminders, at);
    if (next === null) await browser.alarms.clear(REMINDER_ALARM);
    // unpacked test builds may use a short "day"; packed Chrome rounds alarms up to 30 s anyway
    else
      browser.alarms.create(REMINDER_ALARM, {
        when: Math.max(next, at.getTime() + Math.min(1_000, rules.dayMs)),
      });
    return { nextAlarm: next };
  }

  // one refresh at a time, and at most one waiting: a burst of writes costs two runs, not a hundred
  let current: Promise<{ nextAlarm: number | null }> = Promise.resolve({ nextAlarm: null });
  let queued: Promise<{ nextAlarm: number | null }> | null = null;
  function refresh(): Promise<{ nextAlarm: number | null }> {
    if (queued) return queued;
    const next = current
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return run();
      });
    queued = next;
    current = next;
    return next;
  }

  async function view(): Promise<RemindersView> {
    const { settings, error, reminders } = await compute();
    return { reminders, enabled: settings.enabled, settingsError: error };
  }

  async function onNotificationClicked(notificationId: string): Promise<void> {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const ref = reminderRef(notificationId.slice(NOTIFICATION_PREFIX.length));
    const hash = ref?.personId ? `#/person/${encodeURIComponent(ref.personId)}` : '#/due';
    await browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}${hash}` });
    await browser.notifications.clear(notificationId);
  }

  async function onButtonClicked(notificationId: string, button: number): Promise<void> {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const ref = reminderRef(notificationId.slice(NOTIFICATION_PREFIX.length));
    if (!ref) return;
    const database = await db();
    if (button === 0) {
      const { rules } = await compute();
      await snoozeReminder(database, ref, new Date(now().getTime() + rules.dayMs));
    } else await dismissReminder(database, ref, now());
    await browser.notifications.clear(notificationId);
    await refresh();
  }

  return { refresh, view, onNotificationClicked, onButtonClicked };
}

export type ReminderService = ReturnType<typeof createReminderService>;
