import { z } from 'zod';
import { bands } from '../../fit/result';
import { isoDate } from './dates';
import { cadenceSchema, goalIdSchema, personIdSchema, roles, tagSchema } from './fields';
import { statusSchema } from './status';

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
  /** the score sits near a band boundary; absent when not (and in summaries written before it) */
  fitBorderline: z.literal(true).optional(),
  status: statusSchema,
  statusChangedAt: isoDate,
  savedAt: isoDate,
  role: z.enum(roles).nullable(),
  tags: z.array(tagSchema).max(50),
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
