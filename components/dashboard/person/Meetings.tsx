import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Goal } from '@/utils/fit/mentee';
import type { ActionItem, Meeting, Person } from '@/utils/shortlist/schema/person';
import { formatDateTime, fromLocalInput, toLocalInput } from '../dates';
import { ask, messageOf, newId } from '../request';

// the agenda every meeting starts from: what the mentorship guidance asks to prepare
export const agendaTemplate =
  'Topics:\n- \nQuestions:\n- \nProgress since last time:\n- \nA specific challenge:\n- ';

const statusText: Record<Meeting['status'], string> = {
  planned: 'planned',
  held: 'held',
  cancelled: 'cancelled',
};

type Saved = (meeting: Meeting, person: Person) => void;

type Draft = Omit<Meeting, 'createdAt' | 'updatedAt'>;

function MeetingForm({
  initial,
  existing,
  goals,
  onSaved,
  onDeleted,
  onCancel,
}: {
  initial: Draft;
  /** true when editing a saved meeting (it can be deleted) */
  existing: boolean;
  goals: readonly Goal[];
  onSaved: Saved;
  onDeleted(): void;
  onCancel(): void;
}) {
  const id = useId();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [date, setDate] = useState(() => toLocalInput(initial.date));
  const [status, setStatus] = useState(initial.status);
  const [agenda, setAgenda] = useState(initial.agenda);
  const [notes, setNotes] = useState(initial.notes);
  const [items, setItems] = useState<ActionItem[]>(initial.actionItems);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const at = fromLocalInput(date);
    if (!at) return setError('Give the meeting a date and time.');
    try {
      const { meeting, person } = await ask({
        type: 'saveMeeting',
        meeting: {
          ...initial,
          date: at,
          status,
          agenda,
          notes,
          actionItems: items.filter((item) => item.text.trim()),
        },
      });
      onSaved(meeting, person);
    } catch (cause) {
      setError(messageOf(cause));
    }
  };
  const setItem = (index: number, change: Partial<ActionItem>) =>
    setItems((list) => list.map((item, at) => (at === index ? { ...item, ...change } : item)));

  return (
    <form onSubmit={submit} className="panel" aria-label="Meeting">
      <div className="row">
        <div className="field compact">
          <label htmlFor={`${id}-date`}>Meeting date</label>
          <input
            id={`${id}-date`}
            type="datetime-local"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        </div>
        <div className="field compact">
          <label htmlFor={`${id}-status`}>Meeting status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as Meeting['status'])}
          >
            <option value="planned">planned</option>
            <option value="held">held</option>
            <option value="cancelled">cancelled</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-agenda`}>Agenda</label>
        <textarea
          id={`${id}-agenda`}
          rows={6}
          value={agenda}
          onChange={(e) => setAgenda(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Meeting notes</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <fieldset>
        <legend>Action items</legend>
        {items.map((item, index) => (
          <div key={item.id} className="row">
            <label className="check">
              <input
                type="checkbox"
                checked={item.done}
                onChange={(e) => setItem(index, { done: e.target.checked })}
              />
              <span className="sr-only">Done: action item {index + 1}</span>
            </label>
            <input
              aria-label={`Action item ${index + 1}`}
              value={item.text}
              maxLength={2_000}
              onChange={(e) => setItem(index, { text: e.target.value })}
            />
            <select
              aria-label={`Goal for action item ${index + 1}`}
              value={item.goalId ?? ''}
              onChange={(e) => setItem(index, { goalId: e.target.value || null })}
            >
              <option value="">no goal</option>
              {goals.map((goal) => (
                <option key={goal.id} value={goal.id}>
                  {goal.title}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => setItems((list) => list.filter((_, at) => at !== index))}
            >
              Remove action item {index + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setItems((list) => [
              ...list,
              { id: newId('item'), text: '', done: false, goalId: null },
            ])
          }
        >
          Add action item
        </button>
      </fieldset>
      <div className="row">
        <button type="submit" className="primary">
          Save meeting
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {existing &&
          (confirmDelete ? (
            <button
              type="button"
              className="danger"
              onClick={() =>
                void ask({ type: 'deleteMeeting', id: initial.id }).then(
                  onDeleted,
                  (cause: unknown) => setError(messageOf(cause)),
                )
              }
            >
              Confirm: delete this meeting
            </button>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete this meeting
            </button>
          ))}
        {error && (
          <span role="alert" className="error">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}

/** one meeting: date, status, agenda, notes, and action items ticked off in place */
function MeetingCard({
  meeting,
  goals,
  onSaved,
  onEdit,
}: {
  meeting: Meeting;
  goals: readonly Goal[];
  onSaved: Saved;
  onEdit(): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const title = `Meeting on ${formatDateTime(meeting.date)}`;
  const goalTitle = (goalId: string | null) => goals.find((goal) => goal.id === goalId)?.title;
  const toggle = async (item: ActionItem, done: boolean) => {
    setError(null);
    try {
      const { createdAt: _created, updatedAt: _updated, ...rest } = meeting;
      const result = await ask({
        type: 'saveMeeting',
        meeting: {
          ...rest,
          actionItems: meeting.actionItems.map((other) =>
            other.id === item.id ? { ...other, done } : other,
          ),
        },
      });
      onSaved(result.meeting, result.person);
    } catch (cause) {
      setError(messageOf(cause));
    }
  };
  return (
    <article className="panel" aria-label={title}>
      <h3>
        {title} <span className="muted">· {statusText[meeting.status]}</span>
      </h3>
      {meeting.agenda.trim() && <div className="pre">{meeting.agenda}</div>}
      {meeting.notes.trim() && (
        <>
          <h4>Notes</h4>
          <div className="pre">{meeting.notes}</div>
        </>
      )}
      {meeting.actionItems.length > 0 && (
        <ul className="plain">
          {meeting.actionItems.map((item) => (
            <li key={item.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={item.done}
                  onChange={(e) => void toggle(item, e.target.checked)}
                />{' '}
                {item.text}
                {goalTitle(item.goalId) && (
                  <span className="muted"> (goal: {goalTitle(item.goalId)})</span>
                )}
              </label>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onEdit} aria-label={`Edit ${title}`}>
        Edit
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </article>
  );
}

/** the person's meetings, and a form to plan one */
export function Meetings({
  person,
  meetings,
  goals,
  onSaved,
  onDeleted,
  planRequest = 0,
  editNext = false,
}: {
  person: Person;
  meetings: readonly Meeting[];
  goals: readonly Goal[];
  onSaved: Saved;
  onDeleted(): void;
  /** counts "Plan a meeting" presses elsewhere on the page: each opens a new meeting here */
  planRequest?: number;
  /** open the next planned meeting for editing (a Due item's "Prepare agenda") */
  editNext?: boolean;
}) {
  const [editing, setEditing] = useState<Draft | null>(() => {
    if (!editNext) return null;
    const next = [...meetings]
      .filter((meeting) => meeting.status === 'planned')
      .sort((a, b) => Date.parse(a.date) - Date.parse(b.date))[0];
    if (!next) return null;
    const { createdAt: _created, updatedAt: _updated, ...rest } = next;
    return rest;
  });
  const sectionRef = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new press is the only trigger
  useEffect(() => {
    if (planRequest === 0) return;
    setEditing((current) => current ?? fresh());
    requestAnimationFrame(() => {
      sectionRef.current?.scrollIntoView?.({ block: 'start' });
      sectionRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    });
  }, [planRequest]);
  const fresh = (): Draft => ({
    id: newId('meeting'),
    personId: person.id,
    date: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    status: 'planned',
    agenda: agendaTemplate,
    notes: '',
    actionItems: [],
  });
  const saved: Saved = (meeting, updated) => {
    setEditing(null);
    onSaved(meeting, updated);
  };
  return (
    <section aria-labelledby="meetings-heading" ref={sectionRef}>
      <h2 id="meetings-heading">Meetings</h2>
      {editing ? (
        <MeetingForm
          key={editing.id}
          initial={editing}
          existing={meetings.some((meeting) => meeting.id === editing.id)}
          goals={goals}
          onSaved={saved}
          onDeleted={() => {
            setEditing(null);
            onDeleted();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing(fresh())}>
          Add a meeting
        </button>
      )}
      {meetings.length === 0 && !editing && <p className="muted">No meetings yet.</p>}
      {[...meetings].reverse().map((meeting) => (
        <MeetingCard
          key={`${meeting.id}:${meeting.updatedAt}`}
          meeting={meeting}
          goals={goals}
          onSaved={saved}
          onEdit={() => {
            const { createdAt: _created, updatedAt: _updated, ...rest } = meeting;
            setEditing(rest);
          }}
        />
      ))}
    </section>
  );
}
