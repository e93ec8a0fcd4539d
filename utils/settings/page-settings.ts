// what the content scripts read from storage, with the plain storage API: no @wxt-dev/storage,
// no zod (the keys are the ones the storage items in this folder write)
import { browser } from 'wxt/browser';
import type { MenteeProfile } from '../fit/mentee';
import { defaultMenteeProfile } from '../fit/mentee-default';
import { storedFitWeights, storedMenteeProfile } from '../fit/stored-guard';
import { defaultFitWeights } from '../fit/weight-defaults';
import type { FitWeights } from '../fit/weights';

export type QuietSite = 'linkedin' | 'github';
export type PageQuietMode = Record<QuietSite, boolean>;

/** what the page scores against, read once and again on change */
export interface FitSettings {
  mentee: MenteeProfile;
  usesDefaultProfile: boolean;
  weights: FitWeights;
}

const QUIET = 'quietMode';
const GOALS = 'menteeProfile';
const WEIGHTS = 'fitWeights';

/** quiet mode as quiet-mode.ts reads it: unset is off, a damaged value is quiet (the safe side) */
export function quietModeOf(raw: unknown): PageQuietMode {
  if (raw === undefined || raw === null) return { linkedin: false, github: false };
  const value = raw as Partial<PageQuietMode>;
  if (
    typeof raw !== 'object' ||
    typeof value.linkedin !== 'boolean' ||
    typeof value.github !== 'boolean'
  )
    return { linkedin: true, github: true };
  return { linkedin: value.linkedin, github: value.github };
}

/** goals and weights as saved; null when either isn't in its saved form (the background explains) */
export function fitSettingsOf(goals: unknown, weights: unknown): FitSettings | null {
  const mentee =
    goals === undefined || goals === null ? defaultMenteeProfile : storedMenteeProfile(goals);
  const checked =
    weights === undefined || weights === null ? defaultFitWeights : storedFitWeights(weights);
  if (!mentee || !checked) return null;
  return { mentee, usesDefaultProfile: goals === undefined || goals === null, weights: checked };
}

export interface PageSettings {
  quiet: PageQuietMode;
  fit: FitSettings | null;
}

/** one storage read for everything a page needs; an unreadable storage counts as quiet */
export async function readPageSettings(): Promise<PageSettings> {
  try {
    const stored = await browser.storage.sync.get([QUIET, GOALS, WEIGHTS]);
    return {
      quiet: quietModeOf(stored[QUIET]),
      fit: fitSettingsOf(stored[GOALS], stored[WEIGHTS]),
    };
  } catch {
    return { quiet: { linkedin: true, github: true }, fit: null };
  }
}

/** calls back when quiet mode, goals or weights change; returns the unwatch function */
export function watchPageSettings(changed: (settings: PageSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !(QUIET in changes || GOALS in changes || WEIGHTS in changes)) return;
    void readPageSettings().then(changed);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    try {
      browser.storage?.onChanged?.removeListener(listener);
    } catch {
      // the extension is gone: nothing to remove from
    }
  };
}
