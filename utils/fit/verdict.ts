import { notEnoughBand } from './bands';
import type { FitResult, Reason } from './result';

/** true when the page gave too little to judge: no number is shown as if it meant something */
export const isNotEnough = (fit: FitResult): boolean => fit.band === notEnoughBand;

/** "72 of 100, Strong fit", "44 of 100, Promising, borderline", "not enough to score" */
export function verdictWords(fit: FitResult): string {
  if (isNotEnough(fit)) return 'not enough to score';
  return `${fit.score} of 100, ${fit.band}${fit.borderline ? ', borderline' : ''}`;
}

/** a list's verdict: no number when there is not enough to score, "borderline" beside the band */
export function shownVerdict(fit: Pick<FitResult, 'score' | 'band' | 'borderline'>): {
  score: number | null;
  band: string;
} {
  if (fit.band === notEnoughBand) return { score: null, band: fit.band };
  return { score: fit.score, band: `${fit.band}${fit.borderline ? ', borderline' : ''}` };
}

/** "57 of 100, Promising, borderline" or "Not enough to score": for accessible names */
export const shownVerdictWords = (fit: Pick<FitResult, 'score' | 'band' | 'borderline'>) => {
  const { score, band } = shownVerdict(fit);
  return score === null ? band : `${score} of 100, ${band}`;
};

/**
 * the reasons for the compact view: the "not enough" explanation first, then at most `max`
 * reasons that moved the score, largest effect first; notes wait in the full list
 */
export function topReasons(fit: FitResult, max = 3): Reason[] {
  const lead = isNotEnough(fit) ? fit.reasons.filter((r) => r.text.startsWith('Not enough')) : [];
  const moved = fit.reasons
    .filter((r) => r.effect !== 0)
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
    .slice(0, Math.max(0, max - lead.length));
  const top = [...lead, ...moved];
  // nothing moved the score: the first note says why
  return top.length > 0 ? top : fit.reasons.slice(0, 1);
}
