import type { MenteeProfile } from './mentee';
import {
  conceptsIn,
  customTermSet,
  directTerms,
  escapeRegExp,
  relatedTerms,
  type TermSet,
} from './terms';

/** one thing the user wants from a mentor's expertise: a focus area or a target role */
export type Wanted = {
  /** the user's own words, for sentences */
  label: string;
  kind: 'focus' | 'role';
  /** priority: high 1, medium 0.6, low 0.3; target roles count as high */
  weight: number;
  /** concept ids the words name; empty when no concept knows them */
  concepts: readonly string[];
  /** per concept, its own words (or the user's phrase when no concept knows it) */
  direct: readonly TermSet[];
  /** per concept, the words of narrower concepts that imply it */
  related: readonly TermSet[];
};

export type MenteeView = {
  focus: Wanted[];
  roles: Wanted[];
  languages: { label: string; spoken: RegExp; names: ReadonlySet<string> }[];
  background: { label: string; terms: TermSet }[];
};

const priorityWeight = { high: 1, medium: 0.6, low: 0.3 } as const;

function wantedOf(label: string, kind: Wanted['kind'], weight: number): Wanted {
  const ids = conceptsIn(label);
  if (ids.length === 0) {
    const custom = customTermSet(label);
    return { label, kind, weight, concepts: [], direct: [custom], related: [custom] };
  }
  return {
    label,
    kind,
    weight,
    concepts: ids,
    direct: ids.map(directTerms),
    related: ids.map(relatedTerms),
  };
}

// "speaks Spanish", "fluent in Spanish", "Spanish (native)": a language named as spoken, not a market
function spokenPattern(language: string): RegExp {
  const name = escapeRegExp(language.trim());
  return new RegExp(
    `(?:speak(?:s|ing)?|fluent in|native speaker of|languages?:?)[^.\\n]{0,40}?(?<![\\p{L}])${name}(?![\\p{L}])|(?<![\\p{L}])${name}(?![\\p{L}])\\s*[(:-]\\s*(?:native|fluent|bilingual|professional|full professional|C1|C2)`,
    'iu',
  );
}

const cache = new WeakMap<MenteeProfile, MenteeView>();

/** what the mentee wants, compiled once per mentee object (the hot path reuses it) */
export function menteeView(mentee: MenteeProfile): MenteeView {
  const cached = cache.get(mentee);
  if (cached) return cached;
  const view: MenteeView = {
    focus: mentee.focusAreas.map((area) =>
      wantedOf(area.topic, 'focus', priorityWeight[area.priority]),
    ),
    roles: mentee.targetRoles.map((role) => wantedOf(role, 'role', 1)),
    languages: mentee.languages.map((label) => ({
      label,
      spoken: spokenPattern(label),
      names: new Set([label.trim().toLowerCase()]),
    })),
    background: mentee.sharedBackground.map((label) => ({ label, terms: customTermSet(label) })),
  };
  cache.set(mentee, view);
  return view;
}
