import type { Person } from '../schema/person';
import { canMove, type Status, statusLabels } from '../schema/status';
import type { Database } from '../store/db';
import { ShortlistError } from '../store/errors';
import { inTransaction, loadPerson, putPerson } from '../store/records';
import { withStatus } from './bookkeeping';
import { newEvent } from './people';
import { loadTimeline, withEvents } from './timelines';

/**
 * moves a person to `to` only if their status is still `expected` (what the caller showed), in one
 * transaction: a move made elsewhere in the meantime is reported (applied: false), never overwritten
 */
export async function setStatusIfUnchanged(
  db: Database,
  id: string,
  expected: Status,
  to: Status,
  now = new Date(),
): Promise<{ person: Person; applied: boolean }> {
  const at = now.toISOString();
  const tx = db.transaction(['people', 'summaryChunks'], 'readwrite');
  return inTransaction(tx, 'the status change', async () => {
    const person = await loadPerson(tx, id);
    if (person.status !== expected) return { person, applied: false };
    if (person.status === to) return { person, applied: true };
    if (!canMove(person.status, to))
      throw new ShortlistError(
        `Can't move from "${statusLabels[person.status]}" to "${statusLabels[to]}".`,
      );
    const { raw } = await loadTimeline(tx.objectStore('people'), id);
    const event = newEvent(id, at, { type: 'status', from: person.status, to, text: null });
    const updated = await putPerson(tx, withStatus(person, to, at), withEvents(raw, [event]));
    return { person: updated, applied: true };
  });
}
