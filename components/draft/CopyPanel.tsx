import { useId, useState } from 'react';
import { messageOf } from '@/utils/errors';

type Phase =
  | { kind: 'idle' }
  | { kind: 'copied'; text: string }
  | { kind: 'recording'; text: string }
  | { kind: 'recorded'; summary: string };

/**
 * "Copy" (blocked, with the reasons, while anything is unresolved), then the offer to record the
 * message as sent. Nothing is ever sent: the user pastes it themselves.
 */
export function CopyPanel({
  text,
  blockers,
  channelLabel,
  recordLabel,
  onRecord,
  onCopyFailed,
}: {
  text: string;
  blockers: readonly string[];
  channelLabel: string;
  /** "Mark as contacted on …" or "Record as sent on …" */
  recordLabel: string;
  /** records the copied text; resolves with one sentence saying what was recorded */
  onRecord(copied: string): Promise<string>;
  /** the clipboard refused: the editor selects the text so the user can copy it by hand */
  onCopyFailed?(): void;
}) {
  const id = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const blocked = blockers.length > 0;

  const copy = async () => {
    setError(null);
    try {
      await navigator.clipboard.writeText(text);
      setPhase({ kind: 'copied', text });
    } catch (cause) {
      setError(
        `Couldn’t copy (${messageOf(cause)}). The message is selected: copy it with Ctrl+C (⌘C on a Mac).`,
      );
      onCopyFailed?.();
    }
  };

  const record = async (copied: string) => {
    setError(null);
    setPhase({ kind: 'recording', text: copied });
    try {
      setPhase({ kind: 'recorded', summary: await onRecord(copied) });
    } catch (cause) {
      setPhase({ kind: 'copied', text: copied });
      setError(`Not recorded: ${messageOf(cause)}`);
    }
  };

  return (
    <section aria-label="Copy and record" className="draft-copy">
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={blocked}
          aria-describedby={blocked ? `${id}-blocked` : undefined}
          onClick={() => void copy()}
        >
          Copy
        </button>
        <span className="hint">
          Nothing is sent for you: paste it into {channelLabel} yourself.
        </span>
      </div>
      {blocked && (
        <div id={`${id}-blocked`} className="draft-blocked">
          <p>Copy is blocked until:</p>
          <ul>
            {blockers.map((blocker) => (
              <li key={blocker}>{blocker}</li>
            ))}
          </ul>
        </div>
      )}
      <div role="status">
        {(phase.kind === 'copied' || phase.kind === 'recording') && (
          <>
            <p>Copied. Once you have sent it:</p>
            <div className="row">
              <button
                type="button"
                disabled={phase.kind === 'recording'}
                onClick={() => void record(phase.text)}
              >
                {recordLabel}
              </button>
              <button type="button" onClick={() => setPhase({ kind: 'idle' })}>
                Not now
              </button>
            </div>
          </>
        )}
        {phase.kind === 'recorded' && <p>{phase.summary}</p>}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** the subject goes into its own field on the site: it is copied on its own */
export function CopySubject({ subject, disabled }: { subject: string; disabled: boolean }) {
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(subject.trim());
      setStatus('Subject copied.');
    } catch {
      setStatus('Couldn’t copy: select the subject and copy it yourself.');
    }
  };
  return (
    <p className="row">
      <button type="button" disabled={disabled || !subject.trim()} onClick={() => void copy()}>
        Copy subject
      </button>
      <span role="status">{status}</span>
    </p>
  );
}
