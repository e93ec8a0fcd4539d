import type { Contribution, FitContext } from '../contribution';
import { clip, listWords } from '../format';
import type { MenteeProfile } from '../mentee';
import { cityOf, offsetOf, placeOf } from '../places';

const cap = 8;

type Home = { city: string; country: string | null; offset: number | null };
const homes = new WeakMap<MenteeProfile, Home | null>();

function homeOf(mentee: MenteeProfile, now: Date): Home | null {
  if (homes.has(mentee)) return homes.get(mentee) ?? null;
  const place = mentee.location ? placeOf(mentee.location) : { country: null, offset: null };
  const offset = offsetOf(mentee.timeZone, now) ?? place.offset;
  const home =
    mentee.location || offset !== null
      ? { city: mentee.location ? cityOf(mentee.location) : '', country: place.country, offset }
      : null;
  homes.set(mentee, home);
  return home;
}

function place(ctx: FitContext): Contribution | null {
  const location = ctx.person.location;
  const home = homeOf(ctx.mentee, ctx.now);
  if (!location || !home) return null;
  const where = clip(location, 80);
  const city = cityOf(location);
  if (home.city && city && home.city === city) {
    return { signal: 'logistics', points: 6, text: `Also in ${where}: you could meet in person` };
  }
  const theirs = placeOf(location);
  const remote = ctx.mentee.preferences.remoteOk;
  if (home.country && theirs.country === home.country) {
    return { signal: 'logistics', points: 4, text: `In ${where}, the same country as you` };
  }
  if (!remote) {
    return {
      signal: 'logistics',
      points: -4,
      text: `In ${where}: too far to meet in person, which you prefer`,
    };
  }
  if (home.offset === null || theirs.offset === null) return null;
  const hours = Math.abs(home.offset - theirs.offset);
  if (hours <= 2)
    return { signal: 'logistics', points: 3, text: `In ${where}: a similar time zone` };
  if (hours >= 7) {
    return {
      signal: 'logistics',
      points: -3,
      text: `In ${where}, about ${Math.round(hours)} hours from you: calls need planning`,
    };
  }
  return null;
}

/** shared place, time zone and languages; English is assumed on both sites, so it is not news */
export function logistics(ctx: FitContext): Contribution[] {
  const out: Contribution[] = [];
  const where = place(ctx);
  if (where) out.push(where);
  const { person } = ctx;
  const skills = new Set(person.skills.map((skill) => skill.trim().toLowerCase()));
  const shared = ctx.wanted.languages
    .filter((language) => !/^english$/i.test(language.label.trim()))
    .filter(
      (language) =>
        [...language.names].some((name) => skills.has(name)) ||
        person.ownWords.some((text) => language.spoken.test(text)),
    )
    .map((language) => language.label);
  if (shared.length > 0) {
    out.push({
      signal: 'logistics',
      points: Math.min(6, 3 * shared.length),
      text: `Speaks ${listWords(shared)}, like you`,
    });
  }
  const total = out.reduce((sum, c) => sum + Math.max(0, c.points), 0);
  if (total <= cap) return out;
  return out.map((c) => (c.points > 0 ? { ...c, points: (c.points * cap) / total } : c));
}
