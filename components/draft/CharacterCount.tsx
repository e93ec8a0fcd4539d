import type { Measure } from '@/utils/outreach/count';

/** the visible "N / LIMIT" counter; over the limit it says so in words, not only in colour */
export function CharacterCount({ id, count, what }: { id: string; count: Measure; what: string }) {
  const over = count.over ? -(count.remaining ?? 0) : 0;
  return (
    <p id={id} className={count.over ? 'draft-count over' : 'draft-count'}>
      <span className="count-label">{count.label}</span>
      <span className="sr-only"> characters in the {what}</span>
      {count.limit === null && (
        <span className="muted"> · no hard limit; keep it readable in 20 seconds</span>
      )}
      {count.limit !== null && !count.over && (
        <span className="muted"> · {count.remaining} left</span>
      )}
      {/* a live region exists before it speaks, so it is always rendered */}
      <span aria-live="polite">
        {count.over
          ? ` · ${over} character${over === 1 ? '' : 's'} over the limit: shorten the ${what}.`
          : ''}
      </span>
    </p>
  );
}
