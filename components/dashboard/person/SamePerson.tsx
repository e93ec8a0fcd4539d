import { useState } from 'react';
import { useAsync } from '@/components/useAsync';
import type { Person, PersonSummary } from '@/utils/shortlist/schema/person';
import { sourcesLabel } from '@/utils/shortlist/tracker/summarize';
import { ask, messageOf } from '../request';

const sites = (person: Pick<Person, 'profiles'>): string[] =>
  (['linkedin', 'github'] as const).filter((source) => person.profiles[source]);

/**
 * one person, two profiles: suggested matches and a search to link by hand; nothing is merged
 * until the user confirms
 */
export function SamePerson({ person, onLinked }: { person: Person; onLinked(next: Person): void }) {
  const suggestions = useAsync(() => ask({ type: 'linkSuggestions', id: person.id }));
  const [everyone, setEveryone] = useState<PersonSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [pending, setPending] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mine = sites(person);

  const search = async (text: string) => {
    setQuery(text);
    if (everyone === null) {
      try {
        setEveryone((await ask({ type: 'listSummaries' })).summaries);
      } catch (cause) {
        setError(messageOf(cause));
      }
    }
  };
  const needle = query.trim().toLowerCase();
  const matches =
    needle.length < 2 || !everyone
      ? []
      : everyone
          .filter(
            (other) =>
              other.id !== person.id &&
              // both already on the same site: they can't be one person
              !mine.some((site) => other.sources === site || other.sources === 'both'),
          )
          .filter((other) => (other.name ?? other.id).toLowerCase().includes(needle))
          .slice(0, 10);

  const link = async (otherId: string) => {
    setError(null);
    try {
      const merged = await ask({ type: 'linkPeople', keepId: person.id, otherId });
      setPending(null);
      setQuery('');
      setEveryone(null);
      onLinked(merged);
      suggestions.reload();
    } catch (cause) {
      setError(messageOf(cause));
    }
  };

  const offer = (id: string, name: string, detail: string) => (
    <li key={id}>
      <span>{name}</span> <span className="muted">{detail}</span>{' '}
      <button type="button" onClick={() => setPending({ id, name })}>
        Link {name}
      </button>
    </li>
  );

  return (
    <section aria-labelledby="same-person-heading">
      <h2 id="same-person-heading">Same person elsewhere?</h2>
      {suggestions.state.status === 'error' && <p className="error">{suggestions.state.error}</p>}
      {suggestions.state.status === 'ready' && suggestions.state.value.length > 0 && (
        <ul aria-label="Suggested links">
          {suggestions.state.value.map((s) => offer(s.id, s.name ?? s.id, `— ${s.reason}`))}
        </ul>
      )}
      {suggestions.state.status === 'ready' && suggestions.state.value.length === 0 && (
        <p className="muted">No other saved profile looks like the same person.</p>
      )}
      <div className="field">
        <label htmlFor="same-person-search">Link another saved profile by hand</label>
        <input
          id="same-person-search"
          value={query}
          onChange={(e) => void search(e.target.value)}
          placeholder="Type a name"
        />
      </div>
      {matches.length > 0 && (
        <ul aria-label="Matching people">
          {matches.map((m) => offer(m.id, m.name ?? m.id, `(${sourcesLabel(m.sources)})`))}
        </ul>
      )}
      {pending && (
        <fieldset aria-label="Confirm link" className="row">
          <span>
            Make {pending.name} and {person.name ?? person.id} one person? Their profiles, history
            and meetings are joined.
          </span>
          <button type="button" className="primary" onClick={() => void link(pending.id)}>
            Confirm link
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </fieldset>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
