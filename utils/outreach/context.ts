import { defaultMenteeProfile, type MenteeProfile } from '@/utils/fit/mentee';
import type { FitResult } from '@/utils/fit/result';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { personalWebsiteOf, siteName } from './contact';
import { hasPhrase, matchKey } from './match';
import { cleanName, firstNameFrom } from './names';
import { defaultAsk, type PlaceholderValues } from './placeholders';

export type CitationCandidate = {
  id: string;
  /** what the picker shows */
  label: string;
  /** the words inserted into the message */
  text: string;
  /** which placeholder picking it sets */
  placeholder: 'theirWork' | 'sharedGround';
  /** false when it names nothing in particular ("your recent posts"): the tact check will ask for more */
  specific: boolean;
};

// a candidate that would make the sentence unreadable is left out
const maxCandidateLength = 160;

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

// a post quoted by its opening words, cut at a word boundary
function clipWords(text: string, max: number): string {
  if (text.length <= max) return text.replace(/[.!?,;:]+$/, '');
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[.!?,;:]+$/, '')}…`;
}

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

const ordered = (profiles: readonly ProfileSnapshot[]) => [
  ...profiles.filter((profile) => profile.source === 'linkedin'),
  ...profiles.filter((profile) => profile.source !== 'linkedin'),
];

/** their current role as {title, company}, from dated experience, else the headline's "Title at Company" */
export function currentRoleOf(profiles: readonly ProfileSnapshot[]): {
  title: string | null;
  company: string | null;
} {
  for (const profile of ordered(profiles)) {
    const current = profile.experience.find((item) => item.end === null) ?? null;
    const title = fold(current?.title) || null;
    const company = fold(profile.company) || fold(current?.company) || null;
    if (title || company) return { title, company };
  }
  for (const profile of ordered(profiles)) {
    const headline = fold(profile.headline).split(/\s[|•·]\s|\s[-–—]\s/)[0] ?? '';
    const match = /^(.{2,80}?)\s+(?:at|@)\s+(.{2,80})$/i.exec(headline);
    if (match?.[1] && match[2]) return { title: match[1], company: match[2] };
  }
  return { title: null, company: null };
}

// "You both studied at X" → "we both studied at X": the clause follows "I noticed …"
function sharedClause(highlight: string): string | null {
  const text = fold(highlight);
  if (!text || /mutual connection/i.test(text)) return null;
  const rewritten = text
    .replace(/^you both\b/i, 'we both')
    .replace(/^you(?:['’]re| are) both\b/i, "we're both")
    .replace(/^you and [^,]{1,60}? both\b/i, 'we both');
  if (rewritten !== text) return rewritten.replace(/[.!]+$/, '');
  return `we have this in common: ${text.replace(/[.!]+$/, '')}`;
}

const city = (location: string) => fold(location.split(',')[0]).toLowerCase();

/** what the user can cite, best first: fit suggestions, repos, current role, site, orgs, then shared ground */
export function citationCandidates(
  profiles: readonly ProfileSnapshot[],
  fit: FitResult | null,
  mentee?: MenteeProfile,
): CitationCandidate[] {
  const candidates: CitationCandidate[] = [];
  // a repo the fit already suggested, or a site already listed, is not offered twice
  const add = (candidate: CitationCandidate, key = candidate.text) => {
    if (!candidate.text || candidate.text.length > maxCandidateLength) return;
    if (candidates.some((earlier) => hasPhrase(matchKey(earlier.text), key))) return;
    candidates.push(candidate);
  };

  // the fit's picks come phrased "their pinned repo tiny-llm"; other phrasings don't read in a sentence
  for (const [index, cite] of (fit?.cite ?? []).entries()) {
    const text = fold(cite);
    if (/^(their|your)\s/i.test(text)) {
      add({
        id: `fit:${index}`,
        label: `Suggested: ${clip(text, 100)}`,
        text: text.replace(/^their\s/i, 'your '),
        placeholder: 'theirWork',
        specific: true,
      });
    }
  }
  for (const profile of ordered(profiles)) {
    for (const repo of profile.repos.slice(0, 6)) {
      const description = fold(repo.description);
      add(
        {
          id: `repo:${profile.source}:${repo.name}`,
          label: `Repo ${repo.name}${description ? ` — ${clip(description, 80)}` : ''}${repo.stars ? ` (★ ${repo.stars})` : ''}`,
          text: `your ${repo.name} repo`,
          placeholder: 'theirWork',
          specific: true,
        },
        repo.name,
      );
    }
  }
  const role = currentRoleOf(profiles);
  if (role.title || role.company) {
    const text =
      role.title && role.company
        ? `your work as ${role.title} at ${role.company}`
        : role.company
          ? `your work at ${role.company}`
          : `your work as ${role.title}`;
    add(
      {
        id: 'role',
        label: `Current role: ${[role.title, role.company].filter(Boolean).join(' at ')}`,
        text,
        placeholder: 'theirWork',
        specific: true,
      },
      // the fit may already suggest "their work as <title> at <company>"
      `your work as ${role.title ?? role.company}`,
    );
  }
  const linkedin = profiles.find((profile) => profile.source === 'linkedin');
  const posts = ordered(profiles).flatMap((profile) => profile.signals.recentPosts ?? []);
  for (const [index, post] of posts.slice(0, 3).entries()) {
    const excerpt = clipWords(fold(post.text), 60);
    if (excerpt) {
      add({
        id: `post:${index}`,
        label: `Recent post${post.date ? ` (${post.date})` : ''}: ${clip(fold(post.text), 100)}`,
        text: `your post “${excerpt}”`,
        placeholder: 'theirWork',
        specific: true,
      });
    }
  }
  if (posts.length === 0 && (linkedin?.signals.recentActivity ?? []).length > 0) {
    add({
      id: 'posts',
      label: 'Their recent posts (name one, and its topic, to be specific)',
      text: 'your recent posts',
      placeholder: 'theirWork',
      specific: false,
    });
  }
  const website = personalWebsiteOf(profiles);
  if (website) {
    const name = siteName(website);
    add({
      id: 'site',
      label: `Their website ${name}`,
      text: /(^|\.)blog\.|\/blog/i.test(website)
        ? `your blog at ${name}`
        : `your writing on ${name}`,
      placeholder: 'theirWork',
      specific: true,
    });
  }
  for (const profile of ordered(profiles)) {
    for (const org of profile.organizations.slice(0, 3)) {
      add(
        {
          id: `org:${org}`,
          label: `GitHub organization ${org}`,
          text: `your work in the ${fold(org)} organization`,
          placeholder: 'theirWork',
          specific: true,
        },
        org,
      );
    }
  }

  for (const profile of ordered(profiles)) {
    for (const [index, highlight] of (profile.signals.sharedHighlights ?? []).entries()) {
      const clause = sharedClause(highlight);
      if (clause) {
        add({
          id: `shared:${profile.source}:${index}`,
          label: `Shared: ${clip(fold(highlight), 100)}`,
          text: clause,
          placeholder: 'sharedGround',
          specific: true,
        });
      }
    }
  }
  const mutual = linkedin?.signals.mutualConnections ?? 0;
  if (mutual > 0) {
    add({
      id: 'mutual',
      label: `${mutual} mutual connection${mutual === 1 ? '' : 's'}`,
      text: `we have ${mutual} mutual connection${mutual === 1 ? '' : 's'}`,
      placeholder: 'sharedGround',
      specific: true,
    });
  }
  const home = mentee?.location ? city(mentee.location) : '';
  const place = ordered(profiles).find(
    (profile) => profile.location && city(profile.location) === home,
  );
  if (home && place?.location) {
    add({
      id: 'location',
      label: `You are both in ${fold(place.location.split(',')[0])}`,
      text: `we're both based in ${fold(place.location.split(',')[0])}`,
      placeholder: 'sharedGround',
      specific: true,
    });
  }
  return candidates;
}

/** picking a candidate sets the placeholder it is for; other values are kept */
export function applyCitation(
  values: PlaceholderValues,
  candidate: CitationCandidate,
): PlaceholderValues {
  return { ...values, [candidate.placeholder]: candidate.text };
}

// "ML engineer" keeps its capitals; "Machine learning engineer" reads "machine learning engineer"
function roleInSentence(role: string): string {
  const trimmed = fold(role).replace(/\s+role$/i, '');
  return /^\p{Lu}\p{Ll}/u.test(trimmed) ? trimmed[0]?.toLowerCase() + trimmed.slice(1) : trimmed;
}

function article(phrase: string): 'a' | 'an' {
  const word = phrase.split(' ')[0] ?? '';
  // acronyms go by the letter's sound: an ML, an AI, a DL
  if (/^\p{Lu}\p{Lu}/u.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

const sameAsDefault = (mentee: MenteeProfile) =>
  JSON.stringify(mentee) === JSON.stringify(defaultMenteeProfile);

/** "working towards an ML engineer role"; none while the user hasn't set their own goals */
export function goalLine(mentee: MenteeProfile, fit: FitResult | null): string | null {
  if (fit?.usesDefaultProfile || sameAsDefault(mentee)) return null;
  const role = mentee.targetRoles[0];
  const stage =
    mentee.careerStage === 'student'
      ? 'a student '
      : mentee.careerStage === 'researcher'
        ? 'a researcher '
        : '';
  if (role) {
    const phrase = roleInSentence(role);
    return `${stage}working towards ${article(phrase)} ${phrase} role`;
  }
  const topic = mentee.focusAreas.find((area) => area.priority === 'high') ?? mentee.focusAreas[0];
  return topic ? `${stage}building my skills in ${topic.topic}` : null;
}

/** the values a draft starts from; anything unknown is left out, so it shows as unfilled */
export function placeholderValues(
  profiles: readonly ProfileSnapshot[],
  fit: FitResult | null,
  mentee: MenteeProfile,
): PlaceholderValues {
  const values: PlaceholderValues = { theAsk: defaultAsk };
  const name = ordered(profiles).find((profile) => profile.name)?.name ?? null;
  const firstName = firstNameFrom(name);
  const fullName = cleanName(name);
  if (firstName) values.firstName = firstName;
  if (fullName) values.fullName = fullName;
  const candidates = citationCandidates(profiles, fit, mentee);
  const work =
    candidates.find((candidate) => candidate.placeholder === 'theirWork' && candidate.specific) ??
    candidates.find((candidate) => candidate.placeholder === 'theirWork');
  const shared = candidates.find((candidate) => candidate.placeholder === 'sharedGround');
  if (work) values.theirWork = work.text;
  if (shared) values.sharedGround = shared.text;
  const role = currentRoleOf(profiles);
  if (role.title) values.currentRole = role.title;
  if (role.company) values.theirCompany = role.company;
  const myName = fold(mentee.name);
  if (myName) values.myName = myName;
  const goal = goalLine(mentee, fit);
  if (goal) values.myGoal = goal;
  return values;
}
