// zod-free: the content scripts score in place and must not bundle zod (see result.ts for the schemas)
export const notEnoughBand = 'Not enough to score';
export const bands = ['Strong fit', 'Promising', 'Long shot', notEnoughBand] as const;
export type Band = (typeof bands)[number];

/** band boundaries, calibrated on real pages and invented personas (docs/fit-calibration.md) */
export const bandFloors = { strong: 62, promising: 38 } as const;
/** a score this close to a boundary could fall either side: shown as "borderline" */
export const borderlineMargin = 3;

export function bandFor(score: number): Band {
  if (score >= bandFloors.strong) return 'Strong fit';
  if (score >= bandFloors.promising) return 'Promising';
  return 'Long shot';
}

/** near a boundary one reason more or less flips the band: say so instead of pretending */
export function isBorderline(score: number): boolean {
  return Object.values(bandFloors).some((floor) => Math.abs(score - floor) <= borderlineMargin);
}
