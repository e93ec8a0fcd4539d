import { notEnoughBand } from '../../fit/bands';
import type { Band } from '../../fit/result';
import type { PersonSummary } from '../schema/person';
import { type Status, statuses } from '../schema/status';

export const sortKeys = ['name', 'fit', 'status', 'saved'] as const;
export type SortKey = (typeof sortKeys)[number];
export type Direction = 'asc' | 'desc';

export interface PeopleFilter {
  text: string;
  status: Status | 'all';
  tag: string | 'all';
  source: 'any' | 'linkedin' | 'github' | 'both';
  role: 'any' | 'primary' | 'secondary' | 'none';
  band: 'any' | Band | 'unscored';
}

export const noFilter: PeopleFilter = {
  text: '',
  status: 'all',
  tag: 'all',
  source: 'any',
  role: 'any',
  band: 'any',
};

/** lower-case, accents folded, spaces collapsed: "José  Ng" → "jose ng" */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** a person with the folded text search looks in and their sort keys, computed once per summary */
export interface Indexed {
  person: PersonSummary;
  haystack: string;
  nameKey: string;
  saved: number;
}

export function indexPerson(person: PersonSummary): Indexed {
  const nameKey = fold(person.name ?? person.id);
  return {
    person,
    nameKey,
    saved: Date.parse(person.savedAt),
    haystack: `${nameKey}\n${fold([person.headline ?? '', person.notes, person.focusArea ?? '', person.tags.join(' ')].join('\n'))}`,
  };
}

export const indexPeople = (people: readonly PersonSummary[]): Indexed[] => people.map(indexPerson);

const statusRank = new Map(statuses.map((status, index) => [status, index]));
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
// folded keys compare with < instead of a collator: ten thousand names sort in milliseconds
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// "Not enough to score" sorts with the unscored, whatever number an older summary kept
const fitRank = (person: PersonSummary): number =>
  person.fitBand === notEnoughBand ? -1 : (person.fitScore ?? -1);

function compare(key: SortKey, a: Indexed, b: Indexed): number {
  switch (key) {
    case 'name':
      return byText(a.nameKey, b.nameKey);
    case 'fit':
      return fitRank(a.person) - fitRank(b.person);
    case 'status':
      return (statusRank.get(a.person.status) ?? 0) - (statusRank.get(b.person.status) ?? 0);
    case 'saved':
      return a.saved - b.saved;
  }
}

/** a sorted copy; ties broken by name then id so the order is stable */
export function sortPeople(
  entries: readonly Indexed[],
  key: SortKey,
  direction: Direction,
): Indexed[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...entries].sort(
    (a, b) =>
      sign * compare(key, a, b) || byText(a.nameKey, b.nameKey) || byText(a.person.id, b.person.id),
  );
}

/** the entries that match every filter and every word of the text, in their current order */
export function filterPeople(entries: readonly Indexed[], filter: PeopleFilter): PersonSummary[] {
  const words = fold(filter.text).split(' ').filter(Boolean);
  const out: PersonSummary[] = [];
  for (const { person, haystack } of entries) {
    if (filter.status !== 'all' && person.status !== filter.status) continue;
    if (filter.tag !== 'all' && !person.tags.includes(filter.tag)) continue;
    if (filter.source !== 'any' && person.sources !== filter.source && person.sources !== 'both')
      continue;
    if (filter.source === 'both' && person.sources !== 'both') continue;
    if (filter.role !== 'any' && (person.role ?? 'none') !== filter.role) continue;
    if (filter.band !== 'any' && (person.fitBand ?? 'unscored') !== filter.band) continue;
    if (words.length && !words.every((word) => haystack.includes(word))) continue;
    out.push(person);
  }
  return out;
}

/** every tag in use, sorted, for the tag filter */
export function allTags(people: readonly PersonSummary[]): string[] {
  const tags = new Set<string>();
  for (const person of people) for (const tag of person.tags) tags.add(tag);
  return [...tags].sort(collator.compare);
}
