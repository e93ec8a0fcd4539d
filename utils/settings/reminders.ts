import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { DAY_MS } from '../time';
import { SettingsError } from './errors';

export const reminderSettingsSchema = z.strictObject({
  /** notifications and the toolbar badge; the dashboard's Due list works either way */
  enabled: z.boolean(),
  followUpDays: z.number().int().min(1).max(60),
  meetingLeadHours: z.number().int().min(1).max(168),
  goalReview: z.boolean(),
  goalReviewDays: z.number().int().min(7).max(92),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const defaultReminderSettings: ReminderSettings = {
  enabled: false,
  followUpDays: 8,
  meetingLeadHours: 24,
  goalReview: true,
  goalReviewDays: 30,
};

// stored raw and parsed on every read: storage is a boundary
export const reminderSettingsItem = storage.defineItem<unknown>('sync:reminders', {
  fallback: null,
  version: 1,
});

// test-only, never synced: how long a "day" lasts, so an e2e test can watch a reminder fire in seconds
export const reminderTestDayItem = storage.defineItem<unknown>('local:reminderTestDayMs', {
  fallback: null,
});

export async function loadReminderSettings(): Promise<ReminderSettings> {
  const raw = await reminderSettingsItem.getValue();
  if (raw === null) return defaultReminderSettings;
  const parsed = reminderSettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(
      `Your reminder settings could not be read (${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}). Save them again on the dashboard's Due page.`,
    );
  }
  return parsed.data;
}

export async function saveReminderSettings(value: ReminderSettings): Promise<ReminderSettings> {
  const parsed = reminderSettingsSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(
      `Not saved: ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  await reminderSettingsItem.setValue(parsed.data);
  return parsed.data;
}

/** the rules the reminder computation (utils/shortlist/reminders/compute.ts) takes, in its units */
export interface ReminderRules {
  followUpDays: number;
  meetingLeadHours: number;
  goalReview: boolean;
  goalReviewDays: number;
  /** how long a "day" lasts: a day, except in tests that need reminders to fire in seconds */
  dayMs: number;
}

/** the rules the reminder computation uses */
export async function reminderRules(settings: ReminderSettings): Promise<ReminderRules> {
  const testDay = await reminderTestDayItem.getValue();
  const dayMs =
    typeof testDay === 'number' && Number.isInteger(testDay) && testDay >= 100 && testDay <= DAY_MS
      ? testDay
      : DAY_MS;
  return {
    followUpDays: settings.followUpDays,
    meetingLeadHours: settings.meetingLeadHours,
    goalReview: settings.goalReview,
    goalReviewDays: settings.goalReviewDays,
    dayMs,
  };
}
