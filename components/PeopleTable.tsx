import { memo, useState } from 'react';
import { personHref } from '@/components/dashboard/useRoute';
import { useWindow } from '@/components/dashboard/useWindow';
import type { Direction, SortKey } from '@/utils/shortlist/filter';
import type { PersonSummary } from '@/utils/shortlist/person';
import { nextStatuses, type Status, statusLabels } from '@/utils/shortlist/status';
import { sourcesLabel } from '@/utils/shortlist/summary';

export const ROW_HEIGHT = 60;

export interface PeopleTableProps {
  people: readonly PersonSummary[];
  /** how many there are before filtering, for screen readers' row count */
  total?: number;
  sort: SortKey;
  direction: Direction;
  onSort(key: SortKey): void;
  onStatus(person: PersonSummary, status: Status): void;
  onRemove(person: PersonSummary): void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

interface RowProps {
  person: PersonSummary;
  index: number;
  onStatus(person: PersonSummary, status: Status): void;
  onRemove(person: PersonSummary): void;
}

const Row = memo(function Row({ person, index, onStatus, onRemove }: RowProps) {
  const [confirming, setConfirming] = useState(false);
  const name = person.name ?? person.id;
  return (
    <tr className="person-row" aria-rowindex={index + 2} data-person-id={person.id}>
      <th scope="row" className="cell-name">
        <a href={personHref(person.id)}>{name}</a>
        {person.doNotContact && <span className="badge"> do not contact</span>}
        {person.headline && <div className="muted clip">{person.headline}</div>}
      </th>
      <td>{sourcesLabel(person.sources)}</td>
      <td>
        {person.fitScore !== null ? (
          <span title={person.fitBand ?? undefined}>
            {person.fitScore} · {person.fitBand}
          </span>
        ) : (
          '—'
        )}
      </td>
      <td>
        <select
          aria-label="Status"
          value={person.status}
          onChange={(event) => onStatus(person, event.target.value as Status)}
        >
          {[person.status, ...nextStatuses(person.status)].map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <time dateTime={person.savedAt}>{dateFormat.format(new Date(person.savedAt))}</time>
      </td>
      <td>
        {confirming ? (
          <span className="row">
            <button type="button" className="danger" onClick={() => onRemove(person)}>
              Confirm remove
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} aria-label={`Remove ${name}`}>
            Remove
          </button>
        )}
      </td>
    </tr>
  );
});

const columns: Array<{ key: SortKey | null; label: string }> = [
  { key: 'name', label: 'Name' },
  { key: null, label: 'Source' },
  { key: 'fit', label: 'Fit' },
  { key: 'status', label: 'Status' },
  { key: 'saved', label: 'Saved' },
];

/** the shortlist as a table (name, source, fit, status, date saved), drawing only the rows in view */
export function PeopleTable({
  people,
  total,
  sort,
  direction,
  onSort,
  onStatus,
  onRemove,
}: PeopleTableProps) {
  const { ref, start, end, before, after } = useWindow<HTMLDivElement>(people.length, ROW_HEIGHT);
  return (
    <div ref={ref} className="table-scroller">
      {/* the rows not drawn are space above and below, so the scrollbar matches the whole list */}
      <div style={{ paddingTop: before, paddingBottom: after }}>
        <table aria-rowcount={(total ?? people.length) + 1}>
          <caption className="sr-only">Shortlisted people</caption>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => (
                <th
                  key={column.label}
                  scope="col"
                  aria-sort={
                    column.key === sort
                      ? direction === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : undefined
                  }
                >
                  {column.key ? (
                    <button
                      type="button"
                      className="sort"
                      onClick={() => onSort(column.key as SortKey)}
                    >
                      {column.label}
                      <span aria-hidden="true">
                        {column.key === sort ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.slice(start, end).map((person, offset) => (
              <Row
                key={person.id}
                person={person}
                index={start + offset}
                onStatus={onStatus}
                onRemove={onRemove}
              />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
