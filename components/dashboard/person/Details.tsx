import { type FormEvent, useId, useState } from 'react';
import type { Goal } from '@/utils/fit/mentee';
import { type Cadence, cadenceLabels, cadences, type Person } from '@/utils/shortlist/person';
import { ask, messageOf } from '../request';

interface Props {
  person: Person;
  onSaved(person: Person): void;
}

const splitTags = (value: string) =>
  value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

/** role, focus area, meeting rhythm, tags and do-not-contact: the user's own words about this person */
export function Details({ person, onSaved }: Props) {
  const id = useId();
  const [role, setRole] = useState(person.role ?? '');
  const [focusArea, setFocusArea] = useState(person.focusArea ?? '');
  const [cadence, setCadence] = useState<Cadence>(person.cadence);
  const [tags, setTags] = useState(person.tags.join(', '));
  const [doNotContact, setDoNotContact] = useState(person.doNotContact);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      const saved = await ask({
        type: 'updatePerson',
        id: person.id,
        patch: {
          role: role === 'primary' || role === 'secondary' ? role : null,
          focusArea: focusArea.trim() || null,
          cadence,
          tags: splitTags(tags),
          doNotContact,
        },
      });
      onSaved(saved);
      setMessage({ ok: true, text: 'Saved.' });
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error) });
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Details</h2>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value)}>
            <option value="">not a mentor (yet)</option>
            <option value="primary">primary mentor (depth)</option>
            <option value="secondary">secondary mentor (a specific area)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-focus`}>Focus area</label>
          <input
            id={`${id}-focus`}
            value={focusArea}
            maxLength={200}
            placeholder="What they help you with, e.g. LLM evaluation"
            onChange={(event) => setFocusArea(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-cadence`}>Meeting rhythm</label>
          <select
            id={`${id}-cadence`}
            value={cadence}
            onChange={(event) => setCadence(event.target.value as Cadence)}
          >
            {cadences.map((value) => (
              <option key={value} value={value}>
                {cadenceLabels[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tags`}>Tags</label>
          <input
            id={`${id}-tags`}
            value={tags}
            aria-describedby={`${id}-tags-hint`}
            onChange={(event) => setTags(event.target.value)}
          />
          <span id={`${id}-tags-hint`} className="hint">
            Separated by commas
          </span>
        </div>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={doNotContact}
          onChange={(event) => setDoNotContact(event.target.checked)}
        />{' '}
        Do not contact (no reminders and no drafts for them)
      </label>
      <div className="row">
        <button type="submit">Save details</button>
        {message && (
          <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'error'}>
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}

/** free-form notes about the person */
export function Notes({ person, onSaved }: Props) {
  const id = useId();
  const [notes, setNotes] = useState(person.notes);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      onSaved(await ask({ type: 'updatePerson', id: person.id, patch: { notes } }));
      setMessage({ ok: true, text: 'Notes saved.' });
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error) });
    }
  };
  return (
    <form onSubmit={submit}>
      <h2>
        <label htmlFor={`${id}-notes`}>Notes</label>
      </h2>
      <textarea
        id={`${id}-notes`}
        rows={5}
        value={notes}
        maxLength={100_000}
        onChange={(event) => setNotes(event.target.value)}
      />
      <div className="row">
        <button type="submit">Save notes</button>
        {message && (
          <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'error'}>
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}

/** which of the user's goals this person helps with */
export function GoalLinks({ person, goals, onSaved }: Props & { goals: readonly Goal[] }) {
  const [error, setError] = useState<string | null>(null);
  const toggle = async (goalId: string, on: boolean) => {
    setError(null);
    const goalIds = on ? [...person.goalIds, goalId] : person.goalIds.filter((id) => id !== goalId);
    try {
      onSaved(await ask({ type: 'updatePerson', id: person.id, patch: { goalIds } }));
    } catch (cause) {
      setError(messageOf(cause));
    }
  };
  return (
    <fieldset>
      <legend>Goals they help with</legend>
      {goals.length === 0 ? (
        <p className="muted">
          You have no goals yet: add them on the <a href="#/insights">Insights</a> page.
        </p>
      ) : (
        goals.map((goal) => (
          <label key={goal.id} className="check">
            <input
              type="checkbox"
              checked={person.goalIds.includes(goal.id)}
              onChange={(event) => void toggle(goal.id, event.target.checked)}
            />{' '}
            {goal.title} <span className="muted">({goal.status})</span>
          </label>
        ))
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
