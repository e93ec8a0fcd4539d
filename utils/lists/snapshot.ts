import { emptySnapshot } from '../profile/blank';
import type { ProfileSnapshot } from '../profile/snapshot';
import type { ListPerson } from './types';

/** what a list card can never show: the fit says so instead of guessing */
export const notOnCard = ['about', 'experience', 'education', 'skills'] as const;

/** a partial profile from what one card showed; opening the profile later completes it */
export function cardSnapshot(person: ListPerson): ProfileSnapshot {
  const handle = person.handle ?? person.memberId ?? '';
  const snapshot = emptySnapshot(person.source, handle, person.url);
  const found = ['name', 'headline', 'location'].filter(
    (field) => person[field as 'name' | 'headline' | 'location'] !== null,
  );
  return {
    ...snapshot,
    name: person.name,
    headline: person.headline,
    location: person.location,
    signals: {
      ...(person.degree !== null ? { degree: person.degree } : {}),
      ...(person.mutual !== null ? { mutualConnections: person.mutual } : {}),
      missing: [...notOnCard],
      found: [...found, 'list card'],
    },
  };
}
