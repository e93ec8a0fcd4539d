import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { BrandHeading } from '@/components/BrandMark';
import type { FirstScreen } from '@/components/dashboard/firstScreen';
import { RestoreOffer } from '@/components/dashboard/RestoreOffer';
import { ask, messageOf } from '@/components/dashboard/request';
import { TableView } from '@/components/dashboard/TableView';
import { formatTableQuery, parseTableQuery } from '@/components/dashboard/tableQuery';
import { parseRoute, type Route, useRoute } from '@/components/dashboard/useRoute';
import { useTracker } from '@/components/dashboard/useTracker';
import { LoadBoundary } from '@/components/LoadBoundary';
import { WhereToLook } from '@/components/lists/WhereToLook';
import type { Direction, PeopleFilter, SortKey } from '@/utils/shortlist/analytics/filter';
import type { PersonSummary, RecordProblem } from '@/utils/shortlist/schema/person';
import type { Status } from '@/utils/shortlist/schema/status';
import '@/components/dashboard/dashboard.css';

// the table is the first screen; every other view loads when it is opened
const Board = lazy(() =>
  import('@/components/dashboard/Board').then((m) => ({ default: m.Board })),
);
const DataPanel = lazy(() =>
  import('@/components/dashboard/DataPanel').then((m) => ({ default: m.DataPanel })),
);
const DueList = lazy(() =>
  import('@/components/dashboard/DueList').then((m) => ({ default: m.DueList })),
);
const Insights = lazy(() =>
  import('@/components/dashboard/Insights').then((m) => ({ default: m.Insights })),
);
const PersonPage = lazy(() =>
  import('@/components/dashboard/person/PersonPage').then((m) => ({ default: m.PersonPage })),
);

const sections: Array<{ page: Route['page']; href: string; label: string }> = [
  { page: 'people', href: '#/', label: 'People' },
  { page: 'board', href: '#/board', label: 'Board' },
  { page: 'due', href: '#/due', label: 'Due' },
  { page: 'insights', href: '#/insights', label: 'Insights' },
  { page: 'data', href: '#/data', label: 'Your data' },
];

function Damaged({ problems, total }: { problems: readonly RecordProblem[]; total: number }) {
  if (problems.length === 0) return null;
  return (
    <section className="error" role="alert" aria-label="Damaged records">
      <p>
        {total} saved record(s) could not be read. They were kept as they are, not deleted
        {total > problems.length ? ` (the first ${problems.length} are listed)` : ''}:
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.store}:${problem.key}`}>
            {problem.key}: {problem.error}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * the dashboard: people table, board, person pages, due list, insights and data, over one loaded
 * shortlist. `firstScreen`: the newest people, asked as the page opened (show.tsx); without it
 * (tests), the dashboard asks itself
 */
export function Dashboard({ firstScreen }: { firstScreen?: Promise<FirstScreen> }) {
  const route = useRoute();
  const tracker = useTracker(firstScreen);
  const [error, setError] = useState<string | null>(null);
  // the table's filters and sort live in the URL: reload and back keep them
  const [filter, setFilter] = useState<PeopleFilter>(() => parseTableQuery(location.hash).filter);
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>(
    () => parseTableQuery(location.hash).sort,
  );
  useEffect(() => {
    if (route.page !== 'people') return;
    const hash = formatTableQuery({ filter, sort });
    if (location.hash !== hash && !(hash === '#/' && location.hash === ''))
      history.replaceState(null, '', hash);
  }, [filter, sort, route.page]);
  useEffect(() => {
    // arriving back at the table (back button, a link): take the URL's filters
    const onHash = () => {
      if (parseRoute(location.hash).page !== 'people') return;
      const query = parseTableQuery(location.hash);
      setFilter(query.filter);
      setSort(query.sort);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const rendered = useRef(false);

  useEffect(() => {
    // first render with the shortlist on screen: a mark the benchmark reads
    if (tracker.state.status !== 'ready' || rendered.current) return;
    rendered.current = true;
    performance.mark('mentorlens:first-render');
  }, [tracker.state.status]);

  const { apply, remove } = tracker;
  const onStatus = useCallback(
    async (person: PersonSummary, status: Status): Promise<boolean> => {
      setError(null);
      try {
        apply(await ask({ type: 'setStatus', id: person.id, status }));
        return true;
      } catch (cause) {
        setError(messageOf(cause));
        return false;
      }
    },
    [apply],
  );
  const onRemove = useCallback(
    async (person: PersonSummary) => {
      setError(null);
      try {
        await ask({ type: 'removePerson', id: person.id });
        remove(person.id);
      } catch (cause) {
        setError(messageOf(cause));
      }
    },
    [remove],
  );
  const onSort = useCallback(
    (key: SortKey) =>
      setSort((current) => ({
        key,
        direction:
          current.key === key
            ? current.direction === 'asc'
              ? 'desc'
              : 'asc'
            : key === 'name'
              ? 'asc'
              : 'desc',
      })),
    [],
  );
  const onTableStatus = useCallback(
    (person: PersonSummary, status: Status) => void onStatus(person, status),
    [onStatus],
  );
  const onTableRemove = useCallback((person: PersonSummary) => void onRemove(person), [onRemove]);

  const { state } = tracker;
  const current = route.page === 'person' ? null : route.page;
  return (
    <main className="page dashboard">
      <BrandHeading>MentorLens dashboard</BrandHeading>
      <nav aria-label="Dashboard sections">
        <ul className="tabs">
          {sections.map((section) => (
            <li key={section.page}>
              <a href={section.href} aria-current={current === section.page ? 'page' : undefined}>
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <RestoreOffer onRestored={tracker.reload} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {state.status === 'loading' && <p className="muted loading">Loading your shortlist…</p>}
      {state.status === 'error' && (
        <p className="error">Couldn't load the shortlist: {state.error}</p>
      )}
      {state.status === 'ready' && (
        <>
          <Damaged problems={state.problems} total={state.problemsTotal} />
          {/* a view that fails to load says so; the next view opened starts afresh */}
          <LoadBoundary key={route.page} what="this view">
            <Suspense fallback={<p className="muted loading">Loading…</p>}>
              {route.page === 'person' && (
                <PersonPage
                  key={`${route.id}:${route.open ?? ''}`}
                  id={route.id}
                  open={route.open}
                  tracker={tracker}
                />
              )}
              {route.page === 'people' &&
                (state.people.length === 0 ? (
                  <p className="empty">
                    <strong>No one on your shortlist yet.</strong> Open a GitHub or LinkedIn profile
                    and press “Shortlist” on the MentorLens hint (or in the toolbar popup).
                  </p>
                ) : (
                  <TableView
                    people={state.people}
                    complete={state.complete}
                    total={state.total}
                    filter={filter}
                    onFilter={setFilter}
                    sort={sort.key}
                    direction={sort.direction}
                    onSort={onSort}
                    onStatus={onTableStatus}
                    onRemove={onTableRemove}
                  />
                ))}
              {route.page === 'people' && <WhereToLook />}
              {route.page === 'board' && <Board people={state.people} onMove={onStatus} />}
              {route.page === 'due' && <DueList onPerson={apply} />}
              {route.page === 'insights' && <Insights people={state.people} />}
              {route.page === 'data' && <DataPanel onImported={tracker.reload} />}
            </Suspense>
          </LoadBoundary>
        </>
      )}
    </main>
  );
}
