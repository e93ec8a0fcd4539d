import { z } from 'zod';
import { bands, fitResultSchema } from '../../fit/result';
import { profileSnapshotSchema } from '../../profile/snapshot';
import { isoDate } from './dates';
import { cadenceSchema, goalIdSchema, personIdSchema, roles, tagSchema } from './fields';
import { statusSchema } from './status';

// the other record schemas have files of their own; re-exported so one import reaches them all
export * from './event';
export * from './fields';
export * from './meeting';
export * from './record-problem';
export * from './reminder-state';
export * from './summary';

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
  tags: z.array(tagSchema).max(50),
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
