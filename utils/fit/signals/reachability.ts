import type { Contribution, FitContext } from '../contribution';
import { clip, formatCount } from '../format';
import { matchesTerms } from '../terms';

const positiveCap = 12;

function audience(followers: number, where: string): Contribution | null {
  const count = `${formatCount(followers)} ${where}followers`;
  if (followers >= 1_000_000) {
    return { signal: 'reachability', points: -25, ceiling: 40, text: `${count}: replies unlikely` };
  }
  if (followers >= 300_000)
    return { signal: 'reachability', points: -14, text: `${count}: replies unlikely` };
  if (followers >= 50_000)
    return { signal: 'reachability', points: -7, text: `${count}: a busy inbox` };
  return null;
}

function githubAudience(followers: number): Contribution | null {
  if (followers >= 1_000_000) return audience(followers, 'GitHub ');
  const count = `${formatCount(followers)} GitHub followers`;
  if (followers >= 50_000) {
    return { signal: 'reachability', points: -14, text: `${count}: replies unlikely` };
  }
  if (followers >= 10_000) {
    return { signal: 'reachability', points: -6, text: `${count}: a busy inbox` };
  }
  return null;
}

/** how likely a message gets through: audience size, degree, mutuals, shared ground, open contact */
export function reachability(ctx: FitContext): Contribution[] {
  const { person, wanted } = ctx;
  const out: Contribution[] = [];
  const big = [
    person.linkedinFollowers !== null ? audience(person.linkedinFollowers, '') : null,
    person.githubFollowers !== null ? githubAudience(person.githubFollowers) : null,
  ].filter((c): c is Contribution => c !== null);
  // one person's fame counts once, through whichever audience is larger
  const worst = big.sort((a, b) => a.points - b.points)[0];
  if (worst) out.push(worst);
  else if (person.linkedinFollowers !== null && person.linkedinFollowers < 2_000) {
    out.push({
      signal: 'reachability',
      points: 3,
      text: `${formatCount(person.linkedinFollowers)} followers: a small audience, replies are more likely`,
    });
  }

  const { degree, mutualConnections, sharedHighlights, openProfile, publicEmail } = person.signals;
  if (degree === 1)
    out.push({
      signal: 'reachability',
      points: 6,
      text: '1st-degree connection: you can message them directly',
    });
  else if (degree === 2)
    out.push({
      signal: 'reachability',
      points: 3,
      text: '2nd-degree connection: you share contacts',
    });
  else if (degree === 3)
    out.push({
      signal: 'reachability',
      points: 0,
      text: '3rd-degree connection: a request needs a short note',
    });
  if (mutualConnections && mutualConnections > 0) {
    out.push({
      signal: 'reachability',
      points: Math.min(5, 2 + Math.log2(mutualConnections)),
      text: `${mutualConnections} mutual connection${mutualConnections === 1 ? '' : 's'} who could introduce you`,
    });
  }
  for (const highlight of [...new Set(sharedHighlights ?? [])].slice(0, 2)) {
    const text = clip(highlight, 200);
    out.push({ signal: 'reachability', points: 4, text, cite: lowerFirst(text) });
  }
  for (const background of wanted.background) {
    const school = person.education.find(
      (e) => e.school && matchesTerms(background.terms, e.school),
    );
    const org = [...person.organizations, ...person.experience.map((e) => e.company ?? '')].find(
      (name) => matchesTerms(background.terms, name),
    );
    const said =
      !school && !org && person.ownWords.some((text) => matchesTerms(background.terms, text));
    if (!school && !org && !said) continue;
    const label = clip(background.label, 80);
    out.push({
      signal: 'reachability',
      points: 4,
      text: school
        ? `Studied at ${label}, which you listed as shared background`
        : org
          ? `Part of ${label}, which you listed as shared background`
          : `Mentions ${label}, which you listed as shared background`,
      cite: school ? `you both studied at ${label}` : `your shared connection to ${label}`,
    });
  }
  if (openProfile)
    out.push({
      signal: 'reachability',
      points: 2,
      text: 'Open profile: you can message without connecting',
    });
  const website = person.linkInfo.some((link) => link.github && link.kind === 'website');
  if (publicEmail || website) {
    out.push({
      signal: 'reachability',
      points: publicEmail ? 3 : 1,
      text: publicEmail
        ? `Publishes an email address${person.github?.signals.publicEmail ? ' on GitHub' : ''}`
        : 'Lists a personal website on GitHub',
    });
  }
  return capPositive(out, positiveCap);
}

// positive reasons share one cap; order kept so the biggest stay intact
function capPositive(list: Contribution[], cap: number): Contribution[] {
  let left = cap;
  return list.map((c) => {
    if (c.points <= 0) return c;
    const points = Math.max(0, Math.min(c.points, left));
    left -= points;
    return { ...c, points: Math.round(points * 10) / 10 };
  });
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
