import type { Contribution, FitContext } from '../contribution';
import { yearsOfExperience } from '../dates';
import { clip, formatCount, formatYears } from '../format';

const best = 14;

// c-level, chair, founder: rarely free to mentor when the organisation is huge
const executive =
  /(?<!vice[\s-])(?<![\p{L}])(CEO|CTO|CFO|COO|CMO|CIO|CPO|chief [\p{L}]+ officer|chair(?:man|woman|person)?|president|co-?founder|founder|managing director|general partner)(?![\p{L}])/iu;
// organisations big enough that their executives are out of reach for a cold message
const hugeOrganisation =
  /(?<![\p{L}])(Microsoft|Google|Alphabet|Meta|Facebook|Amazon|AWS|Apple|Nvidia|NVIDIA|IBM|Oracle|Salesforce|Tesla|OpenAI|Intel|Samsung|Netflix|SAP|Accenture|Deloitte|LinkedIn|Uber|Airbnb|PayPal|Adobe|Cisco|Anthropic|DeepMind|Baidu|Alibaba|Tencent|ByteDance|Walmart|JPMorgan|Goldman Sachs)(?![\p{L}])/u;
const bigAudience = 100_000;

// "CEO at Microsoft", "Co-Founder, LinkedIn", "CEO of Google": the organisation they lead, named next to the title
const leadsHuge = new RegExp(
  `${executive.source}[\\s,]*(?:at|of|@|[,–—-])\\s*(?:the\\s+)?${hugeOrganisation.source}`,
  'iu',
);

/** what on the page shows they lead a huge organisation, quoted; null when nothing does */
function hugeEvidence(ctx: FitContext): { title: string; org: string; where: string } | null {
  const { person } = ctx;
  for (const role of person.currentRoles) {
    const title = role.title ?? '';
    const org = hugeOrganisation.exec(role.company ?? '')?.[0];
    // the whole employer must be the huge organisation: "Meta Analytics GmbH" is not Meta
    if (executive.test(title) && org && (role.company ?? '').trim().length <= org.length + 4) {
      return { title: `${title} at ${role.company}`, org, where: 'their current role' };
    }
  }
  for (const headline of person.headlines) {
    // only the segment naming the title: "Ex-Google · founder of a small startup" names no huge employer
    for (const segment of headline.split(/\s[|•·]\s|\.\s|;\s/)) {
      const match = leadsHuge.exec(segment);
      const org = match && hugeOrganisation.exec(match[0])?.[0];
      if (match && org && !/\b(?:ex|former|formerly|previously)[\s-]/i.test(segment)) {
        return { title: segment, org, where: 'their headline' };
      }
    }
  }
  return null;
}

function executiveRole(ctx: FitContext): Contribution | null {
  const { person } = ctx;
  const huge = hugeEvidence(ctx);
  if (huge) {
    return {
      signal: 'experience',
      points: -18,
      ceiling: 40,
      text: `${clip(huge.title, 120)}: leads ${huge.org}, a huge organisation (says ${huge.where}), so a long shot as a mentor`,
    };
  }
  const titles = [
    ...person.currentRoles.map((role) => [role.title, role.company].filter(Boolean).join(' at ')),
    ...person.headlines,
  ];
  const title = titles.find((text) => executive.test(text));
  if (!title) return null;
  const followers = Math.max(person.linkedinFollowers ?? 0, person.githubFollowers ?? 0);
  if (followers < bigAudience) return null;
  return {
    signal: 'experience',
    points: -18,
    ceiling: 40,
    text: `${clip(title, 120)}: an executive with ${formatCount(followers)} followers is a long shot as a mentor`,
  };
}

/** years of experience from dated roles against the gap the user asked for */
export function experience(ctx: FitContext): Contribution[] {
  const exec = executiveRole(ctx);
  const years = yearsOfExperience(ctx.person.experience, ctx.nowMonth);
  if (years === null) {
    const why =
      ctx.person.experience.length > 0 ? 'their roles show no dates' : 'no roles on this page';
    const unknown: Contribution = {
      signal: 'experience',
      points: 0,
      text: `Couldn't tell their years of experience: ${why}`,
    };
    return exec ? [exec, unknown] : [unknown];
  }
  const { min, max } = ctx.mentee.preferences.seniorityGapYears;
  const mine = ctx.mentee.yearsExperience;
  // whole years: "15 yrs more" should not read as beyond a 15-year limit
  const gap = Math.round(years - mine);
  const has = `About ${formatYears(years)} of dated experience`;
  let gapReason: Contribution;
  if (gap >= min && gap <= max) {
    gapReason = {
      signal: 'experience',
      points: best,
      text: `${has}, ${formatYears(gap)} more than you: a good gap to learn from`,
    };
  } else if (gap > max) {
    // the words say "further than you want": the points must not say "good"
    gapReason = {
      signal: 'experience',
      points: -Math.min(8, Math.max(1, Math.round((gap - max) / 2))),
      text: `${has}, ${formatYears(gap)} more than you: further ahead than the ${max}-year gap you prefer`,
    };
  } else if (gap > 0) {
    gapReason = {
      signal: 'experience',
      points: -Math.max(1, Math.round(3 * (1 - gap / Math.max(min, 1)))),
      text: `${has}, only ${formatYears(gap)} more than you: closer to a peer than the ${min}-year gap you prefer`,
    };
  } else {
    gapReason = {
      signal: 'experience',
      points: -6,
      text: `${has}, no more than ${mine < 1 ? 'you' : `your ${formatYears(mine)}`}`,
    };
  }
  return exec ? [exec, gapReason] : [gapReason];
}
