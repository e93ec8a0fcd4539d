import { useAsync } from '@/components/useAsync';
import type { PersonSummary } from '@/utils/shortlist/schema/person';
import { statusLabels } from '@/utils/shortlist/schema/status';
import { GoalCharts } from './charts/GoalCharts';
import { formatDate } from './dates';
import { Funnel } from './Funnel';
import { GoalsPanel } from './GoalsPanel';
import { ask } from './request';
import { type Goals, useGoals } from './useGoals';
import { personHref } from './useRoute';

/** funnel, goals and the effectiveness review: "is this mentorship working?" */
export function Insights({ people }: { people: readonly PersonSummary[] }) {
  const goals = useGoals();
  const review = useAsync(() => ask({ type: 'insights' }));
  const titleOf = (goalId: string) =>
    goals.goals.find((goal) => goal.id === goalId)?.title ?? goalId;
  const value = review.state.status === 'ready' ? review.state.value : null;
  const saveGoals: Goals['save'] = async (next) => {
    const problem = await goals.save(next);
    if (!problem) review.reload();
    return problem;
  };
  return (
    <section aria-labelledby="insights-heading">
      <h2 id="insights-heading">Insights</h2>
      {/* the funnel beside goal progress: both read at a glance on a 1366 px screen */}
      <div className="insights-top">
        <div>
          <Funnel people={people} />
          {value && <GoalCharts goals={value.goals} />}
        </div>
        <div>
          <GoalsPanel goals={{ ...goals, save: saveGoals }} reviews={value?.goals ?? null} />
        </div>
      </div>
      <section aria-labelledby="review-heading">
        <h3 id="review-heading">Effectiveness per mentor</h3>
        {review.state.status === 'loading' && <p className="muted loading">Loading…</p>}
        {review.state.status === 'error' && (
          <p role="alert" className="error">
            {review.state.error}
          </p>
        )}
        {value && value.mentors.length === 0 && (
          <p className="muted">
            No mentors yet: give someone a role, link them to a goal, or record a meeting.
          </p>
        )}
        {value && value.mentors.length > 0 && (
          <table>
            <caption className="sr-only">Effectiveness per mentor</caption>
            <thead>
              <tr>
                <th scope="col">Mentor</th>
                <th scope="col">Role</th>
                <th scope="col">Meetings held</th>
                <th scope="col">Action items done</th>
                <th scope="col">Goals advanced</th>
                <th scope="col">Last meeting</th>
              </tr>
            </thead>
            <tbody>
              {value.mentors.slice(0, 500).map((mentor) => (
                <tr key={mentor.personId}>
                  <th scope="row">
                    <a href={personHref(mentor.personId)}>{mentor.name}</a>
                    <div className="muted">{statusLabels[mentor.status]}</div>
                  </th>
                  <td>{mentor.role ?? '—'}</td>
                  <td>
                    {mentor.meetingsHeld}
                    {mentor.meetingsPlanned > 0 && (
                      <span className="muted"> (+{mentor.meetingsPlanned} planned)</span>
                    )}
                  </td>
                  <td>
                    {mentor.actionItemsDone} of {mentor.actionItemsTotal}
                  </td>
                  <td>
                    {mentor.goalsAdvanced.length
                      ? mentor.goalsAdvanced.map(titleOf).join(', ')
                      : '—'}
                  </td>
                  <td>{mentor.lastMeetingAt ? formatDate(mentor.lastMeetingAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {value && value.goals.length > 0 && (
        <section aria-labelledby="goal-review-heading">
          <h3 id="goal-review-heading">Effectiveness per goal</h3>
          <table>
            <caption className="sr-only">Effectiveness per goal</caption>
            <thead>
              <tr>
                <th scope="col">Goal</th>
                <th scope="col">Status</th>
                <th scope="col">Mentors helping</th>
                <th scope="col">Meetings held</th>
                <th scope="col">Action items done</th>
              </tr>
            </thead>
            <tbody>
              {value.goals.map((goal) => (
                <tr key={goal.goalId}>
                  <th scope="row">{goal.title}</th>
                  <td>{goal.status}</td>
                  <td>
                    {goal.mentors.length
                      ? goal.mentors.map((mentor) => mentor.name).join(', ')
                      : '—'}
                  </td>
                  <td>{goal.meetingsHeld}</td>
                  <td>
                    {goal.actionItemsDone} of {goal.actionItemsTotal}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
