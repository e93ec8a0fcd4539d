import { type FormEvent, useId, useState } from 'react';
import type { Goal } from '@/utils/fit/mentee';
import {
  type Cadence,
  cadenceLabels,
  cadences,
  type Person,
} from '@/utils/shortlist/schema/person';
import type { PersonPatch } from '@/utils/shortlist/tracker/people';
import { ask, messageOf } from '../request';
import { useEditable } from './editable';

// the background's refusal of an edit made on an older copy (StaleEditError)
const isStale = (error: unknown) => /changed elsewhere/.test(messageOf(error));

interface Props {
  person: Person;
  onSaved(person: Person): void;
  /** a save was refused as stale: reads the record again and answers it */
  onStale?(): Promise<Person | null>;
}

const splitTags = (value: string) =>
  value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

type Message = { ok: boolean; text: string } | null;

/** the patch of the fields the user changed, and the values they changed them from */
function changes<K extends keyof PersonPatch>(
  fields: { key: K; dirty: boolean; value: PersonPatch[K]; base: PersonPatch[K] }[],
): { patch: PersonPatch; expected: PersonPatch } {
  const patch: PersonPatch = {};
  const expected: PersonPatch = {};
  for (const field of fields) {
    if (!field.dirty) continue;
    patch[field.key] = field.value;
    expected[field.key] = field.base;
  }
  return { patch, expected };
}

const roleOf = (value: string): Person['role'] =>
  value === 'primary' || value === 'secondary' ? value : null;

/** role, focus area, meeting rhythm, tags and do-not-contact: the user's own words about this person */
export function Details({ person, onSaved, onStale }: Props) {
  const id = useId();
  const role = useEditable(person.role ?? '');
  const focusArea = useEditable(person.focusArea ?? '');
  const cadence = useEditable<Cadence>(person.cadence);
  const tags = useEditable(person.tags.join(', '));
  const doNotContact = useEditable(person.doNotContact);
  const [message, setMessage] = useState<Message>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    // only what the user changed travels: a field someone else changed meanwhile is not undone
    const { patch, expected } = changes<keyof PersonPatch>([
      { key: 'role', dirty: role.dirty, value: roleOf(role.value), base: roleOf(role.base) },
      {
        key: 'focusArea',
        dirty: focusArea.dirty,
        value: focusArea.value.trim() || null,
        base: focusArea.base.trim() || null,
      },
      { key: 'cadence', dirty: cadence.dirty, value: cadence.value, base: cadence.base },
      {
        key: 'tags',
        dirty: tags.dirty,
        value: splitTags(tags.value),
        base: splitTags(tags.base),
      },
      {
        key: 'doNotContact',
        dirty: doNotContact.dirty,
        value: doNotContact.value,
        base: doNotContact.base,
      },
    ]);
    if (Object.keys(patch).length === 0) {
      setMessage({ ok: true, text: 'Nothing to save: no changes.' });
      return;
    }
    try {
      const saved = await ask({ type: 'updatePerson', id: person.id, patch, expected });
      onSaved(saved);
      setMessage({ ok: true, text: 'Saved.' });
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error) });
      if (!isStale(error)) return;
      const fresh = await onStale?.().catch(() => null);
      if (!fresh) return;
      role.rebase(fresh.role ?? '');
      focusArea.rebase(fresh.focusArea ?? '');
      cadence.rebase(fresh.cadence);
      tags.rebase(fresh.tags.join(', '));
      doNotContact.rebase(fresh.doNotContact);
    }
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Details</h2>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            value={role.value}
            onChange={(event) => role.set(event.target.value)}
          >
            <option value="">not a mentor (yet)</option>
            <option value="primary">primary mentor (depth)</option>
            <option value="secondary">secondary mentor (a specific area)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-focus`}>Focus area</label>
          <input
            id={`${id}-focus`}
            value={focusArea.value}
            maxLength={200}
            placeholder="What they help you with, e.g. LLM evaluation"
            onChange={(event) => focusArea.set(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-cadence`}>Meeting rhythm</label>
          <select
            id={`${id}-cadence`}
            value={cadence.value}
            onChange={(event) => cadence.set(event.target.value as Cadence)}
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
            value={tags.value}
            aria-describedby={`${id}-tags-hint`}
            onChange={(event) => tags.set(event.target.value)}
          />
          <span id={`${id}-tags-hint`} className="hint">
            Separated by commas
          </span>
        </div>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={doNotContact.value}
          onChange={(event) => doNotContact.set(event.target.checked)}
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
export function Notes({ person, onSaved, onStale }: Props) {
  const id = useId();
  const notes = useEditable(person.notes);
  const [message, setMessage] = useState<Message>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    if (!notes.dirty) {
      setMessage({ ok: true, text: 'Nothing to save: no changes.' });
      return;
    }
    try {
      onSaved(
        await ask({
          type: 'updatePerson',
          id: person.id,
          patch: { notes: notes.value },
          expected: { notes: notes.base },
        }),
      );
      setMessage({ ok: true, text: 'Notes saved.' });
    } catch (error) {
      setMessage({ ok: false, text: messageOf(error) });
      if (!isStale(error)) return;
      const fresh = await onStale?.().catch(() => null);
      if (fresh) notes.rebase(fresh.notes);
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
        value={notes.value}
        maxLength={100_000}
        onChange={(event) => notes.set(event.target.value)}
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
      onSaved(
        await ask({
          type: 'updatePerson',
          id: person.id,
          patch: { goalIds },
          expected: { goalIds: person.goalIds },
        }),
      );
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
