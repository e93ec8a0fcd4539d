import { useState } from 'react';
import { useAsync } from '@/components/useAsync';
import type { Reminder } from '@/utils/shortlist/reminders/compute';
import type { Person } from '@/utils/shortlist/schema/person';
import { formatDateTime } from './dates';
import { ReminderSettings } from './ReminderSettings';
import { ask, messageOf, newId } from './request';
import { personHref } from './useRoute';

const SHOWN = 200;
const DAY = 86_400_000;

interface ItemProps {
  reminder: Reminder;
  onDone(person?: Person): void;
  onError(message: string): void;
}

function Item({ reminder, onDone, onError }: ItemProps) {
  const ref = { id: reminder.id, kind: reminder.kind, personId: reminder.personId };
  const run = async (work: () => Promise<Person | undefined>) => {
    try {
      onDone(await work());
    } catch (error) {
      onError(messageOf(error));
    }
  };
  const snooze = (days: number) =>
    run(async () => {
      await ask({
        type: 'snoozeReminder',
        reminder: ref,
        until: new Date(Date.now() + days * DAY).toISOString(),
      });
      return undefined;
    });
  const quoted = `“${reminder.title}”`;
  return (
    <li className="panel">
      <h4>
        {reminder.personId ? (
          <a href={personHref(reminder.personId)}>{reminder.title}</a>
        ) : (
          reminder.title
        )}
      </h4>
      <p>{reminder.detail}</p>
      <p className="muted">
        Due <time dateTime={reminder.dueAt}>{formatDateTime(reminder.dueAt)}</time>
        {reminder.announcedAt && (
          <>
            {' '}
            · reminded{' '}
            <time dateTime={reminder.announcedAt}>{formatDateTime(reminder.announcedAt)}</time>
          </>
        )}
      </p>
      <div className="row">
        {reminder.kind === 'follow-up' && reminder.personId && (
          <a
            className="button-link primary"
            href={personHref(reminder.personId, 'draft')}
            aria-label={`Draft follow-up: ${quoted}`}
          >
            Draft follow-up
          </a>
        )}
        {reminder.kind === 'meeting' && reminder.personId && (
          <a
            className="button-link primary"
            href={personHref(reminder.personId, 'agenda')}
            aria-label={`Prepare agenda: ${quoted}`}
          >
            Prepare agenda
          </a>
        )}
        {reminder.kind === 'cadence' && reminder.personId && (
          <a
            className="button-link primary"
            href={personHref(reminder.personId, 'meeting')}
            aria-label={`Plan a meeting: ${quoted}`}
          >
            Plan a meeting
          </a>
        )}
        {reminder.kind === 'follow-up' && reminder.personId && (
          <button
            type="button"
            aria-label={`I sent the follow-up: ${quoted}`}
            onClick={() =>
              void run(async () => {
                const { person } = await ask({
                  type: 'addEvent',
                  event: {
                    id: newId('follow-up'),
                    personId: reminder.personId as string,
                    type: 'message',
                    at: new Date().toISOString(),
                    text: 'Follow-up sent',
                    channel: 'other',
                  },
                });
                return person;
              })
            }
          >
            I sent it
          </button>
        )}
        {reminder.kind === 'no-response' && reminder.personId && (
          <button
            type="button"
            aria-label={`Mark no response: ${quoted}`}
            onClick={() =>
              void run(() =>
                ask({ type: 'setStatus', id: reminder.personId as string, status: 'no-response' }),
              )
            }
          >
            Mark “no response”
          </button>
        )}
        <button
          type="button"
          aria-label={`Snooze ${quoted} by a day`}
          onClick={() => void snooze(1)}
        >
          Snooze a day
        </button>
        <button
          type="button"
          aria-label={`Snooze ${quoted} by a week`}
          onClick={() => void snooze(7)}
        >
          Snooze a week
        </button>
        <button
          type="button"
          aria-label={`Done: ${quoted}`}
          onClick={() =>
            void run(async () => {
              await ask({ type: 'dismissReminder', reminder: ref });
              return undefined;
            })
          }
        >
          Done
        </button>
      </div>
    </li>
  );
}

function List({
  title,
  reminders,
  ...rest
}: { title: string; reminders: readonly Reminder[] } & Omit<ItemProps, 'reminder'>) {
  return (
    <section aria-label={title}>
      <h3>
        {title} <span className="muted">({reminders.length})</span>
      </h3>
      {reminders.length === 0 ? (
        <p className="empty">
          {title === 'Due now'
            ? 'Nothing is due. Reminders appear here after you log a message or plan a meeting.'
            : 'Nothing coming up.'}
        </p>
      ) : (
        <ul className="plain">
          {reminders.slice(0, SHOWN).map((reminder) => (
            <Item key={reminder.id} reminder={reminder} {...rest} />
          ))}
        </ul>
      )}
      {reminders.length > SHOWN && <p className="muted">…and {reminders.length - SHOWN} more.</p>}
    </section>
  );
}

/** what is due now and what is coming up, from stored dates: works without the notifications permission */
export function DueList({ onPerson }: { onPerson(person: Person): void }) {
  const due = useAsync(() => ask({ type: 'listReminders' }));
  const [error, setError] = useState<string | null>(null);
  const onDone = (person?: Person) => {
    setError(null);
    if (person) onPerson(person);
    due.reload();
  };
  const now = Date.now();
  return (
    <section aria-labelledby="due-heading">
      <h2 id="due-heading">Due</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {due.state.status === 'loading' && <p className="muted loading">Loading reminders…</p>}
      {due.state.status === 'error' && (
        <p role="alert" className="error">
          Couldn't load reminders: {due.state.error}
        </p>
      )}
      {due.state.status === 'ready' && (
        <>
          {due.state.value.settingsError && (
            <p role="alert" className="error">
              {due.state.value.settingsError}
            </p>
          )}
          <List
            title="Due now"
            reminders={due.state.value.reminders.filter((r) => Date.parse(r.dueAt) <= now)}
            onDone={onDone}
            onError={setError}
          />
          <List
            title="Coming up"
            reminders={due.state.value.reminders.filter((r) => Date.parse(r.dueAt) > now)}
            onDone={onDone}
            onError={setError}
          />
        </>
      )}
      {/* the items first; how they are made comes after */}
      <ReminderSettings onChanged={due.reload} />
    </section>
  );
}
