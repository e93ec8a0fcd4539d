import { messageOf } from '../errors';
import type { Status } from '../shortlist/schema/status';
import { trustedButton } from './controls';
import { h } from './dom';
import { hintMovesFrom, statusWords } from './moves';

/** the hint's "Mark as" and "Add a note": kept by the controller, so a re-render loses nothing typed */
export interface UpdatePanel {
  /** whose panel this is (their profile key): another person gets a fresh one */
  key: string;
  noteOpen: boolean;
  note: string;
  /** the note's event id, kept while its text is unchanged: a retry records it once */
  noteId: string | null;
  busy: boolean;
  /** the last thing done, shown until the next action */
  said: string;
  error: string | null;
}

export const freshPanel = (key: string): UpdatePanel => ({
  key,
  noteOpen: false,
  note: '',
  noteId: null,
  busy: false,
  said: '',
  error: null,
});

export interface UpdateActions {
  mark(to: Status): void;
  noteOpen(open: boolean): void;
  noteInput(text: string): void;
  saveNote(): void;
}

export const NOTE_ID = 'mentorlens-note';
export const NOTE_MAX = 2_000;

/** what a mark did, in words for the card and the announcement */
export function markedWords(to: Status, stored: Status, applied: boolean): string {
  if (applied) return `Marked as ${statusWords(to)}.`;
  return `Nothing changed: their status was changed elsewhere and is now "${statusWords(stored)}". Choose again if you still want to.`;
}

/** the words a failed request shows: nothing the user typed is dropped with it */
export function failureWords(error: unknown): string {
  const message = messageOf(error);
  if (/context invalidated|Receiving end does not exist/i.test(message))
    return 'MentorLens was updated or reloaded, so this was not saved. Reload this page and try again; your note is still here until then.';
  return `Not saved: ${message}`;
}

/** the controls under the hint's actions: the allowed quick moves, and a note field */
export function renderUpdates(
  status: Status | null,
  name: string | null,
  panel: UpdatePanel,
  actions: UpdateActions,
): HTMLElement {
  const busy = { 'aria-disabled': panel.busy ? 'true' : false };
  const moves = hintMovesFrom(status);
  // someone not shortlisted yet is shortlisted by the same click
  const groupLabel = status === null ? 'Shortlist and mark as' : 'Mark as';
  const whom = name ? ` about ${name.slice(0, 80)}` : '';
  const row = h(
    'div',
    { class: 'actions update' },
    moves.length > 0 &&
      h(
        'div',
        { class: 'marks', role: 'group', 'aria-label': groupLabel },
        h('span', { class: 'muted', 'aria-hidden': 'true' }, `${groupLabel}:`),
        ...moves.map(({ to, label }) => trustedButton(label, () => actions.mark(to), busy)),
      ),
    // never a second name with "Shortlist" in it: that button is the hint's contract
    trustedButton('Add a note', () => actions.noteOpen(!panel.noteOpen), {
      class: 'note-toggle',
      'aria-expanded': String(panel.noteOpen),
      'aria-controls': 'mentorlens-note-form',
    }),
  );
  const wrap = h('div', { class: 'updates' }, row);
  if (panel.noteOpen) {
    const input = h('input', {
      id: NOTE_ID,
      type: 'text',
      maxlength: String(NOTE_MAX),
      autocomplete: 'off',
      placeholder: 'What happened, what to ask next',
    }) as HTMLInputElement;
    input.value = panel.note;
    // keys typed here are ours: the page's shortcuts must not see them
    for (const type of ['keydown', 'keyup', 'keypress'] as const)
      input.addEventListener(type, (event) => {
        event.stopPropagation();
        if (type !== 'keydown' || !event.isTrusted) return;
        if (event.key === 'Enter') {
          event.preventDefault();
          actions.saveNote();
        } else if (event.key === 'Escape') actions.noteOpen(false);
      });
    input.addEventListener('input', (event) => {
      event.stopPropagation();
      // page script setting the value is not the person typing
      if (event.isTrusted) actions.noteInput(input.value);
    });
    wrap.append(
      h(
        'div',
        { class: 'note', id: 'mentorlens-note-form' },
        h('label', { for: NOTE_ID }, `Note${whom}`),
        status === null && h('p', { class: 'muted' }, 'Saving the note also shortlists them.'),
        h(
          'div',
          { class: 'actions' },
          input,
          trustedButton('Save note', actions.saveNote, {
            class: 'primary',
            ...busy,
          }),
          trustedButton('Cancel', () => actions.noteOpen(false)),
        ),
      ),
    );
  }
  if (panel.said) wrap.append(h('p', { class: 'said' }, panel.said));
  if (panel.error) wrap.append(h('p', { class: 'warn', role: 'alert' }, panel.error));
  return wrap;
}
