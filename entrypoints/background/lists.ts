import { scoreFit } from '@/utils/fit/score';
import { isNotEnough } from '@/utils/fit/verdict';
import { cardSnapshot } from '@/utils/lists/snapshot';
import { type ListPerson, listKey } from '@/utils/lists/types';
import type { CardFit } from '@/utils/messaging/protocol';
import type { FitSettings } from '@/utils/settings/fit-settings';
import type { Person } from '@/utils/shortlist/schema/person';
import type { Database } from '@/utils/shortlist/store/db';
import { cardOwners, joinMemberId, shortlistCard } from '@/utils/shortlist/tracker/cards';

async function scorer(settings: () => Promise<FitSettings>) {
  const { profile, usesDefaultProfile, weights } = await settings();
  return (person: ListPerson) =>
    scoreFit(cardSnapshot(person), profile, { usesDefaultProfile, weights });
}

/** every card of a page in one request: fits and shortlist statuses together */
export async function listFit(
  db: Database,
  people: ListPerson[],
  settings: () => Promise<FitSettings>,
): Promise<CardFit[]> {
  // a page that shows both a member id and a handle joins them for a record saved under the id
  for (const person of people) {
    if (person.handle && person.memberId) await joinMemberId(db, person.memberId, person.handle);
  }
  const [score, owners] = await Promise.all([scorer(settings), cardOwners(db, people)]);
  return people.map((person) => {
    const fit = score(person);
    const key = listKey(person);
    return {
      key,
      score: fit.score,
      band: fit.band,
      borderline: fit.borderline === true && !isNotEnough(fit),
      partial: true,
      reasons: fit.reasons.slice(0, 3).map((reason) => reason.text),
      usesDefaultProfile: fit.usesDefaultProfile,
      person: owners.get(key) ?? null,
    };
  });
}

export { joinMemberId };

export async function shortlistFromCard(
  db: Database,
  person: ListPerson,
  settings: () => Promise<FitSettings>,
): Promise<Person> {
  const score = await scorer(settings);
  return shortlistCard(db, person, score(person));
}
