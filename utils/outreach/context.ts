import { monthOf } from '@/utils/fit/dates';
import { listWords } from '@/utils/fit/format';
import { defaultMenteeProfile, type MenteeProfile } from '@/utils/fit/mentee';
import { personOf } from '@/utils/fit/person';
import type { FitResult } from '@/utils/fit/result';
import { matchedInterests } from '@/utils/fit/signals/expertise';
import { menteeView } from '@/utils/fit/wanted';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { personalWebsiteOf, siteName } from './contact';
import { hasPhrase, matchKey } from './match';
import { cleanName, firstNameFrom } from './names';
import { defaultAsk, type PlaceholderValues } from './placeholders';
import { featuredCandidates, honorCandidates } from './section-citations';

/** how specific a citation is, most specific first: the order candidates are offered in */
export const citationKinds = [
  'repo',
  'post',
  'talk',
  'award',
  'publication',
  'book',
  'podcast',
  'featured',
  'phrase',
  'site',
  // an honour others gave: specific, but says less of what they do than their own work and words
  'honor',
  'org',
  'path',
  'role',
  'employer',
  'posts',
  'shared',
  'mutual',
  'location',
] as const;
export type CitationKind = (typeof citationKinds)[number];

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
  /** what it cites: decides its rank (citationKinds order) */
  kind?: CitationKind;
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
  // "(moderated)" and the like describe the group, not what we share
  const text = fold(highlight).replace(/\s*\((?:moderated|private|public)\)/gi, '');
  if (!text || /mutual connection|can introduce you/i.test(text)) return null;
  const rewritten = text
    .replace(/^you both\b/i, 'we both')
    .replace(/^you(?:['’]re| are) both\b/i, "we're both")
    .replace(/^you and [^,]{1,60}? are both\b/i, "we're both")
    .replace(/^you and [^,]{1,60}? both\b/i, 'we both');
  if (rewritten !== text) return rewritten.replace(/[.!]+$/, '');
  return `we have this in common: ${text.replace(/[.!]+$/, '')}`;
}

const city = (location: string) => fold(location.split(',')[0]).toLowerCase();

// the person's own words worth quoting: "Author of Superagency", "TIME100 AI", "Speaker at PyCon"
const workPatterns: { kind: CitationKind; pattern: RegExp; text: (found: string) => string }[] = [
  {
    kind: 'talk',
    pattern:
      /\b(?:speaker|keynote(?: speaker)?|talks?|spoke) (?:at|on) ([\p{Lu}\p{N}][^.,;|•·!?()]{1,50})/iu,
    text: (found) => `your talk at ${found}`,
  },
  {
    kind: 'award',
    pattern:
      /\b(TIME ?100(?: AI| Next)?|Forbes 30 Under 30(?: [\p{Lu}][\p{L}]+)?|(?:[\p{Lu}][\p{L}\p{N}-]*\s){1,4}(?:Award|Prize|Medal|Fellowship))\b/u,
    text: (found) => `the work that earned your ${found} recognition`,
  },
  {
    kind: 'publication',
    pattern: /\b(?:published (?:in|at)|paper (?:at|in)) ([\p{Lu}\p{N}][^.,;|•·!?()]{1,40})/iu,
    text: (found) => `your paper at ${found}`,
  },
  {
    kind: 'book',
    pattern: /\b(?:[Aa]uthor|[Cc]o-author|[Ww]riter) of ([\p{Lu}][^.,;|•·!?()]{1,50})/u,
    text: (found) => `your book ${found}`,
  },
  {
    kind: 'podcast',
    pattern: /\b(?:[Pp]odcaster|[Hh]ost|[Cc]o-host) of (?:the )?([\p{Lu}][^.,;|•·!?()]{1,60})/u,
    text: (found) => `your podcast ${found}`,
  },
];

const emoji =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|[:;]-?[)(DPp](?!\p{L})/gu;

// "We're not AI for your email, we're email for your AI :)" → "we're email for your AI"
function quotablePhrase(text: string | null | undefined): string | null {
  const first = fold(text).split(/(?<=[.!?])\s|\n/)[0] ?? '';
  const sentence = fold(first.replace(emoji, '')).replace(/[.!?]+$/, '');
  // openers that introduce rather than say something of theirs
  const opener = /^(hi|hello|hey|i am|i'm|as|welcome|my name)\b/i;
  if (opener.test(sentence)) return null;
  const short =
    sentence.length <= 45
      ? sentence
      : (sentence
          .split(/,\s+/)
          .reverse()
          .find(
            (clause) =>
              clause.split(' ').length >= 3 && clause.length <= 45 && !opener.test(clause),
          ) ?? '');
  return short.split(' ').length >= 3 ? short : null;
}

// a headline part that says what they do, beyond the title and employer: "AI/ ML Experimenter"
function headlineFocus(headline: string | null, company: string | null): string[] {
  const parts = fold(headline)
    .replace(emoji, '')
    .split(/\s*[|•·]\s*/)
    .map((part) => fold(part))
    .filter((part) => part.length >= 6 && part.length <= 45 && /\s/.test(part));
  const key = company ? matchKey(company) : null;
  return parts
    .slice(1)
    .filter((part) => !(key && hasPhrase(matchKey(part), company as string)))
    .filter((part) => !/\b(at|@)\s/i.test(part));
}

const maxDescription = 60;

// what a repo does, whole: its first sentence, else its first clause; nothing rather than a cut
function shortDescription(description: string): string {
  const text = fold(fold(description).replace(emoji, ''));
  const sentence = (text.split(/(?<=[.!?])\s/)[0] ?? '').replace(/[.!?]+$/, '');
  const clause = fold(sentence.split(/\s*[,;:(]\s*|\s+[-–—]\s+/)[0] ?? '');
  // brackets would nest inside "your x repo (…)"
  const whole = [sentence, clause].find(
    (part) => part.length <= maxDescription && part.split(' ').length >= 2 && !/[()[\]]/.test(part),
  );
  return whole ? whole.charAt(0).toLowerCase() + whole.slice(1) : '';
}

/**
 * what the user can cite, most specific first: a named project or repo (with what it does), a post
 * by its words, a talk, an award, a publication, a book or podcast, a Featured item, a phrase of
 * theirs, their site, an honour they list and organisations, then their role, and their employer
 * alone last; shared ground is its own slot
 */
export function citationCandidates(
  profiles: readonly ProfileSnapshot[],
  fit: FitResult | null,
  mentee?: MenteeProfile,
): CitationCandidate[] {
  const found: CitationCandidate[] = [];
  const keys = new Map<CitationCandidate, string>();
  const add = (candidate: CitationCandidate, key = candidate.text) => {
    if (!candidate.text || candidate.text.length > maxCandidateLength) return;
    found.push(candidate);
    keys.set(candidate, key);
  };

  // the fit's picks come phrased "their pinned repo tiny-llm" or "you both worked at Stripe"
  for (const [index, cite] of (fit?.cite ?? []).entries()) {
    const text = fold(cite);
    if (/^(you|we) both\b/i.test(text)) {
      const clause = sharedClause(text);
      if (clause) {
        add({
          id: `fit:${index}`,
          label: `Suggested: ${clip(text, 100)}`,
          text: clause,
          placeholder: 'sharedGround',
          specific: true,
          kind: 'shared',
        });
      }
    } else if (/^(their|your)\s/i.test(text)) {
      const kind: CitationKind = /\brepo\b/i.test(text)
        ? 'repo'
        : /\bpost\b/i.test(text)
          ? 'post'
          : /\bwriting\b/i.test(text)
            ? 'site'
            : /\bshared move\b/i.test(text)
              ? 'path'
              : 'role';
      add({
        id: `fit:${index}`,
        label: `Suggested: ${clip(text, 100)}`,
        text: text.replace(/^their\s/i, 'your '),
        placeholder: 'theirWork',
        specific: true,
        kind,
      });
    }
  }
  for (const profile of ordered(profiles)) {
    for (const repo of profile.repos.slice(0, 6)) {
      const description = fold(repo.description);
      const does = description ? shortDescription(description) : '';
      add(
        {
          id: `repo:${profile.source}:${repo.name}`,
          label: `Repo ${repo.name}${description ? ` — ${clip(description, 80)}` : ''}${repo.stars ? ` (★ ${repo.stars})` : ''}`,
          // what it does, when the page says: "your tiny-llm repo (a small LLM trainer)"
          text: does ? `your ${repo.name} repo (${does})` : `your ${repo.name} repo`,
          placeholder: 'theirWork',
          specific: true,
          kind: 'repo',
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
        // the employer's name alone fits anyone there: the tact check asks for more
        specific: Boolean(role.title),
        // the employer's name alone is the last resort
        kind: role.title ? 'role' : 'employer',
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
        kind: 'post',
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
      kind: 'posts',
    });
  }
  for (const profile of ordered(profiles)) {
    const own = [
      profile.headline ?? '',
      ...(profile.signals.achievements ?? []),
      profile.about ?? '',
    ];
    for (const { kind, pattern, text } of workPatterns) {
      for (const words of own) {
        const match = pattern.exec(fold(words));
        const what = fold(match?.[1] ?? '').replace(/\s+(?:and|&)$/i, '');
        if (!match || !what) continue;
        add({
          id: `${kind}:${profile.source}`,
          label: `${kind.charAt(0).toUpperCase()}${kind.slice(1)}: ${clip(fold(match[0]), 100)}`,
          text: text(what),
          placeholder: 'theirWork',
          specific: true,
          kind,
        });
        break;
      }
    }
    for (const candidate of [...featuredCandidates(profile), ...honorCandidates(profile)])
      add(candidate);
    const phrase = quotablePhrase(profile.about);
    if (phrase) {
      add({
        id: `phrase:${profile.source}`,
        label: `From their About: “${phrase}”`,
        text: `your take, “${phrase}”`,
        placeholder: 'theirWork',
        specific: true,
        kind: 'phrase',
      });
    }
    for (const [index, focus] of headlineFocus(profile.headline, profile.company)
      .slice(0, 2)
      .entries()) {
      add({
        id: `headline:${profile.source}:${index}`,
        label: `From their headline: “${focus}”`,
        text: `your focus on “${focus}”`,
        placeholder: 'theirWork',
        specific: true,
        kind: 'phrase',
      });
    }
  }
  const website = personalWebsiteOf(profiles);
  if (website) {
    const name = siteName(website);
    add(
      {
        id: 'site',
        label: `Their website ${name}`,
        text: /(^|\.)blog\.|\/blog/i.test(website)
          ? `your blog at ${name}`
          : `your writing on ${name}`,
        placeholder: 'theirWork',
        specific: true,
        kind: 'site',
      },
      // the fit may already suggest "their writing at <site>"
      name,
    );
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
          kind: 'org',
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
          kind: 'shared',
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
      kind: 'mutual',
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
      kind: 'location',
    });
  }
  // most specific first (stable within a kind); a later, vaguer duplicate of an earlier one goes
  const rank = (candidate: CitationCandidate) =>
    citationKinds.indexOf(candidate.kind ?? 'employer');
  const sorted = found
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => rank(a.candidate) - rank(b.candidate) || a.index - b.index)
    .map((entry) => entry.candidate);
  const out: CitationCandidate[] = [];
  const seenIds = new Set<string>();
  for (const candidate of sorted) {
    const key = keys.get(candidate) ?? candidate.text;
    if (seenIds.has(candidate.id)) continue;
    if (out.some((earlier) => hasPhrase(matchKey(earlier.text), key))) continue;
    seenIds.add(candidate.id);
    out.push(candidate);
  }
  return out;
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

// a group both joined says only that: not that the topic is their work
const weakEvidence = new Set(['group']);

/**
 * "and your machine learning work is close to that": why this person, for this user's goal,
 * from what their page shows; a shared group said as just that; when nothing matches, the
 * user's own reason, claiming nothing about them
 */
export function whyYouClause(
  profiles: readonly ProfileSnapshot[],
  mentee: MenteeProfile,
  now = new Date(),
): string {
  const matched = profiles.length
    ? matchedInterests({ person: personOf(profiles, monthOf(now)), wanted: menteeView(mentee) })
    : [];
  const strong = matched.filter((item) => !weakEvidence.has(item.seenIn ?? ''));
  const focus = strong.filter((item) => item.kind === 'focus').slice(0, 2);
  if (focus.length > 0) {
    return `and your ${listWords(
      focus.map((item) => item.label),
      2,
    )} work is close to that`;
  }
  const role = strong.find((item) => item.kind === 'role');
  if (role) {
    const phrase = roleInSentence(role.label);
    return `and you've been ${article(phrase)} ${phrase} yourself`;
  }
  const group = matched.find((item) => item.seenIn === 'group');
  const groups = (group?.evidence ?? '')
    .split('\n')
    .map((line) => fold(line))
    .filter(Boolean);
  const groupName =
    groups.find((line) => hasPhrase(matchKey(line), group?.label ?? '')) ??
    (groups.length === 1 ? groups[0] : undefined);
  if (groupName && groupName.length <= 80) return `and we're both in ${groupName}`;
  return "and I'm looking for advice on the way there";
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
  if (goal) {
    values.myGoal = goal;
    values.whyYou = whyYouClause(profiles, mentee);
  }
  return values;
}
