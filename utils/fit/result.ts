import { z } from 'zod';

import { bands } from './bands';

export {
  type Band,
  bandFloors,
  bandFor,
  bands,
  borderlineMargin,
  isBorderline,
  notEnoughBand,
} from './bands';

export const reasonSchema = z.object({
  /** the signal that produced it, e.g. "expertise", "reachability" */
  signal: z.string().min(1).max(40),
  /** the signal's weight as set by the user (0..1) */
  weight: z.number().min(0).max(1),
  /** signed contribution in score points: positive helps, negative hurts */
  effect: z.number().min(-100).max(100),
  /** one plain sentence for the user */
  text: z.string().min(1).max(300),
});
export type Reason = z.infer<typeof reasonSchema>;

export const fitResultSchema = z.object({
  score: z.number().int().min(0).max(100),
  band: z.enum(bands),
  reasons: z.array(reasonSchema).min(1).max(40),
  /** what to cite when reaching out, e.g. "their pinned repo tiny-llm" */
  cite: z.array(z.string().max(300)).max(20),
  /** true when measured against the default profile because the user set no goals yet */
  usesDefaultProfile: z.boolean(),
  /** true when the score sits within a few points of a band boundary (absent in older records) */
  borderline: z.boolean().optional(),
});
export type FitResult = z.infer<typeof fitResultSchema>;
