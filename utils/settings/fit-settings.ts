import { browser } from 'wxt/browser';
import type { FitWeights } from '../fit/weights';
import { loadFitWeights } from './fit-weights';
import { type LoadedMenteeProfile, loadMenteeProfile } from './mentee-profile';

/** everything a fit is scored with: the user's goals (or the defaults) and their weights */
export interface FitSettings extends LoadedMenteeProfile {
  weights: FitWeights;
}

export async function loadFitSettings(): Promise<FitSettings> {
  const [loaded, weights] = await Promise.all([loadMenteeProfile(), loadFitWeights()]);
  return { ...loaded, weights };
}

// the storage keys behind those settings (and WXT's "$" metadata keys beside them)
const watched = /^(?:menteeProfile|fitWeights)(?:\$|$)/;

/**
 * the settings read once and kept until either changes: every analysis and list read needs them,
 * and reading and validating them each time costs a storage round trip. A damaged value is not
 * kept: it is read (and reported) again next time. Returns the reader and a stop function
 */
export function cachedFitSettings(load: () => Promise<FitSettings> = loadFitSettings): {
  read: () => Promise<FitSettings>;
  stop: () => void;
} {
  let cached: Promise<FitSettings> | null = null;
  const forget = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some((key) => watched.test(key))) cached = null;
  };
  browser.storage.onChanged.addListener(forget);
  return {
    read() {
      if (cached) return cached;
      const loading = load();
      cached = loading;
      loading.catch(() => {
        if (cached === loading) cached = null;
      });
      return loading;
    },
    stop: () => browser.storage.onChanged.removeListener(forget),
  };
}
