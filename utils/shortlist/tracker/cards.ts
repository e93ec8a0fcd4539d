import type { FitResult } from '../../fit/result';
import { cardSnapshot } from '../../lists/snapshot';
import type { ListPerson } from '../../lists/types';
import { mergeSnapshots } from '../../profile/merge';
import { profileKey } from '../../profile/snapshot';
import type { Person } from '../schema/person';
import type { Database } from '../store/db';
import { ShortlistError } from '../store/errors';
import { inTransaction, keyOf, putPerson, readPerson } from '../store/records';
import { findOwner, shortlistProfile } from './people';

const memberKey = (memberId: string) => `linkedin:${memberId.toLowerCase()}`;
const handleKey = (handle: string) => `linkedin:${handle.toLowerCase()}`;

/**
 * someone saved from a list that linked them by member id (/in/ACoAA…) gets their public handle
 * once a page shows both: the one record is then found under either. Two separate records stay apart.
 */
export async function joinMemberId(
  db: Database,
  memberId: string,
  handle: string,
  now = new Date(),
): Promise<Person | null> {
  const tx = db.transaction(['people', 'summaryChunks'], 'readwrite');
  return inTransaction(tx, 'joining a member id', async () => {
    const index = tx.objectStore('people').index('profileKeys');
    const byMember = await index.get(memberKey(memberId));
    if (byMember === undefined) return null;
    const read = readPerson(keyOf(byMember, memberKey(memberId)), byMember);
    if (!read.ok) return null;
    const person = read.value;
    if (person.profileKeys.includes(handleKey(handle))) return person;
    if ((await index.get(handleKey(handle))) !== undefined) return person;
    const stored = person.profiles.linkedin;
    const url = `https://www.linkedin.com/in/${encodeURIComponent(handle)}/`;
    return putPerson(tx, {
      ...person,
      profileKeys: [...person.profileKeys, handleKey(handle)].slice(0, 10),
      // the public handle becomes the profile's own: opening their profile now finds this record
      profiles:
        stored?.handle === memberId
          ? { ...person.profiles, linkedin: { ...stored, handle, url } }
          : person.profiles,
      updatedAt: now.toISOString(),
    });
  });
}

/** shortlists a person from their list card; a record already there keeps what its profile showed */
export async function shortlistCard(
  db: Database,
  person: ListPerson,
  fit: FitResult | null,
  now = new Date(),
): Promise<Person> {
  if (person.handle && person.memberId) await joinMemberId(db, person.memberId, person.handle, now);
  const card = cardSnapshot(person);
  const found = await findOwner(db, card);
  if (found && 'problem' in found) {
    throw new ShortlistError(
      `The saved record for ${profileKey(card)} is damaged (${found.problem.error}); it was kept as it is.`,
    );
  }
  const stored = found?.person.profiles[card.source];
  // the card fills only what the stored profile lacks
  const snapshot = stored
    ? { ...mergeSnapshots(card, stored), handle: stored.handle, url: stored.url }
    : card;
  return shortlistProfile(db, snapshot, fit, now);
}

/** the saved people among a list's cards, by list key; one read transaction for the whole page */
export async function cardOwners(
  db: Database,
  people: readonly ListPerson[],
): Promise<Map<string, { id: string; status: Person['status'] }>> {
  const index = db.transaction('people').store.index('profileKeys');
  const owners = new Map<string, { id: string; status: Person['status'] }>();
  for (const person of people) {
    for (const key of [person.handle, person.memberId]) {
      if (!key) continue;
      const full = person.source === 'linkedin' ? handleKey(key) : `github:${key.toLowerCase()}`;
      const stored = await index.get(full);
      if (stored === undefined) continue;
      const read = readPerson(keyOf(stored, full), stored);
      if (read.ok) {
        owners.set(`${person.source}:${(person.handle ?? person.memberId ?? '').toLowerCase()}`, {
          id: read.value.id,
          status: read.value.status,
        });
        break;
      }
    }
  }
  return owners;
}
