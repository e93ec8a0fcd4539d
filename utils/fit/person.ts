import type { Education, Experience, ProfileSnapshot, Repo, Signals } from '../profile/snapshot';
import { monthIndex } from './dates';
import { type LinkInfo, linkInfo } from './links';
import { listLooksStuffed, looksStuffed } from './stuffing';

/** where a piece of text came from, and how much it says about real expertise */
export type FieldKind =
  | 'current role'
  | 'past role'
  | 'role description'
  | 'headline'
  | 'about'
  | 'skills'
  | 'repo'
  | 'organization'
  | 'group'
  | 'post'
  | 'company'
  | 'education';

export type Field = {
  kind: FieldKind;
  text: string;
  /** whole entries, lower-cased, for exact names (a skill "Go", a repo language "R") */
  entries?: readonly string[];
  /** 0..1: a dated current title says more than a self-description */
  strength: number;
  /** text around it (a role's company and description): context for ambiguous words only */
  around?: string;
  /** what to cite when this field matched */
  cite?: string;
};

/** one person seen through one or several snapshots (their LinkedIn and GitHub profiles) */
export type Person = {
  linkedin: ProfileSnapshot | null;
  github: ProfileSnapshot | null;
  name: string | null;
  headlines: string[];
  abouts: string[];
  location: string | null;
  company: string | null;
  linkedinFollowers: number | null;
  githubFollowers: number | null;
  experience: Experience[];
  currentRoles: Experience[];
  education: Education[];
  skills: string[];
  links: string[];
  /** each link parsed once, for the signals that look at hosts and kinds */
  linkInfo: LinkInfo[];
  repos: Repo[];
  organizations: string[];
  contributionsLastYear: number | null;
  signals: Signals;
  fields: Field[];
  stuffed: { headline: boolean; about: boolean; skills: boolean };
  /** the person's own words (headline, about, role descriptions, posts), for phrase checks */
  ownWords: string[];
  /** how much the snapshots show: 0 = nothing readable */
  richness: number;
};

// beyond these lengths text adds little evidence but costs time on every profile view
const maxChars = { headline: 500, about: 6_000, description: 2_000, post: 1_000 } as const;
const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

const present = <T>(values: (T | null | undefined)[]): T[] =>
  values.filter((v): v is T => v != null);

function mergeSignals(list: Signals[]): Signals {
  const merged: Record<string, unknown> = {};
  for (const signals of list) {
    for (const [key, value] of Object.entries(signals)) {
      const current = merged[key];
      if (value === undefined || value === null) {
        if (!(key in merged)) merged[key] = value;
      } else if (Array.isArray(value)) {
        merged[key] = [...((current as unknown[] | undefined) ?? []), ...value];
      } else if (typeof value === 'boolean') {
        merged[key] = current === true || value;
      } else if (current === undefined || current === null) {
        merged[key] = value;
      }
    }
  }
  return merged as Signals;
}

function isCurrent(role: Experience, index: number): boolean {
  if (role.end !== null) return false;
  return role.start !== null || index === 0;
}

// recent roles weigh more: a title from ten years ago says less about today
function recency(role: Experience, now: number): number {
  const end = monthIndex(role.end, 'end');
  if (end === null) return 0.5;
  const ago = now - end;
  if (ago <= 24) return 0.8;
  if (ago <= 60) return 0.6;
  return 0.4;
}

function roleFields(experience: Experience[], now: number): Field[] {
  const fields: Field[] = [];
  // the newest roles carry the evidence; hundreds of old ones would only cost time
  experience.slice(0, 30).forEach((role, index) => {
    const current = isCurrent(role, index);
    const weight = current ? 1 : recency(role, now);
    const at = role.company ? ` at ${role.company}` : '';
    if (role.title) {
      fields.push({
        kind: current ? 'current role' : 'past role',
        text: role.title,
        entries: [role.title.toLowerCase()],
        around: `${role.company ?? ''} \n ${cut(role.description ?? '', maxChars.description)}`,
        strength: weight,
        cite: `their work as ${role.title}${at}`,
      });
    }
    if (role.description) {
      fields.push({
        kind: 'role description',
        text: cut(role.description, maxChars.description),
        strength: weight * 0.7,
      });
    }
  });
  return fields;
}

function repoFields(repos: Repo[]): Field[] {
  return repos.slice(0, 30).map((repo) => ({
    kind: 'repo',
    text: [repo.name, repo.description, repo.language].filter(Boolean).join(' \n '),
    entries: present([repo.language?.toLowerCase()]),
    strength: 0.8,
    cite: `their repo ${repo.name}`,
  }));
}

/** merges a person's snapshots into one view; `now` is a month index */
export function personOf(snapshots: readonly ProfileSnapshot[], now: number): Person {
  const linkedin = snapshots.find((s) => s.source === 'linkedin') ?? null;
  const github = snapshots.find((s) => s.source === 'github') ?? null;
  const ordered = present([
    linkedin,
    github,
    ...snapshots.filter((s) => s !== linkedin && s !== github),
  ]);
  const pick = <K extends keyof ProfileSnapshot>(key: K) =>
    ordered.map((s) => s[key]).find((value) => value !== null && value !== undefined) ?? null;

  const headlines = present(ordered.map((s) => s.headline)).map((t) => cut(t, maxChars.headline));
  const abouts = present(ordered.map((s) => s.about)).map((t) => cut(t, maxChars.about));
  const experience = ordered.flatMap((s) => s.experience);
  const skills = [...new Set(ordered.flatMap((s) => s.skills))];
  const allSkills = ordered.flatMap((s) => s.skills);
  const repos = ordered.flatMap((s) => s.repos);
  const organizations = [...new Set(ordered.flatMap((s) => s.organizations))];
  const signals = mergeSignals(ordered.map((s) => s.signals));
  const stuffed = {
    headline: headlines.some(looksStuffed),
    about: abouts.some(looksStuffed),
    skills: listLooksStuffed(allSkills),
  };
  const claim = (stuffedField: boolean, strength: number) =>
    stuffedField ? strength * 0.3 : strength;
  const posts = signals.recentPosts ?? [];
  const company = pick('company') as string | null;
  const links = [...new Set(ordered.flatMap((s) => s.links))];

  const fields: Field[] = [
    ...roleFields(experience, now),
    ...headlines.map((text) => ({
      kind: 'headline' as const,
      text,
      strength: claim(stuffed.headline, 0.7),
    })),
    ...abouts.map((text) => ({
      kind: 'about' as const,
      text,
      strength: claim(stuffed.about, 0.5),
    })),
    ...repoFields(repos),
    ...posts.slice(0, 10).map((post) => ({
      kind: 'post' as const,
      text: cut(post.text, maxChars.post),
      strength: 0.6,
      cite: `their post “${post.text.replace(/\s+/g, ' ').trim().slice(0, 60)}…”`,
    })),
    ...ordered
      .flatMap((s) => s.education)
      .filter((entry) => entry.degree)
      .map((entry) => ({
        kind: 'education' as const,
        text: entry.degree as string,
        strength: 0.4,
      })),
  ];
  if (skills.length > 0) {
    fields.push({
      kind: 'skills',
      text: skills.join(' \n '),
      entries: skills.map((skill) => skill.toLowerCase()),
      strength: claim(stuffed.skills, 0.5),
    });
  }
  if (organizations.length > 0) {
    fields.push({ kind: 'organization', text: organizations.join(' \n '), strength: 0.3 });
  }
  // "You and Adi are both in AI & Machine Learning Community": a group they chose to join
  const groups = (signals.sharedHighlights ?? [])
    .map((text) => /\bboth in (?:the )?(.{3,120}?)(?:\s*\([^)]*\))?\.?$/i.exec(text)?.[1])
    .filter((name): name is string => Boolean(name));
  if (groups.length > 0) {
    fields.push({ kind: 'group', text: groups.join(' \n '), strength: 0.3 });
  }
  if (company) fields.push({ kind: 'company', text: company, strength: 0.3 });

  const ownWords = [
    ...headlines,
    ...abouts,
    ...present(experience.slice(0, 30).map((role) => role.description)).map((t) =>
      cut(t, maxChars.description),
    ),
    ...posts.slice(0, 10).map((post) => cut(post.text, maxChars.post)),
  ];
  const richness =
    headlines.length +
    abouts.length +
    experience.length +
    repos.length +
    (skills.length > 0 ? 1 : 0);

  return {
    linkedin,
    github,
    name: pick('name') as string | null,
    headlines,
    abouts,
    location: pick('location') as string | null,
    company,
    linkedinFollowers: linkedin?.followers ?? null,
    githubFollowers: github?.followers ?? null,
    experience,
    currentRoles: experience.filter(isCurrent),
    education: ordered.flatMap((s) => s.education),
    skills,
    links,
    linkInfo: present(
      links.slice(0, 100).map((url) => linkInfo(url, github?.links.includes(url) ?? false)),
    ),
    repos,
    organizations,
    contributionsLastYear: github?.contributionsLastYear ?? pick('contributionsLastYear'),
    signals,
    fields,
    stuffed,
    ownWords,
    richness,
  };
}
