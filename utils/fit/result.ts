import { z } from 'zod';

export const notEnoughBand = 'Not enough to score';
export const bands = ['Strong fit', 'Promising', 'Long shot', notEnoughBand] as const;
export type Band = (typeof bands)[number];

/** band boundaries, calibrated on real pages and invented personas (docs/fit-calibration.md) */
export const bandFloors = { strong: 62, promising: 38 } as const;
/** a score this close to a boundary could fall either side: shown as "borderline" */
export const borderlineMargin = 3;

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

export function bandFor(score: number): Band {
  if (score >= bandFloors.strong) return 'Strong fit';
  if (score >= bandFloors.promising) return 'Promising';
  return 'Long shot';
}

/** near a boundary one reason more or less flips the band: say so instead of pretending */
export function isBorderline(score: number): boolean {
  return Object.values(bandFloors).some((floor) => Math.abs(score - floor) <= borderlineMargin);
}
