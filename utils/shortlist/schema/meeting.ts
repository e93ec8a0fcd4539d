import { z } from 'zod';
import { isoDate } from './dates';
import { goalIdSchema, personIdSchema } from './fields';

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
