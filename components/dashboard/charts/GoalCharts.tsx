import type { GoalReview } from '@/utils/shortlist/analytics/effectiveness';
import { BarChart } from './BarChart';

const list = (names: readonly string[]) =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const progressWords = (goal: GoalReview) =>
  goal.actionItemsTotal === 0
    ? `${goal.status}, no action items yet`
    : `${goal.actionItemsDone} of ${goal.actionItemsTotal} done`;

const mentorWords = (goal: GoalReview) =>
  goal.mentors.length === 1 ? '1 mentor' : `${goal.mentors.length} mentors`;

/** goal progress (action items done of all) and mentors per goal, as two small charts */
export function GoalCharts({ goals }: { goals: readonly GoalReview[] }) {
  if (goals.length === 0) return null;
  const shown = goals.slice(0, 12);
  const more = goals.length - shown.length;
  return (
    <div className="goal-charts">
      <figure aria-labelledby="goal-progress-caption">
        <figcaption id="goal-progress-caption">
          <h4>Goal progress</h4>
          <span className="hint">Action items from your meetings, done of all.</span>
        </figcaption>
        <BarChart
          title="Goal progress"
          description={shown
            .map(
              (goal) =>
                `${goal.title}: ${goal.status}; ${
                  goal.actionItemsTotal === 0
                    ? 'no action items yet'
                    : `${goal.actionItemsDone} of ${goal.actionItemsTotal} action items done`
                }.`,
            )
            .join(' ')}
          className="chart-progress"
          bars={shown.map((goal) => ({
            key: goal.goalId,
            label: goal.title,
            value: goal.actionItemsDone,
            total: goal.actionItemsTotal,
            valueText: progressWords(goal),
          }))}
          labelWidth={180}
          valueWidth={170}
        />
      </figure>
      <figure aria-labelledby="goal-mentors-caption">
        <figcaption id="goal-mentors-caption">
          <h4>Mentors per goal</h4>
          <span className="hint">People you linked to each goal, or whose meetings moved it.</span>
        </figcaption>
        <BarChart
          title="Mentors per goal"
          description={shown
            .map((goal) =>
              goal.mentors.length === 0
                ? `${goal.title}: no mentor yet.`
                : `${goal.title}: ${mentorWords(goal)} (${list(goal.mentors.map((m) => m.name))}).`,
            )
            .join(' ')}
          bars={shown.map((goal) => ({
            key: goal.goalId,
            label: goal.title,
            value: goal.mentors.length,
            valueText: goal.mentors.length === 0 ? 'none yet' : mentorWords(goal),
          }))}
          labelWidth={180}
        />
      </figure>
      {more > 0 && (
        <p className="muted">
          The charts show your first 12 goals; the table below lists all {goals.length}.
        </p>
      )}
    </div>
  );
}
