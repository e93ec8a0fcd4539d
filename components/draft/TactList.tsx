import type { TactResult } from '@/utils/outreach/tact';

/** each tact rule that applies: a text marker, why, and how to fix it (never colour alone) */
export function TactList({ results }: { results: readonly TactResult[] }) {
  const applying = results.filter((result) => result.applies);
  const failing = applying.filter((result) => !result.ok).length;
  return (
    <section aria-label="Tact check">
      <p>
        <strong>Tact check:</strong>{' '}
        {failing === 0 ? 'all good.' : `${failing} of ${applying.length} to look at.`}
      </p>
      <ul className="tact-list">
        {applying.map((result) => (
          <li key={result.rule} className={result.ok ? 'ok' : 'fail'}>
            <span className="tact-mark">{result.ok ? '✓ OK' : '✗ Fix'}</span>
            <strong>{result.label}.</strong> {result.reason}
            {!result.ok && <span className="tact-fix">Fix: {result.fix}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
