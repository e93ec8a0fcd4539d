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

/** what one link was read as, for as long as its href stays */
export interface LinkNote {
  href: string;
  /** the person id it lists, lowercase (null: not a listed person) */
  id: string | null;
  /** LinkedIn: the id of someone a sentence mentions ("Ana and 4 other mutual connections"), as written */
  mention?: string | null;
  /** LinkedIn: whom the link points at, whether listed or not */
  target?: { handle: string | null; memberId: string | null; url: string } | null;
}

/** cards and links already read on this page, so each is read once however often the page changes */
export interface ReadMemo {
  cards: WeakMap<Element, ListEntry | null>;
  links: WeakMap<Element, LinkNote>;
  /** the signed-in viewer's ids, once the page's navigation showed them */
  viewer?: Set<string>;
}

export const newMemo = (): ReadMemo => ({ cards: new WeakMap(), links: new WeakMap() });
