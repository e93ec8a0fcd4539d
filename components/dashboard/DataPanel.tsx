import { type ChangeEvent, useId, useRef, useState } from 'react';
import { importLimits } from '@/utils/shortlist/portability/export-format';
import type { ImportSummary } from '@/utils/shortlist/portability/import';
import { sizeProblem } from '@/utils/shortlist/portability/import-parse';
import { ask, messageOf } from './request';
import { type Transfer, TransferProgress, useShownAfter } from './TransferProgress';
import { download, type ImportStep, importByPort, streamedExport, uploadLost } from './transfer';

const limitMb = Math.round(importLimits.bytes / 1024 / 1024);

type Notice = { ok: boolean; text: string } | null;

const stageLabels: Record<Parameters<ImportStep>[0], string> = {
  sending: 'Sending the file',
  checking: 'Checking the file',
  merging: 'Comparing it with your shortlist',
  writing: 'Saving the import',
};

const n = new Intl.NumberFormat();

function Preview({ summary }: { summary: ImportSummary }) {
  const { people, events, meetings, settings } = summary;
  return (
    <ul>
      <li>
        {n.format(people.added)} new {people.added === 1 ? 'person' : 'people'}
        {people.addedNames.length > 0 &&
          `: ${people.addedNames.join(', ')}${people.added > people.addedNames.length ? ', …' : ''}`}
      </li>
      <li>
        {n.format(people.updated)} already on your shortlist, merged with the file
        {people.updatedNames.length > 0 &&
          `: ${people.updatedNames.join(', ')}${people.updated > people.updatedNames.length ? ', …' : ''}`}
      </li>
      <li>{n.format(people.unchanged)} unchanged</li>
      <li>
        {n.format(events.added)} new timeline events (of {n.format(events.inFile)} in the file)
      </li>
      <li>
        {n.format(meetings.added)} new meetings, {n.format(meetings.updated)} updated
      </li>
      <li>
        {settings.length ? `Settings replaced: ${settings.join(', ')}` : 'No settings change'}
      </li>
      {summary.fromVersion < 2 && (
        <li>
          The file is from an older version (version {summary.fromVersion}); it is upgraded as it is
          read.
        </li>
      )}
      {summary.damagedInFile > 0 && (
        <li>{summary.damagedInFile} damaged record(s) in the file will not be imported.</li>
      )}
    </ul>
  );
}

/** export everything (JSON) or the people table (CSV); import an export after a preview; delete everything */
export function DataPanel({ onImported }: { onImported(): void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{
    text: string;
    token: string;
    name: string;
    summary: ImportSummary;
  } | null>(null);
  const [transfer, setTransfer] = useState<Transfer | null>(null);
  const showTransfer = useShownAfter(transfer !== null);
  const importStep: ImportStep = (stage, done, of) =>
    setTransfer({ label: stageLabels[stage], done, of: of > 1 ? of : null });
  const [confirmDelete, setConfirmDelete] = useState(false);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setNotice(null);
    try {
      setNotice({ ok: true, text: await work() });
    } catch (error) {
      setNotice({ ok: false, text: messageOf(error) });
    } finally {
      setBusy(false);
      setTransfer(null);
    }
  };

  const exportJson = () =>
    run(async () => {
      setTransfer({ label: 'Exporting', done: 0, of: null });
      const { parts, end: file } = await streamedExport((done, of) =>
        setTransfer({ label: 'Exporting', done, of }),
      );
      download([...parts], file.fileName, 'application/json');
      return `Exported ${n.format(file.people)} people, ${n.format(file.events)} events and ${n.format(file.meetings)} meetings to ${file.fileName}.${file.damaged ? ` ${file.damaged} damaged record(s) are in it, apart.` : ''}`;
    });
  const exportCsv = () =>
    run(async () => {
      const file = await ask({ type: 'exportCsv' });
      download([file.csv], file.fileName, 'text/csv');
      return `Exported the people table to ${file.fileName}.`;
    });

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPending(null);
    if (!file) return;
    const tooBig = sizeProblem(file.size);
    if (tooBig) {
      setNotice({ ok: false, text: tooBig });
      event.target.value = '';
      return;
    }
    void run(async () => {
      setTransfer({ label: stageLabels.sending, done: 0, of: null });
      const text = await file.text();
      const { token, summary } = await importByPort({ text }, false, importStep);
      setPending({ text, token, name: file.name, summary });
      return `Checked ${file.name}: nothing is written until you confirm.`;
    });
  };
  const confirmImport = () =>
    run(async () => {
      if (!pending) return '';
      let result: ImportSummary;
      setTransfer({ label: stageLabels.writing, done: 0, of: null });
      try {
        result = (await importByPort({ token: pending.token }, true, importStep)).summary;
      } catch (error) {
        // the background restarted while the preview was open: send the file again
        if (!uploadLost(error)) throw error;
        result = (await importByPort({ text: pending.text }, true, importStep)).summary;
      }
      setPending(null);
      if (input.current) input.current.value = '';
      onImported();
      return `Imported ${pending.name}: ${n.format(result.people.added)} new, ${n.format(result.people.updated)} merged, ${n.format(result.events.added)} events.`;
    });
  const deleteAll = () =>
    run(async () => {
      const { people } = await ask({ type: 'deleteEverything', confirm: 'delete everything' });
      setConfirmDelete(false);
      onImported();
      return `Deleted everything: ${n.format(people)} people with their history, meetings and reminders. Settings were kept.`;
    });

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your data</h2>
      <p className="muted">
        Everything stays in this browser. Export it to keep a copy or move it; the JSON file has a
        version number, so a newer MentorLens can read it.
      </p>
      <div className="row">
        <button type="button" onClick={() => void exportJson()} disabled={busy}>
          Export everything (JSON)
        </button>
        <button type="button" onClick={() => void exportCsv()} disabled={busy}>
          Export people (CSV)
        </button>
      </div>

      <h3>Import</h3>
      <div className="field">
        <label htmlFor={`${id}-file`}>Choose a MentorLens export to import</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={choose}
          disabled={busy}
        />
        <span className="hint">
          Up to {limitMb} MB (anything MentorLens exports). People already here are merged by their
          profile (source and handle).
        </span>
      </div>
      {pending && (
        <section className="panel" aria-label="Import preview">
          <h4>What importing {pending.name} will change</h4>
          <Preview summary={pending.summary} />
          <div className="row">
            <button
              type="button"
              className="primary"
              onClick={() => void confirmImport()}
              disabled={busy}
            >
              Confirm import
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                if (input.current) input.current.value = '';
              }}
            >
              Cancel import
            </button>
          </div>
        </section>
      )}

      <h3>Check</h3>
      <p className="muted">
        Reads every saved record and lists any that fail their checks (they are kept, never
        deleted).
      </p>
      <button
        type="button"
        onClick={() =>
          void run(async () => {
            const scan = await ask({ type: 'scanProblems', full: true });
            if (scan.repaired.length) onImported();
            if (scan.total === 0) return 'Every record is readable.';
            const listed = scan.problems.map(
              (problem) => `${problem.store} ${problem.key}: ${problem.error}`,
            );
            throw new Error(
              `${scan.total} damaged record(s), kept as they are: ${listed.slice(0, 20).join('; ')}`,
            );
          })
        }
        disabled={busy}
      >
        Check every record
      </button>

      <h3>Delete</h3>
      {confirmDelete ? (
        <fieldset className="row">
          <legend className="sr-only">Confirm deleting everything</legend>
          <span>
            This removes every person, their history, meetings and reminders from this browser.
          </span>
          <button type="button" className="danger" onClick={() => void deleteAll()} disabled={busy}>
            Yes, delete everything
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            Keep my data
          </button>
        </fieldset>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
          Delete everything…
        </button>
      )}
      {transfer && showTransfer && <TransferProgress transfer={transfer} />}
      {notice && (
        <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'muted' : 'error'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
