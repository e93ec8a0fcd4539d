import type { Site } from '@/utils/hint/controller';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { snapshot } from './snapshots';

/** a site for the hint's unit tests: the page's <h1> is the person's name and the hint's anchor */
export function headingSite(options: {
  name: Site['name'];
  isProfileUrl: Site['isProfileUrl'];
  /** the handle the page shows (default: ada-okafor) */
  handle?: () => string;
  /** called on every extraction, e.g. to count reads */
  onRead?: () => void;
}): Site {
  return {
    name: options.name,
    isProfileUrl: options.isProfileUrl,
    extract: () => {
      options.onRead?.();
      const profile: ProfileSnapshot = snapshot({
        source: options.name,
        handle: options.handle?.() ?? 'ada-okafor',
        name: document.querySelector('h1')?.textContent ?? null,
      });
      return { ok: true, profile };
    },
    anchor: (doc) => doc.querySelector('h1'),
    isDark: () => false,
  };
}
