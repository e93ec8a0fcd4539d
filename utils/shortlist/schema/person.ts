import { z } from 'zod';
import { bands, fitResultSchema } from '../../fit/result';
import { profileSnapshotSchema } from '../../profile/snapshot';
import { isoDate } from './dates';
import { statusSchema } from './status';

export const personIdSchema = z
  .string()
  .regex(/^(linkedin|github):[^\s]{1,200}$/, 'expected "linkedin:<handle>" or "github:<login>"');

/** the id of one of the user's goals (they live in the mentee profile, in synced settings) */
export const goalIdSchema = z.string().min(1).max(64);

export const roles = ['primary', 'secondary'] as const;
export const cadences = ['none', 'biweekly', 'monthly'] as const;
export const cadenceSchema = z.enum(cadences);
export type Cadence = z.infer<typeof cadenceSchema>;

export const cadenceLabels: Record<Cadence, string> = {
  none: 'no set rhythm',
  biweekly: 'every two weeks',
  monthly: 'monthly',
};

const tag = z.string().trim().min(1).max(60);

/** when the person first reached each stage of the funnel (null: not yet) */
export const stagesSchema = z.strictObject({
  contacted: isoDate.nullable(),
  replied: isoDate.nullable(),
  meeting: isoDate.nullable(),
  mentoring: isoDate.nullable(),
});
export type Stages = z.infer<typeof stagesSchema>;
export const funnelStages = ['contacted', 'replied', 'meeting', 'mentoring'] as const;
export type FunnelStage = (typeof funnelStages)[number];

export const fitPointSchema = z.strictObject({
  at: isoDate,
  score: z.number().int().min(0).max(100),
  band: z.enum(bands),
});
export type FitPoint = z.infer<typeof fitPointSchema>;

/** one person, possibly with both a LinkedIn and a GitHub profile (version 2 of the record) */
export const personSchema = z.strictObject({
  id: personIdSchema,
  /** every profile key this person is known by (multi-entry index) */
  profileKeys: z.array(personIdSchema).min(1).max(10),
  name: z.string().max(20_000).nullable(),
  headline: z.string().max(20_000).nullable(),
  profiles: z.object({
    linkedin: profileSnapshotSchema.optional(),
    github: profileSnapshotSchema.optional(),
  }),
  fit: fitResultSchema.nullable(),
  status: statusSchema,
  statusChangedAt: isoDate,
  savedAt: isoDate,
  updatedAt: isoDate,
  role: z.enum(roles).nullable(),
  tags: z.array(tag).max(50),
  notes: z.string().max(100_000),
  doNotContact: z.boolean(),
  focusArea: z.string().trim().max(200).nullable(),
  cadence: cadenceSchema,
  /** the user's goals this person helps with */
  goalIds: z.array(goalIdSchema).max(100),
  /** each distinct fit score seen, oldest first */
  fitHistory: z.array(fitPointSchema).max(100),
  /** follow-up bookkeeping: the last message or move to "contacted", and follow-ups sent since */
  followUp: z.strictObject({
    lastContactAt: isoDate.nullable(),
    count: z.number().int().min(0).max(100),
  }),
  stages: stagesSchema,
  lastMeetingAt: isoDate.nullable(),
  /** the user said they are connected on LinkedIn (a 1st-degree page says so too); absent in older records */
  linkedinConnected: z.boolean().optional(),
});
export type Person = z.infer<typeof personSchema>;

export const messageChannels = [
  'linkedin-connection-note',
  'linkedin-message',
  'linkedin-inmail',
  'email',
  'other',
] as const;
export const messageChannelSchema = z.enum(messageChannels);
export type MessageChannel = z.infer<typeof messageChannelSchema>;
export const messageChannelLabels: Record<MessageChannel, string> = {
  'linkedin-connection-note': 'LinkedIn connection note',
  'linkedin-message': 'LinkedIn message',
  'linkedin-inmail': 'LinkedIn InMail',
  email: 'Email',
  other: 'Other',
};

export const eventTypes = [
  'saved',
  'status',
  'note',
  'message',
  'reply',
  'meeting',
  'intro',
  'removed-profile',
] as const;
export const eventTypeSchema = z.enum(eventTypes);
export type EventType = z.infer<typeof eventTypeSchema>;

/** the kinds of event the user records by hand (the others come from the pipeline) */
export const loggableEventTypes = ['message', 'reply', 'meeting', 'intro', 'note'] as const;
export type LoggableEventType = (typeof loggableEventTypes)[number];

export const eventTypeLabels: Record<EventType, string> = {
  saved: 'Saved',
  status: 'Status change',
  note: 'Note',
  message: 'Message sent',
  reply: 'Reply noted',
  meeting: 'Meeting held',
  intro: 'Intro made',
  'removed-profile': 'Profile removed',
};

export const eventIdSchema = z.string().min(1).max(400);

export const eventSchema = z.strictObject({
  /** client-made id: replaying the same write is harmless */
  id: eventIdSchema,
  personId: personIdSchema,
  at: isoDate,
  type: eventTypeSchema,
  from: statusSchema.nullable(),
  to: statusSchema.nullable(),
  text: z.string().max(20_000).nullable(),
  /** for "message": where it was sent */
  channel: messageChannelSchema.nullable(),
  /** for "meeting": the meeting record it came from */
  meetingId: z.string().max(80).nullable(),
});
export type PersonEvent = z.infer<typeof eventSchema>;

export const meetingStatuses = ['planned', 'held', 'cancelled'] as const;

export const actionItemSchema = z.strictObject({
  id: z.string().min(1).max(80),
  text: z.string().trim().min(1).max(2_000),
  done: z.boolean(),
  /** the goal this action item moves forward, if any */
  goalId: goalIdSchema.nullable(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const meetingSchema = z.strictObject({
  id: z.string().min(1).max(80),
  personId: personIdSchema,
  date: isoDate,
  status: z.enum(meetingStatuses),
  agenda: z.string().max(20_000),
  notes: z.string().max(100_000),
  actionItems: z.array(actionItemSchema).max(200),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type Meeting = z.infer<typeof meetingSchema>;

export const summarySources = ['linkedin', 'github', 'both'] as const;
export type SummarySources = (typeof summarySources)[number];

/**
 * the compact record the dashboard lists, filters and sorts: a person without their snapshots, flat
 * (ten thousand of them are read and sent at once; every nested object costs)
 */
export const summarySchema = z.strictObject({
  id: personIdSchema,
  name: z.string().max(20_000).nullable(),
  headline: z.string().max(20_000).nullable(),
  sources: z.enum(summarySources),
  fitScore: z.number().int().min(0).max(100).nullable(),
  fitBand: z.enum(bands).nullable(),
  status: statusSchema,
  statusChangedAt: isoDate,
  savedAt: isoDate,
  role: z.enum(roles).nullable(),
  tags: z.array(tag).max(50),
  /** the first part of the notes, enough to search and show */
  notes: z.string().max(5_000),
  doNotContact: z.boolean(),
  focusArea: z.string().max(200).nullable(),
  cadence: cadenceSchema,
  goalIds: z.array(goalIdSchema).max(100),
  /** follow-up bookkeeping (see Person.followUp) */
  lastContactAt: isoDate.nullable(),
  followUps: z.number().int().min(0).max(100),
  /** funnel stages (see Person.stages) */
  contactedAt: isoDate.nullable(),
  repliedAt: isoDate.nullable(),
  meetingAt: isoDate.nullable(),
  mentoringAt: isoDate.nullable(),
  lastMeetingAt: isoDate.nullable(),
});
export type PersonSummary = z.infer<typeof summarySchema>;

/** what the user did with one reminder: snoozed, dismissed, marked done, and when we last told them */
export const reminderStateSchema = z.strictObject({
  id: z.string().min(1).max(500),
  personId: personIdSchema.nullable(),
  snoozedUntil: isoDate.nullable(),
  dismissedAt: isoDate.nullable(),
  /** for recurring reminders (cadence, goal review): the last time it was done */
  doneAt: isoDate.nullable(),
  /** the due date we last announced (notification and badge), so each is announced once */
  notifiedFor: isoDate.nullable(),
  notifiedAt: isoDate.nullable(),
});
export type ReminderState = z.infer<typeof reminderStateSchema>;

/** what a record that failed its schema looks like to the UI: reported, kept aside, never deleted */
export interface RecordProblem {
  store: string;
  key: string;
  error: string;
}
