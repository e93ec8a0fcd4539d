import { useMemo } from 'react';
import { funnel, percent } from '@/utils/shortlist/analytics/funnel';
import type { PersonSummary } from '@/utils/shortlist/schema/person';

const count = new Intl.NumberFormat();

/** the outreach funnel as bars with their numbers written out: readable without seeing the bars */
export function Funnel({ people }: { people: readonly PersonSummary[] }) {
  const steps = useMemo(() => funnel(people), [people]);
  const top = Math.max(1, steps[0]?.count ?? 1);
  return (
    <figure className="funnel" aria-labelledby="funnel-caption">
      <figcaption id="funnel-caption">
        <h3>Outreach funnel</h3>
        <span className="hint">
          How many people reached each step, and how many of the step before got there.
        </span>
      </figcaption>
      <ol className="plain">
        {steps.map((step) => (
          <li key={step.key} className="bar-row">
            <span className="bar-label">{step.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar" style={{ width: `${(step.count / top) * 100}%` }} />
            </span>
            <span className="bar-value">
              {count.format(step.count)}
              {step.fromPrevious !== null && (
                <span className="muted"> · {percent(step.fromPrevious)} of the step before</span>
              )}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
