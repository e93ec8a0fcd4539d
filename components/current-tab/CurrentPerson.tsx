import { lazy, Suspense, useEffect, useState } from 'react';
import { FitExplanation } from '@/components/FitExplanation';
import { LoadBoundary } from '@/components/LoadBoundary';
import { messageOf } from '@/utils/errors';
import type { Analysis } from '@/utils/messaging/protocol';
import { send } from '@/utils/messaging/send';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { loadDraft } from '@/utils/settings/drafts';
import { statusLabels } from '@/utils/shortlist/schema/status';
import { currentTabProfile } from './currentTab';
import { QuickActions } from './QuickActions';

// the editor and the drafting code load when a draft opens: the popup's first render needs neither
const DraftEditor = lazy(() =>
  import('@/components/draft/DraftEditor').then(({ DraftEditor }) => ({ default: DraftEditor })),
);

// the current tab's person: shared by the popup and the side panel, so quiet mode loses nothing
export type Current =
  | { kind: 'none' }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'profile'; snapshot: ProfileSnapshot; analysis: Analysis };

/** answers asked for before this loaded (the popup's entry asks as it opens); absent, they are asked now */
export interface EarlyAnswers {
  /** the tab's unparsed answer to currentProfile */
  profileReply: Promise<unknown>;
  /** the worker's analysis of that answer's profile; null when it was not asked */
  analysis: Promise<Analysis | null>;
}

export async function loadCurrent(early?: EarlyAnswers): Promise<Current> {
  const result = await currentTabProfile(early?.profileReply);
  if (!result) return { kind: 'none' };
  if (!result.ok)
    return result.reason === 'not-a-profile'
      ? { kind: 'none' }
      : { kind: 'unreadable', detail: result.detail };
  // the early analysis is of the same profile: the worker parses it with the same schema
  const analysis =
    (await early?.analysis) ?? (await send({ type: 'analyze', snapshot: result.profile }));
  return { kind: 'profile', snapshot: result.profile, analysis };
}

export function CurrentPerson({ current, onChange }: { current: Current; onChange: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [drafting, setDrafting] = useState(false);
  const personId = current.kind === 'profile' ? (current.analysis.person?.id ?? null) : null;
  // a draft in progress opens at once: closing the popup never loses it
  useEffect(() => {
    if (!personId) return;
    let live = true;
    void loadDraft(personId).then(
      (saved) => live && saved.status === 'ok' && setDrafting(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [personId]);
  if (current.kind === 'none') {
    return (
      <p className="empty">
        <strong>No profile on this tab.</strong> Open a LinkedIn or GitHub profile to see how well
        that person fits your goals, then shortlist them from here or from the page.
      </p>
    );
  }
  if (current.kind === 'unreadable')
    return <p className="error">MentorLens couldn't read this page: {current.detail}</p>;
  const { snapshot, analysis } = current;
  const shortlist = async () => {
    setBusy(true);
    setError(null);
    try {
      await send({ type: 'shortlist', snapshot });
      onChange();
    } catch (cause) {
      setError(messageOf(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-label="This tab's person">
      <h2>{snapshot.name ?? snapshot.handle}</h2>
      {snapshot.headline && <p className="muted">{snapshot.headline}</p>}
      {analysis.fit ? (
        <FitExplanation fit={analysis.fit} />
      ) : (
        <p className="error">{'error' in analysis ? analysis.error : ''}</p>
      )}
      {analysis.person ? (
        <>
          <p>
            Status: <strong>{statusLabels[analysis.person.status]}</strong>
          </p>
          <QuickActions person={analysis.person} onChanged={onChange} />
          <button
            type="button"
            className={drafting ? undefined : 'primary'}
            aria-expanded={drafting}
            onClick={() => setDrafting(!drafting)}
          >
            Draft message
          </button>
          {drafting && (
            <LoadBoundary what="the draft">
              <Suspense fallback={<p className="muted loading">Opening the draft…</p>}>
                <DraftEditor person={analysis.person} onRecorded={onChange} />
              </Suspense>
            </LoadBoundary>
          )}
        </>
      ) : (
        <button type="button" className="primary" onClick={shortlist} disabled={busy}>
          {busy ? 'Saving…' : 'Shortlist'}
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
