import type { MenteeProfile } from '@/utils/fit/mentee';
import type { FitResult } from '@/utils/fit/result';
import { type ChannelId, type ChannelLimits, channelInfo } from '@/utils/outreach/channels';
import {
  type CitationCandidate,
  citationCandidates,
  placeholderValues,
} from '@/utils/outreach/context';
import { buildDraft, type Draft } from '@/utils/outreach/draft';
import { meetingValues } from '@/utils/outreach/meeting-values';
import {
  isPlaceholderName,
  type PlaceholderName,
  type PlaceholderValues,
  placeholders,
  type Rendered,
  renderTemplate,
} from '@/utils/outreach/placeholders';
import type { FollowUpAdvice, OutreachEvent } from '@/utils/outreach/restraint';
import {
  type Template,
  type TemplateKind,
  templateKinds,
  templatesFor,
} from '@/utils/outreach/templates';
import { timelineValues } from '@/utils/outreach/timeline-values';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import type { PersonEvent } from '@/utils/shortlist/schema/event';
import type { Meeting, Person } from '@/utils/shortlist/schema/person';
import type { Status } from '@/utils/shortlist/schema/status';

// the editor's pure logic: which templates to offer, what a fresh draft says, and how edits apply

export type CitationSlot = Extract<PlaceholderName, 'theirWork' | 'sharedGround'>;
export const citationSlots: readonly CitationSlot[] = ['theirWork', 'sharedGround'];
/** per slot: a candidate id, null for "none, I'll write my own", undefined for the default pick */
export type CitationPicks = Partial<Record<CitationSlot, string | null>>;

export type EditorState = {
  channel: ChannelId;
  templateId: string;
  citations: CitationPicks;
  /** what the user typed for placeholders */
  values: Partial<Record<PlaceholderName, string>>;
  subject: string;
  body: string;
  /** true once the user typed in the text: from then on the text is theirs */
  edited: boolean;
  allKinds: boolean;
};

export type DraftContext = {
  profiles: ProfileSnapshot[];
  fit: FitResult | null;
  mentee: MenteeProfile;
  candidates: CitationCandidate[];
  /** values from the profiles and the mentee profile, before citations and the user's own */
  auto: PlaceholderValues;
  limits: ChannelLimits;
  templates: Template[];
};

export const profilesOf = (person: Pick<Person, 'profiles'>): ProfileSnapshot[] =>
  [person.profiles.linkedin, person.profiles.github].filter(
    (profile): profile is ProfileSnapshot => profile !== undefined,
  );

/** the shared context of every draft for one person */
export function draftContext(input: {
  person: Person;
  mentee: MenteeProfile;
  usesDefaultProfile: boolean;
  limits: ChannelLimits;
  templates: Template[];
  /** their meetings, for the later-stage templates ({{meetingDate}}, {{meetingTopic}}…) */
  meetings?: readonly Meeting[];
  /** their timeline, for {{lastMessage}}, {{lastMeetingDate}} and the like */
  events?: readonly PersonEvent[];
  now?: Date;
}): DraftContext {
  const profiles = profilesOf(input.person);
  // the goal line follows the user's current settings, not those the fit was scored with
  const fit = input.person.fit
    ? { ...input.person.fit, usesDefaultProfile: input.usesDefaultProfile }
    : null;
  return {
    profiles,
    fit,
    mentee: input.mentee,
    candidates: citationCandidates(profiles, fit, input.mentee),
    auto: {
      ...placeholderValues(profiles, fit, input.mentee),
      ...meetingValues(input.meetings ?? [], input.now),
      ...timelineValues({
        events: input.events ?? [],
        meetings: input.meetings,
        person: input.person,
        now: input.now,
      }),
    },
    limits: input.limits,
    templates: input.templates,
  };
}

/** what the shortlist's bookkeeping says about outreach so far, in the shape followUpsAllowed reads */
export function outreachHistory(
  person: Pick<Person, 'status' | 'statusChangedAt' | 'stages' | 'followUp'>,
): OutreachEvent[] {
  const events: OutreachEvent[] = [];
  const { lastContactAt, count } = person.followUp;
  const first = person.stages.contacted ?? lastContactAt;
  if (first) events.push({ type: 'contacted', at: first });
  // follow-up dates other than the last aren't kept; only their number and the last one matter
  for (let i = 0; i < count && lastContactAt; i += 1)
    events.push({ type: 'follow-up', at: lastContactAt });
  if (person.status !== 'saved' && person.status !== 'contacted') {
    events.push({ type: person.status, at: person.statusChangedAt });
  }
  return events;
}

const stageKinds: Record<Status, TemplateKind[]> = {
  saved: ['first-approach'],
  contacted: [],
  replied: ['meeting-request', 'thank-you', 'ask-fees'],
  'meeting-scheduled': ['meeting-agenda', 'meeting-request', 'ask-fees'],
  mentoring: [
    'progress-update',
    'meeting-agenda',
    'meeting-request',
    'thank-you',
    'ask-fees',
    'graceful-close',
  ],
  ended: ['thank-you', 'progress-update', 'graceful-close'],
  declined: ['first-approach'],
  'no-response': ['graceful-close'],
  'not-a-fit': ['first-approach'],
  paused: ['progress-update', 'graceful-close', 'first-approach'],
};

const followUpKinds: readonly TemplateKind[] = ['follow-up', 'second-follow-up'];

/** the kinds offered now, most fitting first; follow-ups only when followUpsAllowed says so */
export function kindsFor(
  status: Status,
  advice: FollowUpAdvice,
  allKinds: boolean,
): TemplateKind[] {
  const followUp = advice.allowed && advice.kind ? [advice.kind] : [];
  const stage = stageKinds[status];
  const rest = allKinds
    ? templateKinds.filter((kind) => !followUpKinds.includes(kind) && !stage.includes(kind))
    : [];
  return [...followUp, ...stage, ...rest];
}

/** templates for the channel and kinds, grouped by kind in the order given; the channel's own before "any" */
export function offeredTemplates(
  templates: readonly Template[],
  channel: ChannelId,
  kinds: readonly TemplateKind[],
): Array<{ kind: TemplateKind; templates: Template[] }> {
  return kinds
    .map((kind) => ({
      kind,
      templates: templatesFor(templates, { channel, kind }).sort(
        (a, b) => Number(a.channel === 'any') - Number(b.channel === 'any'),
      ),
    }))
    .filter((group) => group.templates.length > 0);
}

/** the candidate placeholderValues picks by default for a slot, so the radio shows what the text says */
export function defaultCitation(
  candidates: readonly CitationCandidate[],
  slot: CitationSlot,
): string | null {
  const own = candidates.filter((candidate) => candidate.placeholder === slot);
  return (own.find((candidate) => candidate.specific) ?? own[0])?.id ?? null;
}

export function pickedCandidate(
  ctx: Pick<DraftContext, 'candidates'>,
  picks: CitationPicks,
  slot: CitationSlot,
): CitationCandidate | null {
  const id = picks[slot] === undefined ? defaultCitation(ctx.candidates, slot) : picks[slot];
  return (
    ctx.candidates.find((candidate) => candidate.id === id && candidate.placeholder === slot) ??
    null
  );
}

/** the values a template is rendered with: automatic ones, then the picked citations, then what the user typed */
export function valuesFor(
  ctx: Pick<DraftContext, 'auto' | 'candidates'>,
  state: Pick<EditorState, 'citations' | 'values'>,
): PlaceholderValues {
  const values: PlaceholderValues = { ...ctx.auto };
  for (const slot of citationSlots) {
    if (state.citations[slot] === undefined) continue;
    values[slot] = pickedCandidate(ctx, state.citations, slot)?.text ?? null;
  }
  for (const [name, value] of Object.entries(state.values)) {
    if (isPlaceholderName(name) && value?.trim()) values[name] = value;
  }
  return values;
}

/** the template's text for this person: values inserted literally, unfilled placeholders left visible */
export function renderFresh(
  template: Pick<Template, 'subject' | 'body'>,
  channel: ChannelId,
  values: PlaceholderValues,
): { subject: string; body: string } {
  return {
    subject: channelInfo[channel].hasSubject
      ? renderTemplate(template.subject ?? '', values).text
      : '',
    body: renderTemplate(template.body, values).text,
  };
}

/** replaces every {{name}} (spaces inside allowed) in text with value, literally ("$&" stays "$&") */
export function fillInText(text: string, name: PlaceholderName, value: string): string {
  return text.replace(new RegExp(`\\{\\{\\s*${name}\\s*\\}\\}`, 'g'), () => value);
}

/** swaps one literal phrase for another, every occurrence; false when the phrase isn't there */
export function swapPhrase(text: string, from: string, to: string): string | null {
  if (!from || !text.includes(from)) return null;
  return text.split(from).join(to);
}

// braces inside text taken from a page stand in as these while the draft is scanned: same length,
// so counts and highlights line up, and no page text can look like a placeholder
const openBrace = '\uE000';
const closeBrace = '\uE001';
const hideBraces = (text: string) => text.replaceAll('{', openBrace).replaceAll('}', closeBrace);
const showBraces = (text: string) => text.replaceAll(openBrace, '{').replaceAll(closeBrace, '}');

/** page-derived phrases that hold braces: inserted literally, so never scanned for placeholders */
export function pageLiterals(
  ctx: Pick<DraftContext, 'candidates'> & Partial<Pick<DraftContext, 'auto'>>,
): string[] {
  const fromProfile = Object.entries(ctx.auto ?? {})
    .filter(([name]) => isPlaceholderName(name) && placeholders[name].source === 'profile')
    .map(([, value]) => value ?? '');
  const all = [...fromProfile, ...ctx.candidates.map((candidate) => candidate.text)];
  return [...new Set(all.filter((text) => /[{}]/.test(text)))].sort((a, b) => b.length - a.length);
}

/** the text with the braces of every page literal in it hidden */
function protect(text: string, literals: readonly string[]): string {
  let out = text;
  for (const literal of literals) out = out.split(literal).join(hideBraces(literal));
  return out;
}

function reveal(rendered: Rendered): Rendered {
  return {
    ...rendered,
    text: showBraces(rendered.text),
    segments: rendered.segments.map((segment) => ({ ...segment, text: showBraces(segment.text) })),
  };
}

/**
 * the draft as it stands: the text is analysed as written, never re-filled, so text that came from
 * a profile (even "{{…}}") is never interpreted; any {{…}} the user left is flagged and blocks Copy
 */
export function analyse(
  ctx: Pick<DraftContext, 'profiles' | 'limits' | 'candidates'> &
    Partial<Pick<DraftContext, 'auto'>>,
  state: EditorState,
  template: Pick<Template, 'kind'>,
  firstName: string | null,
): Draft {
  const cited = citationSlots
    .map((slot) => pickedCandidate(ctx, state.citations, slot))
    .filter((candidate): candidate is CitationCandidate => candidate?.specific === true)
    .map((candidate) => hideBraces(candidate.text));
  const literals = pageLiterals(ctx);
  const draft = buildDraft({
    template: {
      kind: template.kind,
      subject: protect(state.subject, literals),
      body: protect(state.body, literals),
    },
    values: {},
    channel: state.channel,
    settings: ctx.limits,
    profiles: ctx.profiles,
    firstName,
    cited,
  });
  return { ...draft, body: reveal(draft.body), subject: draft.subject && reveal(draft.subject) };
}

/** what gets recorded as sent: the subject, when the channel has one, above the body */
export function sentText(state: Pick<EditorState, 'channel' | 'subject' | 'body'>): string {
  const subject = channelInfo[state.channel].hasSubject ? state.subject.trim() : '';
  return subject ? `Subject: ${subject}\n\n${state.body}` : state.body;
}
