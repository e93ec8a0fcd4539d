import { z } from 'zod';
import { importLimits } from '../portability/export-format';
import { reminderKinds } from '../reminders/compute';
import { isoDate } from './dates';
import {
  cadenceSchema,
  goalIdSchema,
  loggableEventTypes,
  meetingSchema,
  messageChannelSchema,
  personIdSchema,
  roles,
} from './person';

// what the pages may send to change the tracker: the protocol (utils/messaging/protocol.ts) uses these

export const personPatchSchema = z.strictObject({
  role: z.enum(roles).nullable().optional(),
  focusArea: z.string().max(200).nullable().optional(),
  tags: z.array(z.string().max(60)).max(50).optional(),
  notes: z.string().max(100_000).optional(),
  doNotContact: z.boolean().optional(),
  cadence: cadenceSchema.optional(),
  goalIds: z.array(goalIdSchema).max(100).optional(),
  linkedinConnected: z.boolean().optional(),
});

export const eventInputSchema = z.strictObject({
  id: z.string().min(1).max(200),
  personId: personIdSchema,
  type: z.enum(loggableEventTypes),
  at: isoDate,
  text: z.string().max(20_000).nullable(),
  channel: messageChannelSchema.nullable(),
});

export const meetingInputSchema = meetingSchema.omit({ createdAt: true, updatedAt: true });

export const reminderRefSchema = z.strictObject({
  id: z.string().min(1).max(500),
  kind: z.enum(reminderKinds),
  personId: personIdSchema.nullable(),
});

/** characters an import may carry in one message; a bigger file comes as an upload in parts */
export const IMPORT_TEXT_CHARS = 32 * 1024 * 1024;

/** an export's text as the page read it from the chosen file, whole (small files) */
export const importTextSchema = z
  .string()
  .max(
    Math.min(IMPORT_TEXT_CHARS, importLimits.bytes),
    'the file is too big for one message: send it in parts',
  );
