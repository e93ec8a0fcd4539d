import { type SamePerson, suggestSamePerson } from '../../fit/identity';
import type { ProfileSnapshot } from '../../profile/snapshot';
import { mergePerson } from '../portability/import-merge';
import { meetingSchema, type Person } from '../schema/person';
import { allStores, type Database } from '../store/db';
import { ShortlistError } from '../store/errors';
import { inTransaction, keyOf, loadPerson, putPerson, readPerson } from '../store/records';
import { dropSummary } from '../store/summary-chunks';
import { newEvent } from './people';
import { loadTimeline, withEvents } from './timelines';

export interface LinkSuggestion {
  id: string;
  name: string | null;
  headline: string | null;
  confidence: SamePerson['confidence'];
  reason: string;
}

const snapshotsOf = (person: Person): ProfileSnapshot[] =>
  Object.values(person.profiles).filter((p): p is ProfileSnapshot => !!p);

/** two records can be one person only if they don't both have a profile on the same site */
function clash(a: Person, b: Person): string | null {
  for (const source of ['linkedin', 'github'] as const) {
    if (a.profiles[source] && b.profiles[source])
      return source === 'linkedin' ? 'LinkedIn' : 'GitHub';
  }
  return null;
}

/** the saved people who may be this person: linked by their own profiles, or same name and employer/site */
export async function linkSuggestions(db: Database, id: string): Promise<LinkSuggestion[]> {
  const found = await db.get('people', id);
  if (found === undefined) throw new ShortlistError(`No one with id ${id} is on the shortlist.`);
  const read = readPerson(id, found);
  if (!read.ok)
    throw new ShortlistError(`The saved record for ${id} is damaged; it can't be linked.`);
  const person = read.value;
  const suggestions: LinkSuggestion[] = [];
  for (const value of await db.getAll('people')) {
    const other = readPerson(keyOf(value, ''), value);
    if (!other.ok || other.value.id === id || clash(person, other.value)) continue;
    let best: SamePerson = { confidence: 'none', reason: '' };
    for (const a of snapshotsOf(person)) {
      for (const b of snapshotsOf(other.value)) {
        const verdict = suggestSamePerson(a, b);
        if (
          verdict.confidence === 'linked' ||
          (verdict.confidence === 'suggested' && best.confidence === 'none')
        )
          best = verdict;
      }
    }
    if (best.confidence !== 'none') {
      suggestions.push({
        id: other.value.id,
        name: other.value.name,
        headline: other.value.headline,
        ...best,
      });
    }
  }
  // links the profiles state themselves first
  return suggestions.sort((a, b) =>
    a.confidence === b.confidence ? 0 : a.confidence === 'linked' ? -1 : 1,
  );
}

/**
 * makes one person of two records, as the user confirmed: profiles, history, meetings and notes
 * join the kept record in one transaction; reminders of the other are recomputed from the result
 */
export async function linkPeople(
  db: Database,
  keepId: string,
  otherId: string,
  now = new Date(),
): Promise<Person> {
  if (keepId === otherId) throw new ShortlistError('A person cannot be linked to themselves.');
  const at = now.toISOString();
  const tx = db.transaction([...allStores], 'readwrite');
  return inTransaction(tx, 'linking', async () => {
    const keep = await loadPerson(tx, keepId);
    const other = await loadPerson(tx, otherId);
    const site = clash(keep, other);
    if (site)
      throw new ShortlistError(`Both already have a ${site} profile, so they can't be one person.`);
    // v3: a person's timeline is in their people record
    const records = tx.objectStore('people');
    const [ours, theirs] = await Promise.all([
      loadTimeline(records, keepId),
      loadTimeline(records, otherId),
    ]);
    // the other record goes first: its profile keys must be free before the kept one claims them
    await tx.objectStore('people').delete(otherId);
    await dropSummary(tx, otherId);
    const merged = await putPerson(
      tx,
      { ...mergePerson(keep, { ...other, id: keep.id }), updatedAt: at },
      withEvents(ours.raw, [
        ...theirs.events.map((event) => ({ ...event, personId: keepId })),
        newEvent(keepId, at, {
          type: 'note',
          text: `Linked with ${other.name ?? other.id} (${other.profileKeys.join(', ')})`,
        }),
      ]),
    );
    const meetings = tx.objectStore('meetings');
    for (const value of await meetings.index('personId').getAll(otherId)) {
      const meeting = meetingSchema.safeParse(value);
      if (meeting.success) await meetings.put({ ...meeting.data, personId: keepId });
    }
    const reminders = tx.objectStore('reminders');
    for (const key of await reminders.index('personId').getAllKeys(otherId))
      await reminders.delete(key);
    return merged;
  });
}
