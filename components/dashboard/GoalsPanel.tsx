import { type FormEvent, useId, useState } from 'react';
import type { Goal } from '@/utils/fit/mentee';
import type { GoalReview } from '@/utils/shortlist/analytics/effectiveness';
import { newId } from './request';
import type { Goals } from './useGoals';
import { personHref } from './useRoute';

const goalStatuses: Goal['status'][] = ['open', 'in progress', 'done', 'dropped'];

/** the user's goals with their progress, and where to add or update them */
export function GoalsPanel({
  goals,
  reviews,
}: {
  goals: Goals;
  reviews: readonly GoalReview[] | null;
}) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (next: Goal[], done: string) => {
    const problem = await goals.save(next);
    setMessage(problem ? { ok: false, text: problem } : { ok: true, text: done });
    return !problem;
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setMessage({ ok: false, text: 'Give the goal a title.' });
    const goal: Goal = {
      id: newId('goal').slice(0, 64),
      title: title.trim(),
      targetDate: targetDate || null,
      status: 'open',
    };
    if (await save([...goals.goals, goal], `Added “${goal.title}”.`)) {
      setTitle('');
      setTargetDate('');
    }
  };
  const reviewOf = (goalId: string) => reviews?.find((review) => review.goalId === goalId);
  const counts = goalStatuses.map(
    (status) => `${goals.goals.filter((goal) => goal.status === status).length} ${status}`,
  );

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Goals</h3>
      {goals.error && (
        <p role="alert" className="error">
          {goals.error}
        </p>
      )}
      {goals.usesDefaultProfile ? (
        <p className="muted">
          Goals are part of your mentee profile. Save yours in <a href="/options.html">Settings</a>{' '}
          first, then add goals here.
        </p>
      ) : (
        <>
          <p className="muted">{counts.join(' · ')}</p>
          <ul className="plain">
            {goals.goals.map((goal) => {
              const review = reviewOf(goal.id);
              return (
                <li key={goal.id} className="panel">
                  <strong>{goal.title}</strong>
                  {goal.targetDate && <span className="muted"> · by {goal.targetDate}</span>}
                  <div className="row">
                    <select
                      aria-label={`Status of ${goal.title}`}
                      value={goal.status}
                      onChange={(event) =>
                        void save(
                          goals.goals.map((other) =>
                            other.id === goal.id
                              ? { ...other, status: event.target.value as Goal['status'] }
                              : other,
                          ),
                          `“${goal.title}” is ${event.target.value} now.`,
                        )
                      }
                    >
                      {goalStatuses.map((status) => (
                        <option key={status} value={status}>
                          {status}
                        </option>
                      ))}
                    </select>
                    {review && review.actionItemsTotal > 0 && (
                      <span>
                        <progress
                          max={review.actionItemsTotal}
                          value={review.actionItemsDone}
                          aria-label={`Action items done for ${goal.title}`}
                        />{' '}
                        {review.actionItemsDone} of {review.actionItemsTotal} action items done
                      </span>
                    )}
                  </div>
                  {review && review.mentors.length > 0 && (
                    <p className="muted">
                      Helping:{' '}
                      {review.mentors.map((mentor, index) => (
                        <span key={mentor.personId}>
                          {index > 0 && ', '}
                          <a href={personHref(mentor.personId)}>{mentor.name}</a>
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
          <form onSubmit={add} className="row">
            <div className="field compact grow">
              <label htmlFor={`${id}-title`}>New goal</label>
              <input
                id={`${id}-title`}
                value={title}
                maxLength={200}
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
            <div className="field compact">
              <label htmlFor={`${id}-date`}>Target date</label>
              <input
                id={`${id}-date`}
                type="date"
                value={targetDate}
                onChange={(e) => setTargetDate(e.target.value)}
              />
            </div>
            <button type="submit">Add goal</button>
          </form>
        </>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'muted' : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
