import { type ChannelId, limitFor } from '@/utils/outreach/channels';
import { characterCount } from '@/utils/outreach/count';
import type { PlaceholderName } from '@/utils/outreach/placeholders';
import type { Template, TemplateKind } from '@/utils/outreach/templates';
import type { SavedDraft } from '@/utils/settings/drafts';
import {
  type CitationSlot,
  type DraftContext,
  type EditorState,
  fillInText,
  offeredTemplates,
  pickedCandidate,
  renderFresh,
  swapPhrase,
  valuesFor,
} from './compose';

// the editor's state transitions, pure: the component dispatches, this decides what the text becomes

export type Editing = EditorState & {
  /** the user's own text a template change replaced, for "Restore my text" */
  undo: { subject: string; body: string } | null;
  /** one line about what the last action did, when it needs saying */
  note: string | null;
};

export type EditAction =
  | { type: 'channel'; channel: ChannelId }
  | { type: 'template'; id: string }
  | { type: 'cite'; slot: CitationSlot; id: string | null }
  | { type: 'fill'; name: PlaceholderName; value: string }
  | { type: 'body'; text: string }
  | { type: 'subject'; text: string }
  | { type: 'restore' }
  | { type: 'fresh' }
  | { type: 'allKinds'; on: boolean };

export type EditEnv = {
  ctx: DraftContext;
  /** the kinds offered, for the "every stage" choice */
  kinds: (allKinds: boolean) => TemplateKind[];
};

export const templateById = (env: EditEnv, id: string): Template | null =>
  env.ctx.templates.find((template) => template.id === id) ?? null;

function offered(env: EditEnv, channel: ChannelId, allKinds: boolean, id: string): boolean {
  return offeredTemplates(env.ctx.templates, channel, env.kinds(allKinds)).some((group) =>
    group.templates.some((template) => template.id === id),
  );
}

/** the first template of the most fitting kind, preferring one whose text fits the channel's limit as filled */
function defaultTemplate(
  env: EditEnv,
  state: Pick<Editing, 'citations' | 'values'>,
  channel: ChannelId,
  allKinds: boolean,
): { id: string; fits: boolean } {
  const first = offeredTemplates(env.ctx.templates, channel, env.kinds(allKinds))[0];
  if (!first) return { id: '', fits: false };
  const limit = limitFor(channel, env.ctx.limits).body;
  const values = valuesFor(env.ctx, state);
  const fits = first.templates.find(
    (template) =>
      limit === null || characterCount(renderFresh(template, channel, values).body) <= limit,
  );
  return { id: (fits ?? first.templates[0])?.id ?? '', fits: fits !== undefined };
}

/** the text re-rendered from the template; the user's edited text kept for "Restore my text" */
function rerender(env: EditEnv, state: Editing, note: string | null = null): Editing {
  const template = templateById(env, state.templateId);
  if (!template) return { ...state, subject: '', body: '', edited: false, note };
  const fresh = renderFresh(template, state.channel, valuesFor(env.ctx, state));
  const changed = state.edited && (fresh.body !== state.body || fresh.subject !== state.subject);
  return {
    ...state,
    ...fresh,
    edited: false,
    undo: changed ? { subject: state.subject, body: state.body } : state.undo,
    note: changed ? 'Your edited text was replaced by the template’s.' : note,
  };
}

/** the state when the editor opens: the saved draft when it still fits, else a fresh one */
export function initialEditing(
  env: EditEnv,
  available: readonly ChannelId[],
  saved: SavedDraft | null,
): Editing {
  const allKinds = saved?.allKinds ?? false;
  const picks = { citations: saved?.citations ?? {}, values: saved?.values ?? {} };
  // a fresh draft opens on the first channel its message fits (a follow-up is too long for a note)
  const channel =
    saved && available.includes(saved.channel)
      ? saved.channel
      : (available.find((option) => defaultTemplate(env, picks, option, allKinds).fits) ??
        available[0] ??
        null);
  const base: Editing = {
    channel: channel ?? 'email',
    templateId: '',
    ...picks,
    subject: '',
    body: '',
    edited: false,
    allKinds,
    undo: null,
    note: null,
  };
  if (!channel) return base;
  const keep =
    saved && saved.channel === channel && offered(env, channel, allKinds, saved.templateId);
  const templateId = keep ? saved.templateId : defaultTemplate(env, base, channel, allKinds).id;
  const state = { ...base, templateId };
  // the user's text always comes back, even when its template is gone
  if (saved?.edited && saved.channel === channel) {
    return { ...state, subject: saved.subject, body: saved.body, edited: true };
  }
  return rerender(env, state);
}

function switchTemplate(
  env: EditEnv,
  state: Editing,
  channel: ChannelId,
  allKinds: boolean,
): Editing {
  if (state.templateId && offered(env, channel, allKinds, state.templateId)) {
    const next = { ...state, channel, allKinds };
    // the same template on a channel with (or without) a subject: only the subject follows
    if (!next.edited) return rerender(env, next);
    const template = templateById(env, state.templateId);
    const subject = template
      ? renderFresh(template, channel, valuesFor(env.ctx, next)).subject
      : '';
    return { ...next, subject: next.subject || subject, note: null };
  }
  const templateId = defaultTemplate(env, state, channel, allKinds).id;
  return rerender(env, { ...state, channel, allKinds, templateId });
}

/** the next state after one user action */
export function edit(env: EditEnv, state: Editing, action: EditAction): Editing {
  switch (action.type) {
    case 'channel':
      return switchTemplate(env, { ...state, note: null }, action.channel, state.allKinds);
    case 'allKinds':
      return switchTemplate(env, { ...state, note: null }, state.channel, action.on);
    case 'template':
      if (!templateById(env, action.id)) return state;
      return rerender(env, { ...state, templateId: action.id, note: null });
    case 'body':
      return { ...state, body: action.text, edited: true, note: null };
    case 'subject':
      return { ...state, subject: action.text, edited: true, note: null };
    case 'restore':
      return state.undo ? { ...state, ...state.undo, edited: true, undo: null, note: null } : state;
    case 'fresh':
      return rerender(env, { ...state, note: null });
    case 'fill': {
      const value = action.value.trim();
      if (!value) return state;
      const values = { ...state.values, [action.name]: value };
      if (!state.edited) return rerender(env, { ...state, values, note: null });
      return {
        ...state,
        values,
        subject: fillInText(state.subject, action.name, value),
        body: fillInText(state.body, action.name, value),
        note: null,
      };
    }
    case 'cite': {
      // a picked citation replaces anything typed for that placeholder
      const { [action.slot]: _typed, ...values } = state.values;
      const next = {
        ...state,
        values,
        citations: { ...state.citations, [action.slot]: action.id },
      };
      if (!state.edited) return rerender(env, { ...next, note: null });
      const before = valuesFor(env.ctx, state)[action.slot] ?? null;
      const after = pickedCandidate(env.ctx, next.citations, action.slot)?.text ?? null;
      if (!after)
        return { ...next, note: 'Your edited text is unchanged: write your own words in it.' };
      const swap = (text: string) =>
        (before ? swapPhrase(text, before, after) : null) ?? fillInText(text, action.slot, after);
      const body = swap(state.body);
      const subject = swap(state.subject);
      const found = body !== state.body || subject !== state.subject;
      return {
        ...next,
        body,
        subject,
        note: found
          ? null
          : 'Your edited text no longer has the previous citation: add the new one where it fits.',
      };
    }
  }
}

/** what is autosaved for the person */
export function toSaved(
  personId: string,
  state: Editing,
): Omit<SavedDraft, 'v' | 'savedAt'> | null {
  if (!state.templateId) return null;
  return {
    personId,
    channel: state.channel,
    templateId: state.templateId,
    citations: state.citations,
    values: state.values,
    subject: state.subject,
    body: state.body,
    edited: state.edited,
    allKinds: state.allKinds,
  };
}
