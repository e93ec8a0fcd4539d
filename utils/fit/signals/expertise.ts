import type { Contribution, FitContext } from '../contribution';
import { listWords } from '../format';
import type { Field, FieldKind } from '../person';
import { matchesTerms } from '../terms';
import type { Wanted } from '../wanted';

const cap = 35;

/** how much the person's other strengths count: 0.3 with no overlap, 1 from a solid overlap up */
export const relevanceOf = (coverage: number): number =>
  Math.round((0.3 + 0.7 * Math.min(1, coverage / 0.4)) * 100) / 100;

/** 1 when the field names every concept of the wanted item, 0.75 for narrower evidence (PyTorch → deep learning) */
export function itemScore(item: Wanted, field: Field): number {
  let total = 0;
  item.direct.forEach((direct, index) => {
    if (matchesTerms(direct, field.text, field.entries, field.around)) total += 1;
    else {
      const related = item.related[index];
      if (related && matchesTerms(related, field.text, field.entries, field.around)) {
        total += 0.75;
      }
    }
  });
  return item.direct.length > 0 ? total / item.direct.length : 0;
}

type Best = { item: Wanted; value: number; field: Field | null };

function bestEvidence(item: Wanted, fields: readonly Field[]): Best {
  let best: Best = { item, value: 0, field: null };
  for (const field of fields) {
    if (field.strength <= best.value) continue;
    const value = itemScore(item, field) * field.strength;
    if (value > best.value) best = { item, value, field };
  }
  return best;
}

const whereWords: Partial<Record<FieldKind, string>> = {
  'current role': 'current role',
  'past role': 'past roles',
  'role description': 'past work',
  repo: 'repos',
  post: 'posts',
  headline: 'headline',
  about: 'About',
  skills: 'skills',
  education: 'degree',
  organization: 'organizations',
  group: 'groups',
  company: 'employer',
};
const citeOrder: FieldKind[] = ['repo', 'post', 'current role', 'past role'];

/** the user's focus areas and target roles this person's page shows, best evidence first, with where it was seen */
export function matchedInterests(
  ctx: Pick<FitContext, 'person' | 'wanted'>,
): { label: string; kind: Wanted['kind']; seenIn: FieldKind | null; evidence: string | null }[] {
  const items = [...ctx.wanted.focus, ...ctx.wanted.roles];
  return items
    .map((item) => bestEvidence(item, ctx.person.fields))
    .filter((best) => best.value >= 0.15 && best.field?.kind !== 'company')
    .sort((a, b) => b.value - a.value)
    .map((best) => ({
      label: best.item.label,
      kind: best.item.kind,
      seenIn: best.field?.kind ?? null,
      evidence: best.field?.text ?? null,
    }));
}

/** overlap of the user's focus areas and target roles with what the person does and shows */
export function expertise(ctx: FitContext): Contribution[] {
  const items = [...ctx.wanted.focus, ...ctx.wanted.roles];
  const { person } = ctx;
  if (items.length === 0) {
    return [note('You set no focus areas or target roles, so expertise was not compared')];
  }
  // an employer's name alone says nothing about what they know
  if (person.fields.length === 0 || person.richness === 0) {
    return [
      note("Couldn't tell their expertise: no headline, roles, skills or repos on this page"),
    ];
  }
  // each wanted item counts once, however often its words repeat: stuffing adds nothing
  const bests = items.map((item) => bestEvidence(item, person.fields));
  const totalWeight = items.reduce((sum, item) => sum + item.weight, 0);
  const coverage =
    bests.reduce((sum, best) => sum + best.item.weight * best.value, 0) / totalWeight;
  const matched = bests.filter((best) => best.value >= 0.15);

  if (matched.length === 0) {
    if (person.richness < 2) {
      // little shown and none of it in the user's field: no strength of theirs counts in full
      return [
        {
          signal: 'expertise',
          points: -3,
          text: `None of your focus areas (${listWords(items.map((i) => i.label))}) on this short profile`,
          relevance: relevanceOf(0),
        },
      ];
    }
    return [
      {
        signal: 'expertise',
        points: -5,
        text: `Nothing on their profile matches your focus areas (${listWords(items.map((i) => i.label))})`,
        relevance: relevanceOf(0),
      },
    ];
  }
  const where = [
    ...new Set(
      [...matched]
        .sort((a, b) => b.value - a.value)
        .map((best) => (best.field ? whereWords[best.field.kind] : undefined))
        .filter((word): word is string => Boolean(word)),
    ),
  ];
  const focus = matched.filter((best) => best.item.kind === 'focus').map((best) => best.item.label);
  const roles = matched.filter((best) => best.item.kind === 'role').map((best) => best.item.label);
  const parts = [
    focus.length > 0 &&
      `${focus.length} of ${ctx.wanted.focus.length} focus areas (${listWords(focus)})`,
    roles.length > 0 && `your target role (${listWords(roles, 2)})`,
  ].filter(Boolean);
  const citeField = citeOrder
    .map((kind) => matched.find((best) => best.field?.kind === kind && best.field.cite)?.field)
    .find(Boolean);
  const contributions: Contribution[] = [
    {
      signal: 'expertise',
      points: Math.round(cap * coverage ** 0.8 * 10) / 10,
      text: `Matches ${parts.join(' and ')}, seen in their ${listWords(where.slice(0, 3))}`,
      cite: citeField?.cite,
      relevance: relevanceOf(coverage),
    },
  ];
  const missedHigh = bests.filter(
    (best) => best.value < 0.15 && best.item.kind === 'focus' && best.item.weight >= 1,
  );
  if (missedHigh.length > 0) {
    contributions.push(
      note(
        `No sign of ${listWords(missedHigh.map((best) => best.item.label))}, a high priority for you`,
      ),
    );
  }
  return contributions;
}

function note(text: string): Contribution {
  return { signal: 'expertise', points: 0, text };
}
