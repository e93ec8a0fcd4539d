import { z } from 'zod';
import { menteeProfileSchema } from '../../fit/mentee';
import { channelLimitsSchema } from '../../outreach/channels';
import { quietModeSchema } from '../../settings/quiet-mode';
import { reminderSettingsSchema } from '../../settings/reminders';
import { userTemplatesSchema } from '../../settings/templates';
import { isoDate } from '../schema/dates';
import { eventSchema, meetingSchema, personSchema, reminderStateSchema } from '../schema/person';

// the versioned JSON a user exports and imports; version 1 is the data of database version 1

export const EXPORT_FORMAT = 'mentorlens-export';
export const EXPORT_VERSION = 2;
export const readableVersions = [1, 2] as const;

/**
 * stated limits: a file past these is refused with a message before anything else happens. They
 * are what an export can hold: the shortlist keeps at most `people`, and an export past any limit
 * is refused when made, so whatever MentorLens exports, it imports. A realistic person is about
 * 4.6 kB of export, so 50,000 of them (about 230 MB) fit in `bytes`
 */
export const importLimits = {
  bytes: 384 * 1024 * 1024,
  people: 50_000,
  events: 2_000_000,
  meetings: 200_000,
  reminders: 200_000,
  damaged: 50_000,
} as const;

/** settings that travel with an export; null = not set (an import leaves the current one alone) */
export const exportSettingsSchema = z.strictObject({
  menteeProfile: menteeProfileSchema.nullable().optional(),
  quietMode: z.nullable(quietModeSchema).optional(),
  reminders: reminderSettingsSchema.nullable().optional(),
  channelLimits: channelLimitsSchema.nullable().optional(),
  /** the user's own templates (the built-in ones ship with MentorLens) */
  templates: userTemplatesSchema.nullable().optional(),
});
export type ExportSettings = z.infer<typeof exportSettingsSchema>;
export const settingKeys = [
  'menteeProfile',
  'quietMode',
  'reminders',
  'channelLimits',
  'templates',
] as const;
/** settings stored as one browser-sync item each (templates are split and placed by their own saver) */
export const singleItemSettings = [
  'menteeProfile',
  'quietMode',
  'reminders',
  'channelLimits',
] as const;

/** records that failed their schema travel as they are, so an export loses nothing; imports skip them */
export const damagedRecordSchema = z.strictObject({
  store: z.string().max(40),
  key: z.string().max(500),
  error: z.string().max(2_000),
  record: z.unknown(),
});

export const exportV2Schema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(2),
  exportedAt: isoDate,
  people: z.array(personSchema).max(importLimits.people),
  events: z.array(eventSchema).max(importLimits.events),
  meetings: z.array(meetingSchema).max(importLimits.meetings),
  reminders: z.array(reminderStateSchema).max(importLimits.reminders),
  settings: exportSettingsSchema,
  damaged: z.array(damagedRecordSchema).max(importLimits.damaged),
});
export type ExportFile = z.infer<typeof exportV2Schema>;

/** version 1: people and events as database version 1 stored them; records are checked one by one */
export const exportV1Schema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  people: z.array(z.unknown()).max(importLimits.people),
  events: z.array(z.unknown()).max(importLimits.events),
  settings: exportSettingsSchema.optional(),
});
export type ExportFileV1 = z.infer<typeof exportV1Schema>;
