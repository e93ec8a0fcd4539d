import { z } from 'zod';

import { careerStages, helpWantedOptions, priorities } from './mentee-options';

export { careerStages, helpWantedOptions, priorities } from './mentee-options';

const shortText = z.string().trim().max(200);

export const focusAreaSchema = z.object({
  topic: shortText.min(1),
  priority: z.enum(priorities).default('medium'),
});
export type FocusArea = z.infer<typeof focusAreaSchema>;

export const goalSchema = z.object({
  id: z.string().min(1).max(64),
  title: shortText.min(1),
  targetDate: z.iso.date().nullable().default(null),
  status: z.enum(['open', 'in progress', 'done', 'dropped']).default('open'),
});
export type Goal = z.infer<typeof goalSchema>;

// a focus area may be written as a plain string in a goals file: "PyTorch" = {topic: "PyTorch", priority: "medium"}
const focusAreaInput = z.preprocess(
  (value) => (typeof value === 'string' ? { topic: value } : value),
  focusAreaSchema,
);

/** the user's mentee profile: what fit is measured against. Missing fields take defaults. */
export const menteeProfileSchema = z.object({
  name: shortText.default(''),
  targetRoles: z.array(shortText.min(1)).max(20).default([]),
  focusAreas: z.array(focusAreaInput).max(50).default([]),
  helpWanted: z.array(z.enum(helpWantedOptions)).max(helpWantedOptions.length).default([]),
  careerStage: z.enum(careerStages).default('career changer'),
  yearsExperience: z.number().min(0).max(70).default(0),
  location: shortText.default(''),
  timeZone: shortText.default(''),
  languages: z.array(shortText.min(1)).max(20).default([]),
  preferences: z
    .object({
      freeOnly: z.boolean().default(true),
      remoteOk: z.boolean().default(true),
      seniorityGapYears: z
        .object({ min: z.number().min(0).max(60), max: z.number().min(0).max(60) })
        .refine((gap) => gap.min <= gap.max, 'min must not exceed max')
        .default({ min: 3, max: 15 }),
    })
    .prefault({}),
  /** opt-in and user-entered only: never inferred from a profile */
  sharedBackground: z.array(shortText.min(1)).max(20).default([]),
  goals: z.array(goalSchema).max(100).default([]),
});
export type MenteeProfile = z.infer<typeof menteeProfileSchema>;
export type MenteeProfileInput = z.input<typeof menteeProfileSchema>;

/** until the user sets goals, fit is measured against this clearly labelled profile */
export { defaultMenteeProfile } from './mentee-default';
