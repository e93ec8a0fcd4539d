import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { personalWebsiteOf, siteName } from '../contact';
import { hasPhrase, matchKey } from '../match';

// names too generic to prove the writer looked at their work
const generic = new Set(
  [
    'self employed',
    'freelance',
    'freelancer',
    'independent',
    'stealth',
    'stealth startup',
    'confidential',
    'various',
    'none',
    'blog',
    'notes',
    'website',
    'homepage',
    'portfolio',
    'resume',
    'demo',
    'test',
    'project',
    'projects',
    'docs',
    'code',
    'config',
    'learning',
    'python',
    'machine learning',
    'ml',
    'ai',
    'engineer',
    'founder',
    'student',
  ].map((phrase) => matchKey(phrase).trim()),
);

const usable = (phrase: string | null | undefined): phrase is string => {
  if (!phrase) return false;
  const key = matchKey(phrase).trim();
  return key.length >= 3 && key.length <= 120 && !generic.has(key);
};

// "You both studied at Northfield University" → "Northfield University"
const highlightObject = (highlight: string) =>
  /\b(?:at|in|of|from)\s+(.+)$/i.exec(highlight)?.[1]?.replace(/[.!]+$/, '') ?? highlight;

// the platforms the profiles live on: "linkedin.com" says nothing about them
const profileHosts = /(^|\.)(linkedin\.com|lnkd\.in|github\.com|githubusercontent\.com)$/i;

function linkedSite(link: string): string {
  try {
    const host = new URL(link).hostname.replace(/^www\./i, '');
    return profileHosts.test(host) ? '' : host;
  } catch {
    // a malformed link names nothing
    return '';
  }
}

/** what a draft could name to show it is about them: repos, roles, employers, schools, orgs, shared ground */
export function profileFacts(profiles: readonly ProfileSnapshot[]): string[] {
  // their own work first: the fix suggests the first fact
  const facts: string[] = profiles.flatMap((profile) => profile.repos.map((repo) => repo.name));
  for (const profile of profiles) {
    facts.push(profile.company ?? '');
    for (const item of profile.experience) {
      facts.push(item.company ?? '');
      // a single-word title ("Engineer") says nothing about them
      if (item.title?.trim().includes(' ')) facts.push(item.title);
    }
    facts.push(...profile.education.map((item) => item.school ?? ''));
    facts.push(...profile.organizations);
    facts.push(...(profile.signals.sharedHighlights ?? []).map(highlightObject));
    const segments = (profile.headline ?? '').split(/\s*[|•·,;]\s*|\s[-–—]\s|\s(?:at|@)\s/i);
    facts.push(...segments.filter((segment) => /\S+\s+\S+/.test(segment) && segment.length <= 80));
    facts.push(...(profile.signals.honors ?? []).map((honor) => honor.title));
    if ((profile.signals.mutualConnections ?? 0) > 0) facts.push('mutual connection');
  }
  const website = personalWebsiteOf(profiles);
  if (website) facts.push(siteName(website));
  // every site their page links to (dev.to, their blog), but not the profile's own platform
  for (const profile of profiles) facts.push(...profile.links.map(linkedSite));
  return [...new Set(facts.filter(usable))];
}

// "your post on eval harnesses", "your talk at PyCon": something of theirs, named, that we could not see
const namedWork =
  /\byour (?:recent )?(?:post|talk|article|paper|book|repo|repository|project|library|course|newsletter|podcast|episode|video|thread|keynote|presentation|tutorial|package|framework|essay|write-?up|work)s? (?:on|about|at|called|named|titled|for) ["“']?[\p{L}\p{N}][\p{L}\p{N}-]{2,}/iu;

/** their employer's name now: on its own it proves little ("your work at Pipelex" fits anyone there) */
export function employerNames(profiles: readonly ProfileSnapshot[]): string[] {
  const names = profiles.flatMap((profile) => [
    profile.company ?? '',
    ...profile.experience.filter((item) => item.end === null).map((item) => item.company ?? ''),
  ]);
  return [...new Set(names.filter(usable))];
}

// the words around an employer that add nothing about the person: "your work at …"
const employerFiller = new Set([
  'your',
  'work',
  'job',
  'time',
  'role',
  'at',
  'in',
  'with',
  'for',
  'the',
]);

/** whether a fact says no more than their employer's name ("AgentMail", "your work at AgentMail") */
export function namesOnlyEmployer(fact: string, employerKeys: readonly string[]): boolean {
  let rest = matchKey(fact);
  for (const employer of employerKeys) {
    if (employer) rest = rest.split(` ${employer} `).join(' ');
  }
  if (rest === matchKey(fact)) return false;
  return rest
    .trim()
    .split(' ')
    .every((word) => !word || employerFiller.has(word));
}

/** everything the person wrote or shows about their work, as one matchKey, for phrase checks */
export function pageWords(profiles: readonly ProfileSnapshot[]): string {
  const parts = profiles.flatMap((profile) => [
    profile.headline ?? '',
    profile.about ?? '',
    ...profile.experience.flatMap((item) => [item.title ?? '', item.description ?? '']),
    ...profile.repos.flatMap((repo) => [repo.name, repo.description ?? '']),
    ...(profile.signals.recentPosts ?? []).map((post) => post.text),
    ...(profile.signals.achievements ?? []),
    ...(profile.signals.sharedHighlights ?? []),
    ...(profile.signals.featured ?? []).map((item) => item.title ?? ''),
    ...(profile.signals.honors ?? []).map((honor) => honor.title),
  ]);
  return matchKey(parts.join(' \n ').slice(0, 60_000));
}

const notNames = new Set([
  'i',
  'hi',
  'hello',
  'dear',
  'thanks',
  'thank',
  'best',
  'kind',
  'regards',
  'linkedin',
  'github',
  'no',
  'would',
  'ps',
]);

// what the draft takes from their page: a quoted phrase, or a name (capitalised words) their page uses
function fromPage(text: string, page: string, firstName: string | null): string[] {
  if (page.trim().length === 0) return [];
  const out: string[] = [];
  for (const match of text.matchAll(/[“"]([^”"\n]{3,160})[”"]/g)) {
    const quote = (match[1] ?? '').replace(/…$/, '');
    if (matchKey(quote).trim().split(' ').length >= 2 && hasPhrase(page, quote)) out.push(quote);
  }
  // "your Know-How Graph viewpoint": capitalised words, not at a sentence start
  for (const match of text.matchAll(
    /(?<=[\p{L}\p{N},;:)]\s+)(\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}]*(?:[-.][\p{L}\p{N}]+)*){0,3})/gu,
  )) {
    const name = match[1] ?? '';
    const key = matchKey(name).trim();
    if (key.length < 4 || notNames.has(key) || key === matchKey(firstName ?? '').trim()) continue;
    if (usable(name) && hasPhrase(page, name)) out.push(name);
  }
  return out;
}

/** the facts a text names, plus a named piece of work we could not see on the profile */
export function specificsIn(
  text: string,
  facts: readonly string[],
  cited: readonly string[] = [],
  page = ' ',
  firstName: string | null = null,
): string[] {
  const key = matchKey(text);
  const found = facts.filter((fact) => hasPhrase(key, fact));
  for (const citation of cited)
    if (usable(citation) && hasPhrase(key, citation)) found.push(citation);
  for (const phrase of fromPage(text, page, firstName))
    if (!found.some((fact) => hasPhrase(matchKey(fact), phrase))) found.push(phrase);
  const named = namedWork.exec(text.replace(/[’‘]/g, "'"));
  if (named && found.length === 0) found.push(named[0]);
  return [...new Set(found)];
}
