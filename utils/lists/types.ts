// what a list page shows about each person: plain types, no zod, so content scripts stay small

export const listKinds = [
  'linkedin-search',
  'linkedin-company-people',
  'linkedin-connections',
  'linkedin-follows',
  'linkedin-sidebar',
  'github-followers',
  'github-stargazers',
  'github-contributors',
  'github-org-people',
  'github-user-search',
] as const;
export type ListKind = (typeof listKinds)[number];

/** one listed person, from their card only; unknown is null */
export interface ListPerson {
  source: 'linkedin' | 'github';
  /** LinkedIn public id or GitHub login; null when the card links only by member id */
  handle: string | null;
  /** LinkedIn member id (`ACoAA…`) when the card shows one */
  memberId: string | null;
  url: string;
  name: string | null;
  headline: string | null;
  location: string | null;
  /** LinkedIn connection degree, 1..3 */
  degree: number | null;
  /** mutual connections as the card counts them */
  mutual: number | null;
}

export interface ListResult {
  kind: ListKind;
  people: ListPerson[];
}

/** a person's stable key on the list: their handle, else their member id */
export const listKey = (person: Pick<ListPerson, 'source' | 'handle' | 'memberId'>): string =>
  `${person.source}:${(person.handle ?? person.memberId ?? '').toLowerCase()}`;

/** a listed person with where the page shows them: the card and the link that names them */
export interface ListEntry {
  person: ListPerson;
  card: Element;
  anchor: Element;
}

/** cards and links already read on this page, so each is read once however often the page changes */
export interface ReadMemo {
  cards: WeakMap<Element, ListEntry | null>;
  /** a link's href when read, and the person id it points at (null: not a listed person) */
  links: WeakMap<Element, { href: string; id: string | null }>;
}

export const newMemo = (): ReadMemo => ({ cards: new WeakMap(), links: new WeakMap() });
