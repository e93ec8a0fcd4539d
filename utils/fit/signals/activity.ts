import type { Contribution, FitContext } from '../contribution';
import { activityDate, elapsedDays } from '../dates';
import { formatCount } from '../format';

const cap = 8;

function ago(days: number): string {
  if (days < 14) return days <= 1 ? 'in the last day' : `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  return `${Math.round(days / 30.44)} months ago`;
}

/** recent posts and contributions; a year of silence lowers the fit */
export function activity(ctx: FitContext): Contribution[] {
  const { person, now } = ctx;
  const out: Contribution[] = [];
  const dates = [
    ...(person.signals.recentActivity ?? []),
    ...(person.signals.recentPosts ?? []).map((post) => post.date ?? ''),
  ]
    .map((value) => activityDate(value, now))
    .filter((date): date is Date => date !== null && date.getTime() <= now.getTime() + 86_400_000);
  if (dates.length > 0) {
    const latest = new Date(Math.max(...dates.map((date) => date.getTime())));
    const days = elapsedDays(latest, now);
    if (days <= 90) out.push({ signal: 'activity', points: 6, text: `Posted ${ago(days)}` });
    else if (days <= 365)
      out.push({ signal: 'activity', points: 3, text: `Last posted ${ago(days)}` });
    else
      out.push({
        signal: 'activity',
        points: -6,
        text: `No posts since ${latest.getUTCFullYear()}`,
      });
  }
  const contributions = person.contributionsLastYear;
  if (contributions !== null) {
    const count = formatCount(contributions);
    if (contributions >= 300)
      out.push({
        signal: 'activity',
        points: 6,
        text: `${count} GitHub contributions in the last year`,
      });
    else if (contributions >= 50)
      out.push({
        signal: 'activity',
        points: 4,
        text: `${count} GitHub contributions in the last year`,
      });
    else if (contributions > 0)
      out.push({
        signal: 'activity',
        // "only" is a shortfall: it must not raise the score
        points: 0,
        text: `Only ${count} GitHub contributions in the last year`,
      });
    else
      out.push({
        signal: 'activity',
        points: -6,
        text: 'No public GitHub contributions in the last year',
      });
  }
  const active = out.some((c) => c.points > 0);
  const silent = out.filter((c) => c.points < 0);
  if (active) {
    // quiet on one site but busy on the other is not silence
    let left = cap;
    return out.map((c) => {
      if (c.points < 0) return { ...c, points: 0 };
      const points = Math.min(c.points, left);
      left -= points;
      return { ...c, points };
    });
  }
  if (silent.length === 2) {
    return [
      {
        signal: 'activity',
        points: -10,
        text: `${silent[0]?.text}, and no GitHub contributions in the last year`,
      },
    ];
  }
  return out;
}
