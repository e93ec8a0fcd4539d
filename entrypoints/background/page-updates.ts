import type { PageUpdate, Request } from '@/utils/messaging/protocol';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import type { Person } from '@/utils/shortlist/schema/person';
import { canMove, statusLabels } from '@/utils/shortlist/schema/status';
import type { Database } from '@/utils/shortlist/store/db';
import { ShortlistError } from '@/utils/shortlist/store/errors';
import { addEvent } from '@/utils/shortlist/tracker/events';
import { setStatusIfUnchanged } from '@/utils/shortlist/tracker/expected-status';
import { findOwner } from '@/utils/shortlist/tracker/people';

type Shortlist = (snapshot: ProfileSnapshot) => Promise<Person>;
type Mark = Extract<Request, { type: 'markFromPage' }>;
type Note = Extract<Request, { type: 'noteFromPage' }>;

/** the stored person the page shows, or null when not shortlisted; a damaged record is an error */
async function ownerOf(db: Database, snapshot: ProfileSnapshot): Promise<Person | null> {
  const found = await findOwner(db, snapshot);
  if (found && 'problem' in found)
    throw new ShortlistError(
      `Your saved record for this person is damaged (${found.problem.error}), so it was left unchanged. Open the dashboard to repair it.`,
    );
  return found?.person ?? null;
}

/** the hint's "Mark as": shortlists first when the hint showed no one, and never overrides a change made elsewhere */
export async function markFromPage(
  db: Database,
  request: Mark,
  shortlist: Shortlist,
): Promise<PageUpdate> {
  const { snapshot, status, expected } = request;
  const owner = await ownerOf(db, snapshot);
  if (owner && expected === null) return { person: owner, applied: false };
  if (!owner) {
    // removed elsewhere since the hint showed them: nothing to move
    if (expected !== null)
      throw new ShortlistError(
        'This person is no longer on your shortlist (removed elsewhere), so nothing was changed. Reload the page to shortlist them again.',
      );
    // checked before shortlisting, so a refused move leaves nothing behind
    if (!canMove('saved', status))
      throw new ShortlistError(
        `Someone just shortlisted starts as "saved" and can't move to "${statusLabels[status]}" yet.`,
      );
    const person = await shortlist(snapshot);
    return setStatusIfUnchanged(db, person.id, 'saved', status);
  }
  return setStatusIfUnchanged(db, owner.id, expected ?? 'saved', status);
}

/** the hint's "Add a note": a note event on the person the page shows, shortlisting them first if need be */
export async function noteFromPage(
  db: Database,
  request: Note,
  shortlist: Shortlist,
): Promise<PageUpdate> {
  const owner = (await ownerOf(db, request.snapshot)) ?? (await shortlist(request.snapshot));
  const { person } = await addEvent(db, {
    id: request.id,
    personId: owner.id,
    type: 'note',
    at: new Date().toISOString(),
    text: request.text,
    channel: null,
  });
  return { person, applied: true };
}
