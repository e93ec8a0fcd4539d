import { useId, useState } from 'react';
import type { FitResult } from '@/utils/fit/result';
import { FitSummary } from './FitSummary';

/** the top reasons, expandable to every reason and what to cite */
export function FitExplanation({ fit }: { fit: FitResult }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <FitSummary fit={fit} limit={open ? undefined : 3} />
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Hide details' : 'Why this score?'}
      </button>
      <div id={id} hidden={!open}>
        {fit.cite.length > 0 && (
          <>
            <h3>Worth citing when you reach out</h3>
            <ul>
              {fit.cite.map((cite) => (
                <li key={cite}>{cite}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </>
  );
}
