import { useEffect, useId, useState } from 'react';

/** an export or import on its way: what it is doing, and how far (of null: can't tell yet) */
export interface Transfer {
  label: string;
  done: number;
  of: number | null;
}

// a quick transfer never flashes a bar
export const SHOW_AFTER_MS = 200;

/** true once `active` has stayed true for `ms` */
export function useShownAfter(active: boolean, ms = SHOW_AFTER_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return shown;
}

/** how far, in words, in steps of ten percent: a screen reader is not read every part */
export function transferText({ label, done, of }: Transfer): string {
  if (!of) return `${label}…`;
  const percent = Math.min(100, Math.floor((done / of) * 10) * 10);
  return `${label}: ${percent}%`;
}

/** a labelled progress bar (indeterminate until the total is known) and a polite live summary */
export function TransferProgress({ transfer }: { transfer: Transfer }) {
  const id = useId();
  const known = transfer.of !== null && transfer.of > 0;
  return (
    <div className="transfer-progress">
      <label htmlFor={id}>{transfer.label}</label>
      <progress
        id={id}
        max={known ? (transfer.of ?? 1) : undefined}
        value={known ? Math.min(transfer.done, transfer.of ?? 0) : undefined}
      />
      <p role="status" aria-live="polite" className="muted">
        {transferText(transfer)}
      </p>
    </div>
  );
}
