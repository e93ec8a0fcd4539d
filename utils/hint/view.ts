import type { FitResult, Reason } from '../fit/result';
import { isNotEnough, topReasons, verdictWords } from '../fit/verdict';
import type { Status } from '../shortlist/schema/status';
import { trustedButton } from './controls';
import { h } from './dom';
import { renderUpdates, type UpdateActions, type UpdatePanel } from './updates';

export type HintState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      /** the viewed person's name, so the user sees whom the score is about */
      name: string | null;
      fit: FitResult;
      status: Status | null;
      /** fields the page should show but we could not read */
      missing: string[];
      busy: boolean;
      expanded: boolean;
      error: string | null;
    };

export interface HintActions extends UpdateActions {
  shortlist(): void;
  openDashboard(): void;
  openOptions(): void;
  toggle(): void;
  /** the "Mark as" and note controls' state, kept across renders */
  updates(): UpdatePanel;
}

// the shadow root is open: page script can click too, but only a person's click is trusted
const button = trustedButton;

function reasonItem(reason: Reason): HTMLElement {
  // zero-effect reasons are notes ("couldn't tell ..."), neither for nor against
  const kind = reason.effect > 0 ? 'pos' : reason.effect < 0 ? 'neg' : 'note';
  const sign = { pos: '+', neg: '−', note: '·' }[kind];
  const title = { pos: 'for', neg: 'against', note: 'note' }[kind];
  return h('li', { class: kind }, h('span', { class: 'sign', title }, sign), reason.text);
}

// field names as a person says them; only fields the page shows but we could not read reach here
const fieldWords: Record<string, string> = {
  recentActivity: 'recent activity',
  mutualConnections: 'mutual connections',
  contributionsLastYear: 'contributions',
  sharedHighlights: 'shared highlights',
};

const bandTone: Record<string, string> = {
  'Strong fit': 'strong',
  Promising: 'good',
  'Long shot': 'weak',
};

const SVG = 'http://www.w3.org/2000/svg';

/** our mark (the same drawing as the extension pages' BrandMark), decorative */
function mark(): Element {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({
    class: 'mark',
    width: '16',
    height: '16',
    viewBox: '0 0 24 24',
    'aria-hidden': 'true',
    focusable: 'false',
  }))
    svg.setAttribute(name, value);
  const shapes: Array<[string, Record<string, string>]> = [
    ['rect', { width: '24', height: '24', rx: '6', class: 'mark-bg' }],
    ['circle', { cx: '10.5', cy: '10.5', r: '5', class: 'mark-line', 'stroke-width': '2' }],
    ['path', { d: 'M14.2 14.2 18.5 18.5', class: 'mark-line', 'stroke-width': '2.4' }],
    ['path', { d: 'M8 12l2-2 1.5 1.5L13 9', class: 'mark-line', 'stroke-width': '1.4' }],
  ];
  for (const [tag, attrs] of shapes) {
    const shape = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) shape.setAttribute(name, value);
    svg.append(shape);
  }
  return svg;
}

const missingSentence = (missing: string[]): string =>
  `Couldn't read ${missing
    .slice(0, 4)
    .map((field) => fieldWords[field] ?? field)
    .join(', ')} on this page, though it shows them, so the score may be incomplete.`;

/** builds the hint's content for a state; the caller swaps it in */
export function renderHint(state: HintState, actions: HintActions): HTMLElement {
  if (state.kind === 'loading') {
    return h(
      'section',
      { class: 'card', role: 'region', 'aria-label': 'Mentor fit', 'aria-busy': 'true' },
      h('p', { class: 'muted' }, 'MentorLens is reading this profile…'),
    );
  }
  if (state.kind === 'error') {
    return h(
      'section',
      { class: 'card', role: 'region', 'aria-label': 'Mentor fit unavailable' },
      h('p', { class: 'warn' }, state.message),
      h('div', { class: 'actions' }, button('Open settings', actions.openOptions)),
    );
  }
  const { fit, status, name } = state;
  // compact: at most three reasons, largest effect first; the rest are a click away
  const top = topReasons(fit, 3);
  const whom = name ? ` for ${name.slice(0, 80)}` : '';
  const unscored = isNotEnough(fit);
  const card = h(
    'section',
    {
      class: 'card',
      role: 'region',
      'aria-label': `Mentor fit${whom}: ${verdictWords(fit)}`,
      'data-band': unscored ? 'none' : (bandTone[fit.band] ?? 'none'),
    },
    h(
      'div',
      { class: 'head' },
      !unscored && h('span', { class: 'score' }, String(fit.score)),
      !unscored && h('span', { class: 'of' }, '/ 100'),
      h('span', { class: 'band' }, fit.band),
      fit.borderline === true &&
        !unscored &&
        h('span', { class: 'of', title: 'within 3 points of another band' }, 'borderline'),
      h(
        'span',
        { class: 'brand' },
        mark(),
        name ? `MentorLens · ${name.slice(0, 80)}` : 'MentorLens',
      ),
    ),
    h('ul', { 'aria-label': 'Top reasons', hidden: state.expanded }, ...top.map(reasonItem)),
    fit.usesDefaultProfile &&
      h(
        'p',
        { class: 'muted' },
        'Scored against a sample profile (aspiring ML engineer). ',
        button('Set your goals', actions.openOptions, { class: 'link' }),
      ),
    state.missing.length > 0 && h('p', { class: 'warn' }, missingSentence(state.missing)),
    state.error && h('p', { class: 'warn', role: 'alert' }, state.error),
  );
  const actionsRow = h('div', { class: 'actions' });
  if (status) {
    actionsRow.append(
      h('span', { class: 'status' }, `Status: ${status.replaceAll('-', ' ')}`),
      button('Open in dashboard', actions.openDashboard),
    );
  } else {
    actionsRow.append(
      button(state.busy ? 'Saving…' : 'Shortlist', actions.shortlist, {
        class: 'primary',
        disabled: state.busy,
      }),
    );
  }
  actionsRow.append(
    button(state.expanded ? 'Hide details' : 'Why this score?', actions.toggle, {
      'aria-expanded': String(state.expanded),
      'aria-controls': 'mentorlens-details',
    }),
  );
  card.append(actionsRow, renderUpdates(status, name, actions.updates(), actions));
  const details = h(
    'div',
    { id: 'mentorlens-details', hidden: !state.expanded },
    h('h3', {}, 'All reasons'),
    h('ul', {}, ...fit.reasons.map(reasonItem)),
    fit.cite.length > 0 && h('h3', {}, 'Worth citing when you reach out'),
    fit.cite.length > 0 && h('ul', {}, ...fit.cite.map((cite) => h('li', {}, cite))),
    // where people first meet the hint, they learn how to keep it off the page
    h(
      'p',
      { class: 'muted quiet' },
      'Rather not see this card on profiles? Quiet mode hides it; the toolbar popup keeps the same score and actions. ',
      button('Quiet mode settings', actions.openOptions, { class: 'link' }),
    ),
  );
  card.append(details);
  return card;
}
