import { useCallback, useEffect, useRef, useState } from 'react';
import type { Person } from '@/utils/shortlist/schema/person';
import type { PersonPatch } from '@/utils/shortlist/tracker/people';
import { ask, messageOf } from '../request';

/** one autosaved field: its form value, the value the edit started from, and how both become a patch */
export interface SavedField<K extends keyof PersonPatch = keyof PersonPatch, V = unknown> {
  key: K;
  value: V;
  base: V;
  dirty: boolean;
  /** the form value as the stored record holds it */
  toPatch(value: V): PersonPatch[K];
  /** the stored value, in the form's terms */
  fromPerson(person: Person): V;
  set(value: V): void;
  rebase(value: V): void;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string }
  /** refused: someone changed these fields elsewhere; the user decides */
  | { kind: 'conflict'; message: string; fresh: Person; keys: (keyof PersonPatch)[] };

// the background's refusal of an edit made on an older copy (StaleEditError)
const isStale = (error: unknown) => /changed elsewhere/.test(messageOf(error));

/** typing pauses this long before a save */
export const AUTOSAVE_MS = 800;

/**
 * saves the person's own fields as the user edits them: only the changed fields travel, each with the
 * value it was changed from, so a change made elsewhere meanwhile is refused and reported, never undone
 */
export function useAutosave({
  person,
  fields,
  onSaved,
  onStale,
}: {
  person: Person;
  fields: SavedField[];
  onSaved(person: Person): void;
  /** a save was refused as stale: reads the record again */
  onStale?(): Promise<Person | null>;
}) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const running = useRef(false);
  const again = useRef(false);
  // the latest fields and callbacks, for a save started by a timer
  const latest = useRef({ person, fields, onSaved, onStale });
  latest.current = { person, fields, onSaved, onStale };

  const save = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (running.current) {
      again.current = true;
      return;
    }
    const { person, fields, onSaved, onStale } = latest.current;
    const dirty = fields.filter((field) => field.dirty);
    if (dirty.length === 0) {
      setState((now) =>
        now.kind === 'pending' || now.kind === 'saving' ? { kind: 'saved', at: new Date() } : now,
      );
      return;
    }
    const patch: Record<string, unknown> = {};
    const expected: Record<string, unknown> = {};
    for (const field of dirty) {
      patch[field.key] = field.toPatch(field.value);
      expected[field.key] = field.toPatch(field.base);
    }
    running.current = true;
    setState({ kind: 'saving' });
    try {
      const saved = await ask({
        type: 'updatePerson',
        id: person.id,
        patch: patch as PersonPatch,
        expected: expected as PersonPatch,
      });
      // what was sent is now the stored value: later typing is measured from it
      for (const field of dirty) field.rebase(field.value);
      onSaved(saved);
      setState({ kind: 'saved', at: new Date() });
    } catch (error) {
      if (isStale(error)) {
        const fresh = await onStale?.().catch(() => null);
        const keys = fresh
          ? dirty
              .filter(
                (field) =>
                  JSON.stringify(field.toPatch(field.fromPerson(fresh))) !==
                  JSON.stringify(field.toPatch(field.base)),
              )
              .map((field) => field.key)
          : [];
        const message = messageOf(error).replace(
          /Your edit is still in the form.*$/,
          'Your text is still here and was not saved: keep yours to replace theirs, or use theirs.',
        );
        if (fresh) setState({ kind: 'conflict', message, fresh, keys });
        else setState({ kind: 'error', message });
      } else {
        setState({ kind: 'error', message: messageOf(error) });
      }
      again.current = false;
    } finally {
      running.current = false;
    }
    if (again.current) {
      again.current = false;
      void save();
    }
  }, []);

  /** an edit: saved once typing pauses (or at once, for a click) */
  const edited = useCallback(
    (delay = AUTOSAVE_MS) => {
      window.clearTimeout(timer.current);
      setState((now) => (now.kind === 'conflict' ? now : { kind: 'pending' }));
      timer.current = window.setTimeout(() => void save(), delay);
    },
    [save],
  );

  /** the other tab's change wins for the conflicting fields; the user's others stay */
  const takeTheirs = () => {
    if (state.kind !== 'conflict') return;
    for (const field of latest.current.fields)
      if (state.keys.includes(field.key)) {
        const theirs = field.fromPerson(state.fresh);
        field.set(theirs);
        field.rebase(theirs);
      }
    setState({ kind: 'saved', at: new Date() });
    edited(0);
  };
  /** the user's text replaces the other change, knowingly */
  const keepMine = () => {
    if (state.kind !== 'conflict') return;
    for (const field of latest.current.fields)
      if (state.keys.includes(field.key)) field.rebase(field.fromPerson(state.fresh));
    edited(0);
  };

  // leaving the page: what is typed is saved, not dropped
  useEffect(
    () => () => {
      if (timer.current !== undefined) void save();
    },
    [save],
  );
  useEffect(() => {
    const busy = state.kind === 'pending' || state.kind === 'saving' || state.kind === 'error';
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state.kind]);

  return { state, edited, save, takeTheirs, keepMine };
}
