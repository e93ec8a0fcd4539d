import { z } from 'zod';
import { fitResultSchema } from '../../fit/result';
import { profileSnapshotSchema } from '../../profile/snapshot';
import { statusSchema } from '../schema/status';

// version 1 of the stored records, frozen: the upgrade ladder reads them, nothing writes them any more
const isoDate = z.iso.datetime();

export const personIdV1Schema = z
  .string()
  .regex(/^(linkedin|github):[^\s]{1,200}$/, 'expected "linkedin:<handle>" or "github:<login>"');

export const personV1Schema = z.object({
  id: personIdV1Schema,
  profileKeys: z.array(personIdV1Schema).min(1).max(10),
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
export type PersonV1 = z.infer<typeof personV1Schema>;

export const eventV1Schema = z.object({
  id: z.string().min(1).max(80),
  personId: personIdV1Schema,
  at: isoDate,
  type: z.enum(['saved', 'status', 'note', 'message', 'removed-profile']),
  from: statusSchema.nullable(),
  to: statusSchema.nullable(),
  text: z.string().max(20_000).nullable(),
});
export type EventV1 = z.infer<typeof eventV1Schema>;
