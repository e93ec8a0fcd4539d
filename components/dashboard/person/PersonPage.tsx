import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { FitSummary } from '@/components/FitSummary';
import { useAsync } from '@/components/useAsync';
import type { PersonDetail } from '@/utils/messaging/protocol';
import { connectedOnLinkedIn } from '@/utils/outreach/channels';
import type { Meeting, Person } from '@/utils/shortlist/schema/person';
import { nextStatuses, type Status, statusLabels } from '@/utils/shortlist/schema/status';
import { formatDate } from '../dates';
import { ask, messageOf, newId } from '../request';
import { type Goals, useGoals } from '../useGoals';
import type { PersonOpen } from '../useRoute';
import { CHANGES_CHANNEL, type Tracker } from '../useTracker';
import { AboutPerson } from './AboutPerson';
import { Meetings } from './Meetings';
import { SamePerson } from './SamePerson';
import { RecordEvent, Timeline } from './Timeline';

interface Props {
  id: string;
  tracker: Tracker;
  /** what to open on arrival (from a Due item): the draft editor or a new meeting */
  open?: PersonOpen;
}

const profileLabel = { linkedin: 'LinkedIn profile', github: 'GitHub profile' } as const;

// the draft editor (components/draft, templates and the tact check) loads when first opened
const DraftEditor = lazy(() =>
  import('@/components/draft/DraftEditor').then((module) => ({ default: module.DraftEditor })),
);

/** one person's whole record: profiles, fit and its history, status, details, notes, timeline, meetings, goals */
export function PersonPage({ id, tracker, open }: Props) {
  const detail = useAsync(() => ask({ type: 'getPerson', id }));
  const goals = useGoals();
  return (
    <section aria-labelledby="person-heading">
      <p>
        <a href="#/">← All people</a>
      </p>
      {detail.state.status === 'loading' && <p className="muted loading">Loading…</p>}
      {detail.state.status === 'error' && (
        <p role="alert" className="error">
          Couldn't load this person: {detail.state.error}
        </p>
      )}
      {detail.state.status === 'ready' && (
        <Loaded
          key={id}
          detail={detail.state.value}
          id={id}
          tracker={tracker}
          open={open}
          goals={goals}
          reload={detail.reload}
        />
      )}
    </section>
  );
}

function Loaded({
  detail,
  id,
  tracker,
  open,
  goals,
  reload,
}: Props & { detail: PersonDetail; goals: Goals; reload(): void }) {
  const [person, setPerson] = useState(detail.person);
  const [events, setEvents] = useState(detail.events);
  const [meetings, setMeetings] = useState(detail.meetings);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [drafting, setDrafting] = useState(open === 'draft');
  const [planRequest, setPlanRequest] = useState(open === 'meeting' ? 1 : 0);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const shown = useRef(person);
  shown.current = person;

  // another tab (or the worker) changed this person: show the stored record, don't keep a stale copy
  useEffect(() => {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(CHANGES_CHANNEL);
    let live = true;
    channel.onmessage = (event: MessageEvent) => {
      const change = event.data as { ids?: unknown; all?: unknown } | null;
      const mine = change?.all === true || (Array.isArray(change?.ids) && change.ids.includes(id));
      if (!mine) return;
      ask({ type: 'getPerson', id }).then(
        (fresh) => {
          // our own save comes back here too: only another writer's change is news
          if (!live || fresh.person?.updatedAt === shown.current?.updatedAt) return;
          setPerson(fresh.person);
          setEvents(fresh.events);
          setMeetings(fresh.meetings);
          setChangedElsewhere(true);
        },
        () => undefined,
      );
    };
    return () => {
      live = false;
      channel.close();
    };
  }, [id]);

  if (detail.problem)
    return (
      <div role="alert" className="error">
        <h1 id="person-heading">{id}</h1>
        <p>
          This record could not be read ({detail.problem.error}). It was kept as it is, not deleted.
        </p>
      </div>
    );
  if (!person)
    return (
      <>
        <h1 id="person-heading">Not on your shortlist</h1>
        <p className="muted">No one with id {id} is on your shortlist (any more).</p>
      </>
    );

  const changed = (next: Person) => {
    setPerson(next);
    tracker.apply(next);
  };
  // a save was refused as stale: the record as stored now
  const onStale = async (): Promise<Person | null> => {
    const fresh = await ask({ type: 'getPerson', id });
    setPerson(fresh.person);
    setEvents(fresh.events);
    setMeetings(fresh.meetings);
    if (fresh.person) tracker.apply(fresh.person);
    return fresh.person;
  };
  // the pipeline may have recorded more than the one event (a move it implies): read the timeline again
  const refreshTimeline = async () => {
    try {
      const fresh = await ask({ type: 'getPerson', id });
      setEvents(fresh.events);
      setMeetings(fresh.meetings);
    } catch {
      reload();
    }
  };
  const onStatus = async (status: Status) => {
    setError(null);
    try {
      changed(await ask({ type: 'setStatus', id, status }));
      await refreshTimeline();
    } catch (cause) {
      setError(messageOf(cause));
    }
  };
  const onRecorded = (next: Person) => {
    changed(next);
    void refreshTimeline();
  };
  const onMeeting = (_meeting: Meeting, next: Person) => {
    changed(next);
    void refreshTimeline();
  };
  // the quick actions at the top: one click each, announced when done
  const quick = async (work: () => Promise<Person>, done: string) => {
    setError(null);
    setBusy(true);
    try {
      changed(await work());
      setSaid(done);
      await refreshTimeline();
    } catch (cause) {
      setError(messageOf(cause));
    } finally {
      setBusy(false);
    }
  };
  const logReply = () =>
    quick(
      async () =>
        (
          await ask({
            type: 'addEvent',
            event: {
              id: newId('reply'),
              personId: id,
              type: 'reply',
              at: new Date().toISOString(),
              text: null,
              channel: null,
            },
          })
        ).person,
      'Reply logged.',
    );
  const markConnected = () =>
    quick(
      () =>
        ask({
          type: 'updatePerson',
          id,
          patch: { linkedinConnected: true },
          expected: { linkedinConnected: person.linkedinConnected === true },
        }),
      'Marked as connected on LinkedIn.',
    );
  const remove = async () => {
    try {
      await ask({ type: 'removePerson', id });
      tracker.remove(id);
      location.hash = '#/';
    } catch (cause) {
      setError(messageOf(cause));
    }
  };
  const name = person.name ?? person.id;
  const profiles = (['linkedin', 'github'] as const).flatMap((source) => {
    const profile = person.profiles[source];
    return profile ? [{ source, url: profile.url }] : [];
  });

  return (
    <article className="person">
      <header>
        <h1 id="person-heading">{name}</h1>
        {person.headline && <p className="muted">{person.headline}</p>}
        <ul className="plain row">
          {profiles.map((profile) => (
            <li key={profile.source}>
              <a href={profile.url} target="_blank" rel="noopener noreferrer">
                {profileLabel[profile.source]}
              </a>
            </li>
          ))}
        </ul>
        <div className="row">
          <label className="inline">
            Status{' '}
            <select value={person.status} onChange={(e) => void onStatus(e.target.value as Status)}>
              {[person.status, ...nextStatuses(person.status)].map((status) => (
                <option key={status} value={status}>
                  {statusLabels[status]}
                </option>
              ))}
            </select>
          </label>
          <span className="muted">
            since {formatDate(person.statusChangedAt)} · saved {formatDate(person.savedAt)}
          </span>
          {person.doNotContact && <strong className="badge">Do not contact</strong>}
        </div>
        <div className="row person-actions">
          <button
            type="button"
            className="primary"
            aria-expanded={drafting}
            onClick={() => setDrafting((open) => !open)}
          >
            Draft message
          </button>
          {person.profiles.linkedin && !connectedOnLinkedIn(person) && (
            <button type="button" disabled={busy} onClick={() => void markConnected()}>
              We're connected now
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => void logReply()}>
            Log a reply
          </button>
          <button type="button" onClick={() => setPlanRequest((count) => count + 1)}>
            Plan a meeting
          </button>
          <span role="status" className="saved-state">
            {said}
          </span>
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </header>
      {changedElsewhere && (
        <p role="status" className="muted">
          Updated: this person was changed in another tab or window. Fields you are editing keep
          your text.
        </p>
      )}

      <div className="person-columns">
        <div className="person-relationship">
          <section aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">Timeline</h2>
            <RecordEvent person={person} onRecorded={onRecorded} />
            <Timeline events={events} />
            {detail.problems.length > 0 && (
              <p role="alert" className="error">
                {detail.problems.length} damaged record(s) of theirs were kept aside, not deleted.
              </p>
            )}
          </section>
          <Meetings
            person={person}
            meetings={meetings}
            goals={goals.goals}
            onSaved={onMeeting}
            onDeleted={() => void refreshTimeline()}
            planRequest={planRequest}
            editNext={open === 'agenda'}
          />
          <AboutPerson
            key={`about:${person.id}`}
            person={person}
            goals={goals.goals}
            onSaved={changed}
            onStale={onStale}
          />
        </div>

        <div className="person-side">
          {drafting && (
            <section aria-labelledby="draft-heading" className="draft-beside">
              <h2 id="draft-heading">Draft</h2>
              <Suspense fallback={<p className="muted loading">Preparing a draft…</p>}>
                <DraftEditor person={person} onRecorded={onRecorded} />
              </Suspense>
            </section>
          )}
          <section aria-labelledby="fit-heading">
            <h2 id="fit-heading">Fit</h2>
            {person.fit ? <FitSummary fit={person.fit} /> : <p className="muted">Not scored.</p>}
            {person.fitHistory.length > 1 && (
              <>
                <h3>Fit history</h3>
                <ol className="plain" aria-label="Fit history">
                  {person.fitHistory.map((point) => (
                    <li key={`${point.at}:${point.score}`}>
                      <time dateTime={point.at}>{formatDate(point.at)}</time>: {point.score} ·{' '}
                      {point.band}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
          <SamePerson key={`same:${person.id}`} person={person} onLinked={changed} />
        </div>
      </div>

      <section aria-labelledby="remove-heading">
        <h2 id="remove-heading">Remove</h2>
        <p className="muted">Removes {name} with their timeline, meetings and reminders.</p>
        {confirming ? (
          <span className="row">
            <button type="button" className="danger" onClick={() => void remove()}>
              Confirm remove
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Remove {name}
          </button>
        )}
      </section>
    </article>
  );
}
