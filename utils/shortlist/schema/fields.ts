import { z } from 'zod';

// the fields a person record and its summary share

export { personIdSchema } from '../../person-id';

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

/** a tag the user gives a person */
export const tagSchema = z.string().trim().min(1).max(60);
