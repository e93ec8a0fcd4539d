import { useState } from 'react';
import { type Early, useEarlyAsync } from '@/components/current-tab/early';
import { messageOf } from '@/utils/errors';
import { shownVerdict, shownVerdictWords } from '@/utils/fit/verdict';
import type { ListPerson } from '@/utils/lists/types';
import { listKey } from '@/utils/lists/types';
import { send } from '@/utils/messaging/send';
import { loadPageList, type PageList as PageListValue, type RankedPerson } from './pageList';

const kindLabels: Record<string, string> = {
  'linkedin-search': 'search results',
  'linkedin-company-people': 'company People tab',
  'linkedin-connections': 'connections',
  'linkedin-follows': 'follows',
  'linkedin-sidebar': 'profile sidebars',
  'github-followers': 'followers',
  'github-stargazers': 'stargazers',
  'github-contributors': 'contributors',
  'github-org-people': 'organisation members',
  'github-user-search': 'user search results',
};

function Row({ entry }: { entry: RankedPerson }) {
  const { person, fit } = entry;
  const name = person.name ?? person.handle ?? person.memberId ?? '';
  const [status, setStatus] = useState(fit?.person?.status ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shortlist = async (who: ListPerson) => {
    setBusy(true);
    setError(null);
    try {
      setStatus((await send({ type: 'shortlistCard', person: who })).status);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li>
      <article
        aria-label={
          fit
            ? `Mentor fit for ${name}: ${shownVerdictWords(fit)}, from the list`
            : `Mentor fit for ${name}: not scored`
        }
      >
        <strong>{name}</strong>{' '}
        {fit ? (
          <span>
            {[shownVerdict(fit).score, shownVerdict(fit).band, 'from the list']
              .filter((part) => part !== null)
              .join(' · ')}
          </span>
        ) : (
          <span className="muted">not scored</span>
        )}
        {person.headline && <div className="muted">{person.headline}</div>}
        {fit?.reasons[0] && <div className="muted">{fit.reasons[0]}</div>}
        {status ? (
          <div>Status: {status.replaceAll('-', ' ')}</div>
        ) : (
          <button
            type="button"
            disabled={busy}
            aria-label={`Shortlist ${name}`}
            onClick={() => void shortlist(person)}
          >
            {busy ? 'Saving…' : 'Shortlist'}
          </button>
        )}
        {error && <p className="error">{error}</p>}
      </article>
    </li>
  );
}

/** the people this tab lists, best fit first, with Shortlist buttons: what quiet mode shows instead of badges */
export function PageList({ first }: { first?: Early<PageListValue> }) {
  // `first`: the list loaded as the popup opened, before React rendered
  const list = useEarlyAsync(first, loadPageList);
  if (list.state.status === 'loading') return null;
  if (list.state.status === 'error') return <p className="error">{list.state.error}</p>;
  const value = list.state.value;
  if (!value) return null;
  return (
    <section aria-label="People on this page">
      <h2>People on this page ({kindLabels[value.kind] ?? value.kind})</h2>
      {value.ranked.length === 0 ? (
        <p className="muted">No listed people with a name and a profile link on this page.</p>
      ) : (
        <>
          <p className="muted">Ranked by a partial fit from what each card shows.</p>
          <ol>
            {value.ranked.map((entry) => (
              <Row key={listKey(entry.person)} entry={entry} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
