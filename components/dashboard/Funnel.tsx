import { useMemo } from 'react';
import { funnel, percent } from '@/utils/shortlist/analytics/funnel';
import type { PersonSummary } from '@/utils/shortlist/schema/person';
import { BarChart } from './charts/BarChart';

const count = new Intl.NumberFormat();

/** the outreach funnel as a chart, every number written on it and said in its description */
export function Funnel({ people }: { people: readonly PersonSummary[] }) {
  const steps = useMemo(() => funnel(people), [people]);
  const words = (step: (typeof steps)[number]) =>
    step.fromPrevious === null
      ? count.format(step.count)
      : `${count.format(step.count)} · ${percent(step.fromPrevious)} of the step before`;
  return (
    <figure className="funnel" aria-labelledby="funnel-caption">
      <figcaption id="funnel-caption">
        <h3>Outreach funnel</h3>
        <span className="hint">
          How many people reached each step, and how many of the step before got there.
        </span>
      </figcaption>
      <BarChart
        title="Outreach funnel"
        description={steps.map((step) => `${step.label}: ${words(step)}.`).join(' ')}
        align="center"
        labelWidth={90}
        valueWidth={200}
        bars={steps.map((step) => ({
          key: step.key,
          label: step.label,
          value: step.count,
          valueText: words(step),
        }))}
      />
    </figure>
  );
}
