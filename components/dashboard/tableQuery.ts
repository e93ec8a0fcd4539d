import { bands } from '@/utils/fit/result';
import {
  type Direction,
  noFilter,
  type PeopleFilter,
  type SortKey,
  sortKeys,
} from '@/utils/shortlist/analytics/filter';
import { statuses } from '@/utils/shortlist/schema/status';

export interface TableQuery {
  filter: PeopleFilter;
  sort: { key: SortKey; direction: Direction };
}

export const defaultSort: TableQuery['sort'] = { key: 'saved', direction: 'desc' };

const one = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** the table's filters and sort from "#/?q=…&status=…&sort=fit-desc"; anything unknown is ignored */
export function parseTableQuery(hash: string): TableQuery {
  const query = /^#\/?\?(.*)$/.exec(hash)?.[1] ?? '';
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    params = new URLSearchParams();
  }
  const [key, direction] = (params.get('sort') ?? '').split('-');
  return {
    filter: {
      text: (params.get('q') ?? '').slice(0, 500),
      status: one(params.get('status'), ['all', ...statuses], noFilter.status),
      tag: (params.get('tag') ?? 'all').slice(0, 200) || 'all',
      source: one(params.get('source'), ['any', 'linkedin', 'github', 'both'], noFilter.source),
      role: one(params.get('role'), ['any', 'primary', 'secondary', 'none'], noFilter.role),
      band: one(params.get('band'), ['any', ...bands, 'unscored'], noFilter.band),
    },
    sort: sortKeys.includes(key as SortKey)
      ? {
          key: key as SortKey,
          direction: one(direction ?? null, ['asc', 'desc'], 'desc'),
        }
      : defaultSort,
  };
}

/** the hash that keeps these filters and sort: only what differs from the defaults */
export function formatTableQuery({ filter, sort }: TableQuery): string {
  const params = new URLSearchParams();
  if (filter.text) params.set('q', filter.text);
  for (const name of ['status', 'tag', 'source', 'role', 'band'] as const)
    if (filter[name] !== noFilter[name]) params.set(name, filter[name]);
  if (sort.key !== defaultSort.key || sort.direction !== defaultSort.direction)
    params.set('sort', `${sort.key}-${sort.direction}`);
  const text = params.toString();
  return text ? `#/?${text}` : '#/';
}
