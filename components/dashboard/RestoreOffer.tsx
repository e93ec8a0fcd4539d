import { useEffect, useId, useState } from 'react';
import type { ResponseMap } from '@/utils/messaging/protocol';
import { formatDate } from './dates';
import { ask, messageOf } from './request';
import { download } from './transfer';

type Status = ResponseMap['backupStatus'];
const n = new Intl.NumberFormat();

/**
 * shown when the database came back empty or can't be opened (a full disk, a crash) while the
 * local backup still holds people: restore it, or download it first
 */
export function RestoreOffer({ onRestored }: { onRestored(): void }) {
  const id = useId();
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    ask({ type: 'backupStatus' }).then(
      (found) => live && setStatus(found),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (!status || status.database === 'ok') return notice ? <Notice notice={notice} /> : null;
  const { backup } = status;
  if (!backup || backup.people === 0) {
    // nothing to offer: an empty shortlist is just empty; an unreadable one says what to do
    return status.database === 'unreadable' ? (
      <section role="alert" className="error" aria-label="Database problem">
        <p>{status.error}</p>
        <p>There is no local backup to restore from yet.</p>
      </section>
    ) : null;
  }

  const restore = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await ask({ type: 'restoreBackup', confirm: 'restore the backup' });
      setStatus(null);
      setNotice({
        ok: true,
        text: `Restored ${n.format(result.people.added)} people and ${n.format(result.events.added)} events from the backup of ${formatDate(backup.at)}.`,
      });
      onRestored();
    } catch (error) {
      setNotice({ ok: false, text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    setBusy(true);
    try {
      const file = await ask({ type: 'backupBegin' }).then(async (begun) => {
        const parts: string[] = [];
        for (let index = 0; index < begun.parts; index += 1)
          parts.push((await ask({ type: 'exportPart', token: begun.token, index })).text);
        return { ...begun, parts };
      });
      download(file.parts, file.fileName, 'application/json');
    } catch (error) {
      setNotice({ ok: false, text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section role="alert" className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {status.database === 'empty'
          ? 'Your shortlist is empty, but a backup holds your people'
          : "Your shortlist can't be opened, but a backup holds your people"}
      </h2>
      {status.database === 'unreadable' && <p>{status.error}</p>}
      <p>
        The local backup from {formatDate(backup.at)} holds {n.format(backup.people)} people,{' '}
        {n.format(backup.events)} events and {n.format(backup.meetings)} meetings.
        {status.database === 'unreadable' &&
          ' Restoring replaces the database that cannot be opened with a new one made from the backup.'}
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void restore()} disabled={busy}>
          Restore {n.format(backup.people)} people from the backup
        </button>
        <button type="button" onClick={() => void save()} disabled={busy}>
          Download the backup
        </button>
      </div>
      {notice && <Notice notice={notice} />}
    </section>
  );
}

function Notice({ notice }: { notice: { ok: boolean; text: string } }) {
  return (
    <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'muted' : 'error'}>
      {notice.text}
    </p>
  );
}
