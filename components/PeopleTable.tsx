import { memo, useState } from 'react';
import { personHref } from '@/components/dashboard/useRoute';
import { useWindow } from '@/components/dashboard/useWindow';
import type { Direction, SortKey } from '@/utils/shortlist/analytics/filter';
import type { PersonSummary } from '@/utils/shortlist/schema/person';
import { nextStatuses, type Status, statusLabels } from '@/utils/shortlist/schema/status';
import { sourcesLabel } from '@/utils/shortlist/tracker/summarize';
import { FitBar } from './FitBar';

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
  /** the optional columns on screen (name and actions are always there) */
  columns?: ReadonlySet<OptionalColumn>;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

interface RowProps {
  person: PersonSummary;
  index: number;
  onStatus(person: PersonSummary, status: Status): void;
  onRemove(person: PersonSummary): void;
}

/** what to do next at each stage: a suggestion from the status, never a claim about the person */
export const nextStepFor: Record<Status, string> = {
  saved: 'Draft a first message',
  contacted: 'Wait for a reply',
  replied: 'Plan a meeting',
  'meeting-scheduled': 'Prepare the agenda',
  mentoring: 'Next check-in',
  ended: '—',
  declined: '—',
  'no-response': '—',
  'not-a-fit': '—',
  paused: 'Resume when ready',
};

export const optionalColumns = ['headline', 'fit', 'status', 'contact', 'next', 'source'] as const;
export type OptionalColumn = (typeof optionalColumns)[number];
export const columnLabels: Record<OptionalColumn, string> = {
  headline: 'Headline',
  fit: 'Fit',
  status: 'Status',
  contact: 'Last contact',
  next: 'Next step',
  source: 'Source',
};

function SourceIcon({ sources }: { sources: PersonSummary['sources'] }) {
  const label = sourcesLabel(sources);
  return (
    <span className="source" title={label}>
      {sources !== 'github' && (
        <span className="source-icon li" aria-hidden="true">
          in
        </span>
      )}
      {sources !== 'linkedin' && (
        <span className="source-icon gh" aria-hidden="true">
          GH
        </span>
      )}
      <span className="sr-only">{label}</span>
    </span>
  );
}

interface RowProps {
  person: PersonSummary;
  index: number;
  shown: ReadonlySet<OptionalColumn>;
  onStatus(person: PersonSummary, status: Status): void;
  onRemove(person: PersonSummary): void;
}

const Row = memo(function Row({ person, index, shown, onStatus, onRemove }: RowProps) {
  const [confirming, setConfirming] = useState(false);
  const name = person.name ?? person.id;
  const contact = person.lastContactAt;
  return (
    <tr className="person-row" aria-rowindex={index + 2} data-person-id={person.id}>
      <th scope="row" className="cell-name">
        <a href={personHref(person.id)} className="person-name">
          {name}
        </a>
        {person.doNotContact && <span className="badge"> do not contact</span>}
      </th>
      {shown.has('headline') && <td className="muted clip">{person.headline ?? ''}</td>}
      {shown.has('fit') && (
        <td>
          <FitBar
            score={person.fitScore}
            band={person.fitBand}
            borderline={person.fitBorderline === true}
          />
        </td>
      )}
      {shown.has('status') && (
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
      )}
      {shown.has('contact') && (
        <td>
          {contact ? (
            <time dateTime={contact}>{dateFormat.format(new Date(contact))}</time>
          ) : (
            <span className="muted">never</span>
          )}
        </td>
      )}
      {shown.has('next') && <td className="clip">{nextStepFor[person.status]}</td>}
      {shown.has('source') && (
        <td>
          <SourceIcon sources={person.sources} />
        </td>
      )}
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

const sortable: Partial<Record<OptionalColumn, SortKey>> = { fit: 'fit', status: 'status' };

const allColumns: ReadonlySet<OptionalColumn> = new Set(optionalColumns);

/** the shortlist as a table (name first, then the chosen columns), drawing only the rows in view */
export function PeopleTable({
  people,
  total,
  sort,
  direction,
  onSort,
  onStatus,
  onRemove,
  columns: shown = allColumns,
}: PeopleTableProps) {
  const columns: Array<{ key: SortKey | null; label: string; id: string }> = [
    { key: 'name', label: 'Name', id: 'name' },
    ...optionalColumns
      .filter((column) => shown.has(column))
      .map((column) => ({
        key: sortable[column] ?? null,
        label: columnLabels[column],
        id: column,
      })),
  ];
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
                  key={column.id}
                  scope="col"
                  className={`col-${column.id}`}
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
                shown={shown}
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
