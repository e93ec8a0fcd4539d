import { sampleMentor } from '@/utils/fit/sample-profile';
import { scoreFit } from '@/utils/fit/score';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import type { Settings } from './handlers';

// the same invented mentor as a GitHub profile: the scorer has a path per source
const samples: ProfileSnapshot[][] = [
  [sampleMentor],
  [{ ...sampleMentor, source: 'github', url: 'https://github.com/sample-mentor', repos: [] }],
];

/**
 * a started worker's first fit costs tens of ms more than the next ones (the scorer's code is
 * compiled on first use, the goals' phrases indexed): a page that wakes us while it is still being
 * parsed gets that done before its own analysis arrives. Once per worker start; never throws
 */
export function warmUpOnce(settings: Settings): () => void {
  let warmed = false;
  return () => {
    if (warmed) return;
    warmed = true;
    // after the wake's own reply
    setTimeout(() => {
      void settings()
        .then(({ profile, usesDefaultProfile, weights }) => {
          for (const snapshots of samples)
            scoreFit(snapshots, profile, { usesDefaultProfile, weights });
        })
        .catch(() => undefined);
    }, 0);
  };
}
