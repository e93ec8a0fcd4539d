import { z } from 'zod';

// a person's id is the profile key they were first saved by: settings (drafts) and the shortlist share it

export const personIdSchema = z
  .string()
  .regex(/^(linkedin|github):[^\s]{1,200}$/, 'expected "linkedin:<handle>" or "github:<login>"');
