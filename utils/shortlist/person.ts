import { z } from 'zod';
import { fitResultSchema } from '../fit/result';
import { profileSnapshotSchema } from '../profile/snapshot';
import { statusSchema } from './status';

const isoDate = z.iso.datetime();

export const personIdSchema = z
  .string()
  .regex(/^(linkedin|github):[^\s]{1,200}$/, 'expected "linkedin:<handle>" or "github:<login>"');

/** one person, possibly with both a LinkedIn and a GitHub profile */
export const personSchema = z.object({
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
  role: z.enum(['primary', 'secondary']).nullable(),
  tags: z.array(z.string().max(60)).max(50),
  notes: z.string().max(100_000),
  doNotContact: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;

export const eventSchema = z.object({
  /** client-made id: replaying the same write is harmless */
  id: z.string().min(1).max(80),
  personId: personIdSchema,
  at: isoDate,
  type: z.enum(['saved', 'status', 'note', 'message', 'removed-profile']),
  from: statusSchema.nullable(),
  to: statusSchema.nullable(),
  text: z.string().max(20_000).nullable(),
});
export type PersonEvent = z.infer<typeof eventSchema>;

/** what a record that failed its schema looks like to the UI: reported, kept aside, never deleted */
export interface RecordProblem {
  store: string;
  key: string;
  error: string;
}
