import { afterEach } from 'vitest';
import type { FitResult } from '@/utils/fit/result';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import type { Database } from '@/utils/shortlist/store/db';
import { shortlistProfile } from '@/utils/shortlist/tracker/people';
import { fitResult, snapshot } from '../../support/snapshots';

/** opens the dashboard on a route; the hash is reset after each test */
export function at(hash: string): void {
  location.hash = hash;
}
afterEach(() => {
  location.hash = '';
});

let counter = 0;
/** shortlists invented people: names "Person 0".."Person n-1" unless given */
export async function people(
  db: Database,
  count: number,
  shape: (index: number) => Partial<ProfileSnapshot> = () => ({}),
  fitOf: (index: number) => FitResult | null = (index) => fitResult(20 + ((index * 7) % 80)),
): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const handle = `person-${counter++}`;
    await shortlistProfile(
      db,
      snapshot({ handle, name: `Person ${index}`, headline: `Headline ${index}`, ...shape(index) }),
      fitOf(index),
      new Date(Date.UTC(2026, 0, 1, 0, index)),
    );
  }
}
