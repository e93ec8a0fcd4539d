import { shownVerdict, shownVerdictWords } from '../fit/verdict';
import { type Child, h } from '../hint/dom';
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

function button(label: Child[], onClick: () => void, attrs: Record<string, string | boolean> = {}) {
  const el = h('button', { type: 'button', ...attrs }, ...label);
  el.addEventListener('click', (event) => {
    // the card around the badge is often a link: our click is ours alone
    event.preventDefault();
    event.stopPropagation();
    // the shadow root is open: page script can click too, but only a person's click is trusted
    if (!event.isTrusted) return;
    onClick();
  });
  return el;
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

export function renderBadge(state: BadgeState, actions: BadgeActions): HTMLElement {
  const root = h('span', { class: 'badge', role: 'group', 'aria-label': badgeLabel(state) });
  if (!state.fit) {
    root.append(h('span', { class: 'status', 'aria-busy': 'true' }, 'MentorLens…'));
    return root;
  }
  const { fit } = state;
  const shown = shownVerdict(fit);
  root.append(
    button(
      // too little on the card: no number, only the verdict
      shown.score === null
        ? [`${shown.band} · from the list`]
        : [h('span', { class: 'num' }, String(shown.score)), ` ${shown.band} · from the list`],
      actions.toggle,
      {
        class: 'fit',
        'aria-expanded': String(state.expanded),
        // the details exist only while open: 25 cards don't build 25 hidden lists of reasons
        ...(state.expanded ? { 'aria-controls': 'details' } : {}),
        title: shown.score === null ? 'Why no score?' : 'Why this score?',
      },
    ),
  );
  if (state.status) {
    root.append(h('span', { class: 'status' }, `Status: ${state.status.replaceAll('-', ' ')}`));
  } else {
    root.append(
      button([state.busy ? 'Saving…' : 'Shortlist'], actions.shortlist, {
        class: 'save',
        disabled: state.busy,
        'aria-label': `Shortlist ${short(state.name)}`,
      }),
    );
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
  return root;
}
