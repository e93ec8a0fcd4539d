import type { Experience } from '../profile/snapshot';
import { DAY_MS } from '../time';

/** months since year 0 for "YYYY" or "YYYY-MM"; a bare year starts in January and ends in December */
export function monthIndex(value: string | null, edge: 'start' | 'end'): number | null {
  if (!value) return null;
  const match = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) - 1 : edge === 'start' ? 0 : 11;
  return year * 12 + month;
}

export const monthOf = (date: Date): number => date.getUTCFullYear() * 12 + date.getUTCMonth();

const notCareer = /\b(intern|internship|student|trainee|volunteer)\b/i;

/** years covered by dated roles (overlaps counted once); internships and student jobs left out */
export function yearsOfExperience(roles: readonly Experience[], now: number): number | null {
  const spans: [number, number][] = [];
  for (const role of roles) {
    if (role.title && notCareer.test(role.title)) continue;
    const start = monthIndex(role.start, 'start');
    if (start === null || start > now) continue;
    const end = Math.min(monthIndex(role.end, 'end') ?? now, now);
    if (end >= start) spans.push([start, end + 1]);
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let [from, to] = spans[0] as [number, number];
  for (const [start, end] of spans.slice(1)) {
    if (start > to) {
      months += to - from;
      from = start;
      to = end;
    } else to = Math.max(to, end);
  }
  months += to - from;
  return Math.min(months / 12, 70);
}

/** months a role covers up to now, or null without a start */
export function roleMonths(role: Experience, now: number): number | null {
  const start = monthIndex(role.start, 'start');
  if (start === null || start > now) return null;
  const end = Math.min(monthIndex(role.end, 'end') ?? now, now);
  return end >= start ? end - start + 1 : null;
}

const relative =
  /^(\d{1,3})\s*(h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?|mo|mos|months?|y|yr|yrs|years?)\b/i;
const unitDays: Record<string, number> = { h: 1 / 24, d: 1, w: 7, m: 30.44, y: 365.25 };

/** when an activity happened: "2024-05-03", "2024-05", "3mo", "1w", "2 years ago"; null when unreadable */
export function activityDate(value: string, now: Date): Date | null {
  const text = value.trim().replace(/^[•·\s]+/, '');
  const rel = relative.exec(text);
  if (rel) {
    const unit = (rel[2] as string).toLowerCase();
    const key = unit.startsWith('mo') ? 'm' : unit.startsWith('h') ? 'h' : (unit[0] as string);
    return new Date(now.getTime() - Number(rel[1]) * (unitDays[key] ?? 1) * DAY_MS);
  }
  const ym = /^(\d{4})-(\d{2})$/.exec(text);
  if (ym) return new Date(Date.UTC(Number(ym[1]), Number(ym[2]) - 1, 15));
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const parsed = Date.parse(text);
  return Number.isFinite(parsed) ? new Date(parsed) : null;
}

/** whole 24-hour days elapsed from one moment to a later one, never negative */
export const elapsedDays = (from: Date, to: Date): number =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
