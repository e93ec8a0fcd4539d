import { emptySnapshot } from '../blank';
import type { Education, ExtractResult, ProfileSnapshot, Signals } from '../snapshot';
import { fold, unique } from '../text';
import { followersIn, readAbout } from './about';
import { readRecentActivity, readSharedHighlights } from './activity';
import { fitToSchema } from './clamp';
import { detectLinkedinPage, type LinkedinPage } from './detect';
import { cleanName } from './dom-text';
import { readEmbeddedProfile } from './embedded-json';
import {
  readSignedInEducation,
  readSignedInExperience,
  readSignedInSkills,
  sectionLinks,
} from './entities';
import { readGuestEducation, readGuestExperience, readGuestSkills } from './guest-lists';
import { readJsonLdPerson } from './json-ld';
import { isExternalLink, unwrapLinkedinUrl, urlsInText } from './redirects';
import { findSection, listSections } from './sections';
import { selectors } from './selectors';
import { unavailableReason } from './status';
import { readTopCard } from './top-card';

export { findLinkedinHintAnchor } from './hint-anchor';

// what a profile page normally shows; what could not be read is reported as missing
const profileFields = [
  'name',
  'headline',
  'location',
  'about',
  'experience',
  'education',
  'skills',
];
// what a details page adds, by its URL section
const detailsFields: Record<string, string[]> = {
  experience: ['experience'],
  education: ['education'],
  skills: ['skills'],
  'recent-activity': ['recentActivity'],
};

/** "(1) Ada Okafor | LinkedIn", "Experience | Ada Okafor | LinkedIn", "Ada Okafor - Title - Co | LinkedIn" */
function nameFromTitle(doc: Document, page: LinkedinPage): string | null {
  const title = fold(doc.querySelector('title')?.textContent)?.replace(/^\(\d+\+?\)\s*/, '');
  if (!title || !/\|\s*LinkedIn$/i.test(title)) return null;
  const parts = title
    .split(' | ')
    .map((part) => part.trim())
    .filter((part) => part && !/^linkedin$/i.test(part));
  const candidate = page.kind === 'details' ? parts[parts.length - 1] : parts[0]?.split(' - ')[0];
  return cleanName(candidate ?? null);
}

function hasEntities(section: Element): boolean {
  return section.querySelector(selectors.signedInEntity) !== null;
}

function educationOf(section: Element | null): Education[] {
  if (!section) return [];
  return hasEntities(section) ? readSignedInEducation(section) : readGuestEducation(section);
}

function foundFields(profile: ProfileSnapshot): string[] {
  const signals = profile.signals;
  const values: Record<string, unknown> = {
    name: profile.name,
    headline: profile.headline,
    location: profile.location,
    company: profile.company,
    about: profile.about,
    followers: profile.followers,
    connections: profile.connections,
    experience: profile.experience.length > 0 ? profile.experience : null,
    education: profile.education.length > 0 ? profile.education : null,
    skills: profile.skills.length > 0 ? profile.skills : null,
    links: profile.links.length > 0 ? profile.links : null,
    degree: signals.degree ?? null,
    mutualConnections: signals.mutualConnections ?? null,
    sharedHighlights: signals.sharedHighlights?.length ? signals.sharedHighlights : null,
    openTo: signals.openTo?.length ? signals.openTo : null,
    recentActivity: signals.recentActivity?.length ? signals.recentActivity : null,
    premium: signals.premium ?? null,
  };
  return Object.keys(values).filter((key) => values[key] !== null);
}

function read(doc: Document, url: URL): ExtractResult {
  const page = detectLinkedinPage(url);
  if (page.kind !== 'profile' && page.kind !== 'details') {
    return {
      ok: false,
      reason: 'not-a-profile',
      detail: `${url.hostname}${url.pathname.slice(0, 200)} is not a LinkedIn profile page`,
    };
  }
  const { handle } = page;
  const base = url.href;
  const embedded = readEmbeddedProfile(doc, handle);
  const jsonLd = readJsonLdPerson(doc, handle);
  const top = readTopCard(doc, handle, base);
  const sections = listSections(doc);
  const section = (name: Parameters<typeof findSection>[1]) => findSection(doc, name, sections);
  const experienceSection = section('experience');
  const educationSection = section('education');
  const skillsSection = section('skills');
  const hasProfile =
    Boolean(top?.name) ||
    embedded !== null ||
    jsonLd !== null ||
    (page.kind === 'details' && (experienceSection ?? educationSection ?? skillsSection) !== null);
  const unavailable = unavailableReason(doc, url, hasProfile);
  if (unavailable) return { ok: false, reason: 'unavailable', detail: unavailable };
  if (!hasProfile) {
    return {
      ok: false,
      reason: 'unrecognized',
      detail: `no profile structure found on ${url.hostname}${url.pathname.slice(0, 200)}`,
    };
  }

  const profile = emptySnapshot(
    'linkedin',
    handle,
    `https://www.linkedin.com/in/${encodeURIComponent(handle)}/`,
  );
  profile.name = embedded?.name ?? jsonLd?.name ?? top?.name ?? nameFromTitle(doc, page);
  profile.headline = embedded?.headline ?? top?.headline ?? jsonLd?.headline ?? null;
  profile.location = top?.location ?? embedded?.location ?? jsonLd?.location ?? null;

  if (experienceSection) {
    profile.experience = hasEntities(experienceSection)
      ? readSignedInExperience(experienceSection)
      : readGuestExperience(experienceSection);
  }
  if (profile.experience.length === 0 && jsonLd) profile.experience = jsonLd.experience;
  profile.education = educationOf(educationSection);
  if (profile.education.length === 0 && jsonLd) profile.education = jsonLd.education;
  if (skillsSection) {
    profile.skills = hasEntities(skillsSection)
      ? readSignedInSkills(skillsSection)
      : readGuestSkills(skillsSection);
  }
  const current = profile.experience.find((entry) => entry.end === null && entry.company);
  profile.company = top?.company ?? jsonLd?.company ?? current?.company ?? null;
  profile.about = readAbout(section('about')) ?? jsonLd?.about ?? null;

  const activitySections = sections.filter((entry) =>
    /^(?:activity|posts|articles by .+|recent activity)$/i.test(entry.heading),
  );
  // structured data has the exact count; the top card rounds it ("2K followers")
  profile.followers =
    jsonLd?.followers ?? top?.followers ?? followersIn(activitySections[0]?.element ?? null);
  profile.connections = top?.connections ?? null;

  const projectsSection = section('projects');
  const listed = [
    ...(top?.links ?? []),
    ...urlsInText(profile.about, base),
    ...(projectsSection
      ? sectionLinks(projectsSection).map((href) => unwrapLinkedinUrl(href, base))
      : []),
  ];
  profile.links = unique(listed).filter(isExternalLink);

  const signals: Signals = {
    degree: top?.degree ?? embedded?.degree ?? null,
    mutualConnections: top?.mutualConnections ?? null,
    sharedHighlights: readSharedHighlights(section('highlights')),
    openTo: top?.openTo ?? [],
    recentActivity: readRecentActivity(activitySections.map((entry) => entry.element)),
  };
  const premium = embedded?.premium ?? top?.premium ?? null;
  if (premium !== null) signals.premium = premium;
  if (top?.openProfile) signals.openProfile = true;
  profile.signals = signals;

  const found = foundFields(profile);
  const expected =
    page.kind === 'details' ? ['name', ...(detailsFields[page.section] ?? [])] : profileFields;
  signals.found = found;
  signals.missing = expected.filter((field) => !found.includes(field));

  const nothingRead =
    !profile.name &&
    profile.experience.length === 0 &&
    profile.education.length === 0 &&
    !profile.about;
  if (nothingRead) {
    return {
      ok: false,
      reason: 'unrecognized',
      detail: `no profile fields could be read on ${url.hostname}${url.pathname.slice(0, 200)}`,
    };
  }
  // validated by extractProfile and by the background: zod stays out of the content script
  return { ok: true, profile: fitToSchema(profile) };
}

/** LinkedIn profile or details page → ProfileSnapshot; never throws, whatever the Document holds */
export function extractLinkedin(doc: Document, url: URL): ExtractResult {
  try {
    return read(doc, url);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: 'unrecognized',
      detail: `the page could not be read: ${message.slice(0, 200)}`,
    };
  }
}
