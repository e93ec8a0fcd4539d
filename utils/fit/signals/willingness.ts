import type { Contribution, FitContext } from '../contribution';
import { clip, formatCount, quoteAround } from '../format';
import type { MentoringPlatform } from '../links';

const cap = 16;

// what people write when they like helping others grow
const mentoring =
  /\b(mentor(?:s|ed|ing|ship)?|coach(?:es|ed|ing)?|office hours|happy to help|glad to help|love to help|ask me (?:about|anything)|talk to me about|reach out|my DMs? (?:are )?open|feel free to (?:reach|contact|message|connect)|open to (?:chat|mentor)|pay(?:ing)? it forward|give back|giving back)\b/i;
const teaching =
  /\b(teach(?:es|ing)?|taught|tutor(?:s|ing)?|instructor|lecturer|educator|professor|teaching assistant)\b/i;
const advising = /\b(advis(?:e|es|ing|or|ors))\b/i;
const talks =
  /\b(speaker|keynote|spoke at|speaking at|gave a talk|talks? at|podcast(?:er)?|host of)\b/i;
const writing =
  /\b(blog(?:ger|ging|s)?|write about|writes about|writing about|author of|newsletter|articles? (?:on|about))\b/i;
const mentoringSkill =
  /^(mentoring|coaching|teaching|career development|public speaking|training)$/i;

type Evidence = { value: number; phrase: string; cite?: string };

/** signs they share what they know: mentoring words, teaching, talks, writing, public work */
export function willingness(ctx: FitContext): Contribution[] {
  const { person, mentee } = ctx;
  const words = person.ownWords;
  const evidence: Evidence[] = [];
  const quote = quoteAround(words, mentoring);
  if (quote) evidence.push({ value: 6, phrase: `talks about mentoring or helping (${quote})` });
  const found = new Map<string, MentoringPlatform>();
  for (const { platform } of person.linkInfo) {
    if (platform && !found.has(platform.name)) found.set(platform.name, platform);
  }
  const platforms = [...found.values()];
  if (platforms.length > 0) {
    evidence.push({
      value: 6,
      phrase: `links to ${platforms.map((p) => p.name).join(' and ')} for booking sessions`,
    });
  }
  const skill = person.skills.find((s) => mentoringSkill.test(s.trim()));
  if (skill) evidence.push({ value: 4, phrase: `lists “${clip(skill, 40)}” as a skill` });
  if (words.some((text) => teaching.test(text))) evidence.push({ value: 4, phrase: 'teaches' });
  if (
    words.some((text) => talks.test(text)) ||
    person.linkInfo.some((link) => link.kind === 'talks')
  ) {
    evidence.push({ value: 3, phrase: 'gives talks' });
  }
  const blog = person.linkInfo.find((link) => link.kind === 'writing');
  if (blog || words.some((text) => writing.test(text))) {
    const host = blog?.host ?? null;
    evidence.push({
      value: 3,
      phrase: host ? `writes a blog (${host})` : 'writes articles',
      cite: host ? `their writing at ${host}` : undefined,
    });
  }
  if (person.github?.signals.hasReadme || person.github?.about) {
    evidence.push({ value: 2, phrase: 'has a profile README' });
  }
  const starred = person.repos
    .filter((repo) => (repo.stars ?? 0) >= 10)
    .sort((a, b) => (b.stars ?? 0) - (a.stars ?? 0));
  if (starred[0] && (person.contributionsLastYear ?? 0) > 0) {
    evidence.push({
      value: 3,
      phrase: `maintains public repos (${starred[0].name}, ${formatCount(starred[0].stars ?? 0)} stars)`,
    });
  }
  if (person.signals.sponsors) evidence.push({ value: 2, phrase: 'has GitHub Sponsors' });
  if (evidence.length === 0 && words.some((text) => advising.test(text))) {
    evidence.push({ value: 2, phrase: 'mentions advising' });
  }

  const contributions: Contribution[] = [];
  if (evidence.length > 0) {
    evidence.sort((a, b) => b.value - a.value);
    const sum = evidence.reduce((total, e) => total + e.value, 0);
    const [first, ...rest] = evidence.map((e) => e.phrase);
    const sentence = [capitalise(first ?? ''), ...rest].join('; ');
    contributions.push({
      signal: 'willingness',
      // diminishing returns: the fifth sign adds less than the first
      points: Math.round(cap * (1 - Math.exp(-sum / 8)) * 10) / 10,
      text: clip(sentence, 300),
      cite: evidence.find((e) => e.cite)?.cite,
    });
  }
  const paid = platforms.find((p) => p.paid);
  if (paid) {
    contributions.push({
      signal: 'willingness',
      points: mentee.preferences.freeOnly ? -3 : 0,
      text: `Sessions on ${paid.name} are often paid: ask about fees before booking`,
    });
  }
  return contributions;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
