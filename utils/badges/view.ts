import { shownVerdict, shownVerdictWords } from '../fit/verdict';
import { h } from '../hint/dom';
import type { CardFit } from '../messaging/protocol';

export type BadgeState = {
  name: string;
  fit: CardFit | null;
  status: string | null;
  busy: boolean;
  expanded: boolean;
  error: string | null;
};

export interface BadgeActions {
  shortlist(): void;
  toggle(): void;
}

const short = (text: string, max = 80): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** the badge's accessible name: whom it is about, the score (none when not enough), and that it comes from the list card */
export function badgeLabel(state: BadgeState): string {
  const whom = `Mentor fit for ${short(state.name)}`;
  if (!state.fit) return `${whom}: reading…`;
  const status = state.status ? `, ${state.status.replaceAll('-', ' ')}` : '';
  return `${whom}: ${shownVerdictWords(state.fit)}, partial, from the list${status}`;
}

// the badge's usual shapes (with a number, and without one), built once and cloned for each card:
// on a cold page one clone costs far less than building its elements one by one
const shapes: { numbered?: HTMLElement; plain?: HTMLElement } = {};
function shape(numbered: boolean): HTMLElement {
  const made = numbered ? shapes.numbered : shapes.plain;
  if (made) return made.cloneNode(true) as HTMLElement;
  const built = h(
    'span',
    { class: 'badge', role: 'group' },
    h(
      'button',
      { type: 'button', class: 'fit', 'aria-expanded': 'false' },
      numbered && h('span', { class: 'num' }, ''),
      '',
    ),
    h('button', { type: 'button', class: 'save' }, 'Shortlist'),
  );
  if (numbered) shapes.numbered = built;
  else shapes.plain = built;
  return built.cloneNode(true) as HTMLElement;
}

/** one listener for the badge's buttons: the card around it is often a link, our click is ours alone */
function listen(root: HTMLElement, actions: BadgeActions) {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (!button || !root.contains(button)) return;
    event.preventDefault();
    event.stopPropagation();
    // the shadow root is open: page script can click too, but only a person's click is trusted
    if (!event.isTrusted || button.disabled) return;
    if (button.classList.contains('fit')) actions.toggle();
    else if (button.classList.contains('save')) actions.shortlist();
  });
}

export function renderBadge(state: BadgeState, actions: BadgeActions): HTMLElement {
  if (!state.fit) {
    const root = h('span', { class: 'badge', role: 'group', 'aria-label': badgeLabel(state) });
    root.append(h('span', { class: 'status', 'aria-busy': 'true' }, 'MentorLens…'));
    return root;
  }
  const { fit } = state;
  const shown = shownVerdict(fit);
  // too little on the card: no number, only the verdict
  const root = shape(shown.score !== null);
  root.setAttribute('aria-label', badgeLabel(state));
  const fitButton = root.firstChild as HTMLButtonElement;
  const save = root.lastChild as HTMLButtonElement;
  const words = fitButton.lastChild as Text;
  if (shown.score === null) words.data = `${shown.band} · from the list`;
  else {
    (fitButton.firstChild as HTMLElement).textContent = String(shown.score);
    words.data = ` ${shown.band} · from the list`;
  }
  fitButton.title = shown.score === null ? 'Why no score?' : 'Why this score?';
  if (state.expanded) {
    fitButton.setAttribute('aria-expanded', 'true');
    // the details exist only while open: 25 cards don't build 25 hidden lists of reasons
    fitButton.setAttribute('aria-controls', 'details');
  }
  if (state.status) {
    save.replaceWith(
      h('span', { class: 'status' }, `Status: ${state.status.replaceAll('-', ' ')}`),
    );
  } else {
    save.setAttribute('aria-label', `Shortlist ${short(state.name)}`);
    if (state.busy) {
      save.textContent = 'Saving…';
      save.disabled = true;
    }
  }
  if (state.error)
    root.append(h('span', { class: 'warn', role: 'alert' }, short(state.error, 160)));
  if (state.expanded)
    root.append(
      h(
        'span',
        { class: 'details', id: 'details' },
        h(
          'p',
          { class: 'muted' },
          'Partial: from what this list card shows. Open the profile for the full fit.',
        ),
        fit.usesDefaultProfile &&
          h('p', { class: 'muted' }, 'Scored against a sample profile until you set your goals.'),
        h('ul', {}, ...fit.reasons.map((reason) => h('li', {}, short(reason, 300)))),
      ),
    );
  listen(root, actions);
  return root;
}
