import { z } from 'zod';
import { isoDate } from './dates';
import { personIdSchema } from './fields';

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
