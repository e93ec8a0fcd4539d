import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  columnLabels,
  type OptionalColumn,
  optionalColumns,
  PeopleTable,
} from '@/components/PeopleTable';
import {
  allTags,
  type Direction,
  filterPeople,
  type Indexed,
  indexPerson,
  type PeopleFilter,
  type SortKey,
  sortPeople,
} from '@/utils/shortlist/analytics/filter';
import type { PersonSummary } from '@/utils/shortlist/schema/person';
import type { Status } from '@/utils/shortlist/schema/status';
import { Filters } from './Filters';

export interface TableViewProps {
  people: readonly PersonSummary[];
  /** false while only the first screen is loaded; `total` is how many there are in all */
  complete?: boolean;
  total?: number;
  filter: PeopleFilter;
  onFilter(filter: PeopleFilter): void;
  sort: SortKey;
  direction: Direction;
  onSort(key: SortKey): void;
  onStatus(person: PersonSummary, status: Status): void;
  onRemove(person: PersonSummary): void;
}

const count = new Intl.NumberFormat();
const COLUMNS_KEY = 'mentorlens:table-columns';

// which columns the user chose, kept in this page's storage (a view preference, not data)
function savedColumns(): Set<OptionalColumn> {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null');
    if (Array.isArray(saved))
      return new Set(optionalColumns.filter((column) => saved.includes(column)));
  } catch {
    // a damaged preference falls back to every column
  }
  return new Set(optionalColumns);
}

function ColumnChooser({
  shown,
  onChange,
}: {
  shown: ReadonlySet<OptionalColumn>;
  onChange(next: Set<OptionalColumn>): void;
}) {
  const [open, setOpen] = useState(false);
  return (
    // the boxes exist only while open: a closed chooser has nothing to tab to
    <details
      className="columns-chooser"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>Columns</summary>
      {open && (
        <fieldset>
          <legend className="sr-only">Columns to show</legend>
          {optionalColumns.map((column) => (
            <label key={column} className="check">
              <input
                type="checkbox"
                checked={shown.has(column)}
                onChange={(event) => {
                  const next = new Set(shown);
                  if (event.target.checked) next.add(column);
                  else next.delete(column);
                  onChange(next);
                }}
              />{' '}
              {columnLabels[column]}
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
}

/** the people table with its search and filters; filtering runs in memory over the loaded summaries */
export function TableView({
  people,
  complete = true,
  total = people.length,
  filter,
  onFilter,
  sort,
  direction,
  onSort,
  onStatus,
  onRemove,
}: TableViewProps) {
  // one index entry per summary object: a changed person is re-indexed, the others are reused
  const cache = useRef(new WeakMap<PersonSummary, Indexed>());
  const indexed = useMemo(
    () =>
      people.map((person) => {
        let entry = cache.current.get(person);
        if (!entry) {
          entry = indexPerson(person);
          cache.current.set(person, entry);
        }
        return entry;
      }),
    [people],
  );
  const sorted = useMemo(() => sortPeople(indexed, sort, direction), [indexed, sort, direction]);
  const shown = useMemo(() => filterPeople(sorted, filter), [sorted, filter]);
  const tags = useMemo(() => allTags(people), [people]);
  const [columns, setColumns] = useState(savedColumns);
  const chooseColumns = (next: Set<OptionalColumn>) => {
    setColumns(next);
    try {
      localStorage.setItem(COLUMNS_KEY, JSON.stringify([...next]));
    } catch {
      // storage full or blocked: the choice still holds for this visit
    }
  };

  // keystroke → results on screen, as a performance measure the benchmark reads
  const typedAt = useRef<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: new results on screen are the trigger
  useLayoutEffect(() => {
    if (typedAt.current === null) return;
    performance.measure('mentorlens:filter', { start: typedAt.current, end: performance.now() });
    typedAt.current = null;
  }, [shown]);

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading" className="sr-only">
        People
      </h2>
      <Filters
        filter={filter}
        tags={tags}
        onChange={onFilter}
        onInput={() => {
          typedAt.current = performance.now();
        }}
      />
      <div className="table-bar">
        <p role="status" className="muted">
          {!complete
            ? `Showing the ${count.format(people.length)} most recent of ${count.format(total)} people; loading the rest…`
            : shown.length === people.length
              ? `${count.format(people.length)} ${people.length === 1 ? 'person' : 'people'}`
              : `Showing ${count.format(shown.length)} of ${count.format(people.length)} people`}
        </p>
        <ColumnChooser shown={columns} onChange={chooseColumns} />
      </div>
      {shown.length === 0 ? (
        <p className="empty">
          <strong>No one matches these filters.</strong> Clear the search or set a filter back to
          “all” to see everyone.
        </p>
      ) : (
        <PeopleTable
          people={shown}
          sort={sort}
          direction={direction}
          onSort={onSort}
          onStatus={onStatus}
          onRemove={onRemove}
          columns={columns}
        />
      )}
    </section>
  );
}
