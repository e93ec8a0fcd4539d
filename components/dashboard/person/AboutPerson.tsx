import { useId } from 'react';
import type { Goal } from '@/utils/fit/mentee';
import {
  type Cadence,
  cadenceLabels,
  cadences,
  type Person,
} from '@/utils/shortlist/schema/person';
import type { PersonPatch } from '@/utils/shortlist/tracker/people';
import { type SavedField, type SaveState, useAutosave } from './autosave';
import { useEditable } from './editable';

interface Props {
  person: Person;
  goals: readonly Goal[];
  onSaved(person: Person): void;
  /** a save was refused as stale: reads the record again and answers it */
  onStale?(): Promise<Person | null>;
}

const splitTags = (value: string) =>
  value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);

const roleOf = (value: string): Person['role'] =>
  value === 'primary' || value === 'secondary' ? value : null;

/** a form field kept by useEditable, as the autosave sees it */
function field<K extends keyof PersonPatch, V>(
  key: K,
  editable: ReturnType<typeof useEditable<V>>,
  toPatch: (value: V) => PersonPatch[K],
  fromPerson: (person: Person) => V,
): SavedField {
  return {
    key,
    value: editable.value,
    base: editable.base,
    dirty: editable.dirty,
    toPatch: toPatch as (value: unknown) => PersonPatch[K],
    fromPerson,
    set: editable.set as (value: unknown) => void,
    rebase: editable.rebase as (value: unknown) => void,
  };
}

const savedTime = (at: Date) =>
  at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

function SaveLine({
  state,
  onRetry,
  onKeepMine,
  onUseTheirs,
}: {
  state: SaveState;
  onRetry(): void;
  onKeepMine(): void;
  onUseTheirs(): void;
}) {
  const words =
    state.kind === 'pending' || state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? `All changes saved (${savedTime(state.at)})`
        : state.kind === 'idle'
          ? 'Changes here save as you type.'
          : '';
  return (
    <div className={`save-line save-${state.kind}`}>
      <p role="status" className="muted">
        {words}
      </p>
      {state.kind === 'error' && (
        <div role="alert" className="error">
          <p>Not saved: {state.message.replace(/^Not saved: /, '')} Your changes are still here.</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {state.kind === 'conflict' && (
        <div role="alert" className="error">
          <p>{state.message}</p>
          <div className="row">
            <button type="button" onClick={onKeepMine}>
              Keep mine
            </button>
            <button type="button" onClick={onUseTheirs}>
              Use theirs
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** goals, details and notes: the user's own words about this person, saved as they edit (one save model) */
export function AboutPerson({ person, goals, onSaved, onStale }: Props) {
  const id = useId();
  const role = useEditable(person.role ?? '');
  const focusArea = useEditable(person.focusArea ?? '');
  const cadence = useEditable<Cadence>(person.cadence);
  const tags = useEditable(person.tags.join(', '));
  const doNotContact = useEditable(person.doNotContact);
  const notes = useEditable(person.notes);
  const goalIds = useEditable<string[]>(person.goalIds);
  const fields: SavedField[] = [
    field(
      'goalIds',
      goalIds,
      (v) => v,
      (p) => p.goalIds,
    ),
    field('role', role, roleOf, (p) => p.role ?? ''),
    field(
      'focusArea',
      focusArea,
      (v) => v.trim() || null,
      (p) => p.focusArea ?? '',
    ),
    field(
      'cadence',
      cadence,
      (v) => v,
      (p) => p.cadence,
    ),
    field('tags', tags, splitTags, (p) => p.tags.join(', ')),
    field(
      'doNotContact',
      doNotContact,
      (v) => v,
      (p) => p.doNotContact,
    ),
    field(
      'notes',
      notes,
      (v) => v,
      (p) => p.notes,
    ),
  ];
  const autosave = useAutosave({ person, fields, onSaved, onStale });
  // typing waits for a pause; a choice (select, checkbox) saves at once
  const typed = () => autosave.edited();
  const chosen = () => autosave.edited(0);
  const flush = () => {
    if (autosave.state.kind === 'pending') void autosave.save();
  };

  return (
    <section aria-labelledby={`${id}-about`} className="about-person" onBlur={flush}>
      <h2 id={`${id}-about`} className="sr-only">
        Goals, details and notes
      </h2>
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
                checked={goalIds.value.includes(goal.id)}
                onChange={(event) => {
                  const on = event.target.checked;
                  goalIds.set(
                    on
                      ? [...goalIds.value, goal.id]
                      : goalIds.value.filter((other) => other !== goal.id),
                  );
                  chosen();
                }}
              />{' '}
              {goal.title} <span className="muted">({goal.status})</span>
            </label>
          ))
        )}
      </fieldset>

      <h2 id={`${id}-details`}>Details</h2>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            value={role.value}
            onChange={(event) => {
              role.set(event.target.value);
              chosen();
            }}
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
            onChange={(event) => {
              focusArea.set(event.target.value);
              typed();
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-cadence`}>Meeting rhythm</label>
          <select
            id={`${id}-cadence`}
            value={cadence.value}
            onChange={(event) => {
              cadence.set(event.target.value as Cadence);
              chosen();
            }}
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
            onChange={(event) => {
              tags.set(event.target.value);
              typed();
            }}
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
          onChange={(event) => {
            doNotContact.set(event.target.checked);
            chosen();
          }}
        />{' '}
        Do not contact (no reminders and no drafts for them)
      </label>

      <h2>
        <label htmlFor={`${id}-notes`}>Notes</label>
      </h2>
      <textarea
        id={`${id}-notes`}
        rows={5}
        value={notes.value}
        maxLength={100_000}
        onChange={(event) => {
          notes.set(event.target.value);
          typed();
        }}
      />
      <SaveLine
        state={autosave.state}
        onRetry={() => void autosave.save()}
        onKeepMine={autosave.keepMine}
        onUseTheirs={autosave.takeTheirs}
      />
    </section>
  );
}
