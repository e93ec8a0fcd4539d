import { useState } from 'react';
import { PeopleTable } from '@/components/PeopleTable';
import { useAsync } from '@/components/useAsync';
import { send } from '@/utils/messaging/send';
import type { Person } from '@/utils/shortlist/person';
import type { Status } from '@/utils/shortlist/status';

/** "#/person/<id>" opens the dashboard on one person */
function personFromHash(): string | null {
  const match = /^#\/person\/(.+)$/.exec(location.hash);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export function Dashboard() {
  const list = useAsync(() => send({ type: 'listPeople' }));
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
    list.reload();
  };
  const onStatus = (person: Person, status: Status) =>
    void act(() => send({ type: 'setStatus', id: person.id, status }));
  const onRemove = (person: Person) =>
    void act(() => send({ type: 'removePerson', id: person.id }));

  return (
    <main className="page">
      <h1>MentorLens dashboard</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {list.state.status === 'loading' && <p className="muted">Loading your shortlist…</p>}
      {list.state.status === 'error' && (
        <p className="error">Couldn't load the shortlist: {list.state.error}</p>
      )}
      {list.state.status === 'ready' && (
        <>
          {list.state.value.problems.length > 0 && (
            <section className="error" role="alert" aria-label="Damaged records">
              <p>
                {list.state.value.problems.length} saved record(s) could not be read. They were kept
                as they are, not deleted:
              </p>
              <ul>
                {list.state.value.problems.map((problem) => (
                  <li key={`${problem.store}:${problem.key}`}>
                    {problem.key}: {problem.error}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {list.state.value.people.length === 0 ? (
            <p className="muted">
              No one on your shortlist yet. Open a GitHub or LinkedIn profile and press “Shortlist”
              on the MentorLens hint.
            </p>
          ) : (
            <PeopleTable
              people={list.state.value.people}
              highlight={personFromHash()}
              onStatus={onStatus}
              onRemove={onRemove}
            />
          )}
        </>
      )}
    </main>
  );
}
