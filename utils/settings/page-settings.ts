// what the content scripts read from storage, with the plain storage API: no @wxt-dev/storage,
// no zod (the keys are the ones the storage items in this folder write)
// Scoring is not done here: the fit's code costs a page about 20 ms on its first run, on every
// load, while the background keeps it warm (see README "Performance")
import { browser } from 'wxt/browser';

export type QuietSite = 'linkedin' | 'github';
export type PageQuietMode = Record<QuietSite, boolean>;

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

export interface PageSettings {
  quiet: PageQuietMode;
}

async function readOnce(): Promise<PageSettings> {
  try {
    const stored = await browser.storage.sync.get(QUIET);
    return { quiet: quietModeOf(stored[QUIET]) };
  } catch {
    return { quiet: { linkedin: true, github: true } };
  }
}

// the read on its way: the hint and the list badges starting together share it
let reading: Promise<PageSettings> | null = null;

/**
 * one storage read for everything a page needs; an unreadable storage counts as quiet. Callers
 * while a read is on its way get that read; one after it is answered reads again
 */
export function readPageSettings(): Promise<PageSettings> {
  if (reading) return reading;
  const mine = readOnce().finally(() => {
    if (reading === mine) reading = null;
  });
  reading = mine;
  return mine;
}

/** calls back when quiet mode, goals or weights change (a new score is due); returns the unwatch function */
export function watchPageSettings(changed: (settings: PageSettings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !(QUIET in changes || GOALS in changes || WEIGHTS in changes)) return;
    // a read begun before this change may answer with what it replaced: this one starts afresh
    if (QUIET in changes) reading = null;
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
