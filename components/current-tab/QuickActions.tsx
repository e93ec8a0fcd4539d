import { useId, useState } from 'react';
import { newId } from '@/components/dashboard/request';
import { messageOf } from '@/utils/errors';
import { send } from '@/utils/messaging/send';
import type { Person } from '@/utils/shortlist/schema/person';
import { canMove, type Status, statusLabels } from '@/utils/shortlist/schema/status';

// the moves people make most, offered where they are browsing (the rest are on the person page)
const quickMoves: Array<{ to: Status; label: string }> = [
  { to: 'contacted', label: 'Contacted' },
  { to: 'replied', label: 'Replied' },
  { to: 'meeting-scheduled', label: 'Meeting' },
  { to: 'not-a-fit', label: 'Not a fit' },
];

/** change the status and add a note without opening the dashboard */
export function QuickActions({
  person,
  onChanged,
}: {
  person: Person;
  onChanged(person: Person): void;
}) {
  const id = useId();
  const [note, setNote] = useState('');
  const [said, setSaid] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = person.name ?? person.id;
  const run = async (work: () => Promise<Person>, done: string) => {
    setBusy(true);
    setError(null);
    setSaid('');
    try {
      onChanged(await work());
      setSaid(done);
    } catch (cause) {
      setError(messageOf(cause));
    } finally {
      setBusy(false);
    }
  };
  const moves = quickMoves.filter(({ to }) => canMove(person.status, to));
  return (
    <section aria-label={`Update ${name}`} className="quick-actions">
      {moves.length > 0 && (
        <fieldset>
          <legend>Mark as</legend>
          <div className="row">
            {moves.map(({ to, label }) => (
              <button
                key={to}
                type="button"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => send({ type: 'setStatus', id: person.id, status: to }),
                    `Status: ${statusLabels[to]}.`,
                  )
                }
              >
                {label}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      <form
        className="quick-note"
        onSubmit={(event) => {
          event.preventDefault();
          const text = note.trim();
          if (!text) return setError('Write the note first.');
          void run(async () => {
            const { person: updated } = await send({
              type: 'addEvent',
              event: {
                id: newId('note'),
                personId: person.id,
                type: 'note',
                at: new Date().toISOString(),
                text,
                channel: null,
              },
            });
            setNote('');
            return updated;
          }, 'Note added.');
        }}
      >
        <label htmlFor={`${id}-note`}>Add a note</label>
        <div className="row">
          <input
            id={`${id}-note`}
            type="text"
            value={note}
            maxLength={2000}
            placeholder="What happened, what to ask next"
            onChange={(event) => setNote(event.target.value)}
          />
          <button type="submit" disabled={busy}>
            Add note
          </button>
        </div>
      </form>
      <p role="status" className="saved-state">
        {said}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
