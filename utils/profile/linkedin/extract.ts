import { emptySnapshot } from '../blank';
import type { Education, ExtractResult, ProfileSnapshot, Signals } from '../snapshot';
import { runSteps, type Steps } from '../steps';
import { unique } from '../text';
import { followersIn, readAbout } from './about';
import { readActivityDegree, readRecentActivity, readSharedHighlights } from './activity';
import { fitToSchema } from './clamp';
import { detectLinkedinPage } from './detect';
import { readEmbeddedProfile } from './embedded-json';
import {
  readSignedInEducation,
  readSignedInExperience,
  readSignedInSkills,
  sectionLinks,
  signedInEntities,
} from './entities';
import { readCertifications, readFeatured, readHonors } from './extra-sections';
import { readGuestEducation, readGuestExperience, readGuestSkills } from './guest-lists';
import {
  readEducationByMeaning,
  readExperienceByMeaning,
  readSkillsByMeaning,
  readTopSkills,
} from './items-by-meaning';
import { readJsonLdPerson } from './json-ld';
import { nameFitsHandle } from './reading-order';
import { isExternalLink, unwrapLinkedinUrl, urlsInText } from './redirects';
import { headingPatterns } from './section-headings';
import { findSection, listSections } from './sections';
import { unavailableReason } from './status';
import { nameFromTitle } from './title-name';
import { readTopCard } from './top-card';
import { type MeaningCard, type Rule, readTopCardByMeaning } from './top-card-meaning';

export type { Rule } from './top-card-meaning';
/** per field, the rule that read it: what `extract --explain` prints */
export type Explanation = Record<string, Rule>;

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

function educationOf(section: Element | null): Education[] {
  if (!section) return [];
  const entities = signedInEntities(section);
  const read =
    entities.size > 0 ? readSignedInEducation(section, entities) : readGuestEducation(section);
  return read.length > 0 ? read : readEducationByMeaning(section);
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

/** the first value that is there, with the rule that read it */
function pick<T>(
  rules: Explanation,
  field: string,
  candidates: [T | null | undefined, Rule][],
): T | null {
  for (const [value, rule] of candidates) {
    if (value !== null && value !== undefined) {
      rules[field] = rule;
      return value;
    }
  }
  return null;
}

const noCard: MeaningCard = {
  nameElement: null,
  headlineElement: null,
  name: null,
  nameEvidence: [],
  headline: null,
  company: null,
  school: null,
  location: null,
  followers: null,
  connections: null,
  degree: null,
  degreeVariants: false,
  mutualConnections: null,
  hasCard: false,
};

/** `top-card`: the card alone, while the page still parses (the rest is read once parsing ends) */
export type Scope = 'page' | 'top-card';

// the read yields between its parts (each a few ms on a big page): the reader gives the page a turn
// there, the popup and the tests run it whole (runSteps)
function* read(doc: Document, url: URL, rules: Explanation, scope: Scope): Steps<ExtractResult> {
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
  // a details page has no top card: it is read whole
  const whole = scope === 'page' || page.kind !== 'profile';
  const embedded = whole ? readEmbeddedProfile(doc, handle) : null;
  const jsonLd = whole ? readJsonLdPerson(doc, handle) : null;
  if (whole) yield;
  const top = readTopCard(doc, handle, base);
  const titleName = nameFromTitle(doc, page);
  // by what a person sees: the name heading and the lines under it; structure and data only enrich it
  const seen = page.kind === 'profile' ? readTopCardByMeaning(doc, handle, titleName) : noCard;
  if (whole) yield;
  // no section yet is "not on this page" yet: the hint only warns about what is there but unread
  const sections = whole ? listSections(doc) : [];
  if (whole) yield;
  const section = (name: Parameters<typeof findSection>[1]) =>
    whole ? findSection(doc, name, sections) : null;
  const experienceSection = section('experience');
  const educationSection = section('education');
  const skillsSection = section('skills');
  const hasProfile =
    Boolean(top?.name) ||
    Boolean(seen.name) ||
    embedded !== null ||
    jsonLd !== null ||
    (page.kind === 'details' && (experienceSection ?? educationSection ?? skillsSection) !== null);
  const unavailable = unavailableReason(doc, url, hasProfile);
  if (unavailable) return { ok: false, reason: 'unavailable', detail: unavailable };
  // a profile URL whose page has a title naming the person: at worst the name and the handle
  const titleFits = titleName !== null && nameFitsHandle(titleName, handle);
  if (!hasProfile && !(page.kind === 'profile' && titleFits)) {
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
  rules.handle = 'url';
  profile.name = pick(rules, 'name', [
    [embedded?.name, 'embedded-json'],
    [jsonLd?.name, 'json-ld'],
    [seen.name, 'heading'],
    [top?.name, 'structure'],
    [titleName, 'title'],
  ]);
  profile.headline = pick(rules, 'headline', [
    [embedded?.headline, 'embedded-json'],
    [seen.headline, 'reading-order'],
    [top?.headline, 'structure'],
    [jsonLd?.headline, 'json-ld'],
  ]);
  profile.location = pick(rules, 'location', [
    [seen.location, 'reading-order'],
    [top?.location, 'structure'],
    [embedded?.location, 'embedded-json'],
    [jsonLd?.location, 'json-ld'],
  ]);

  if (experienceSection) {
    const entities = signedInEntities(experienceSection);
    profile.experience =
      entities.size > 0
        ? readSignedInExperience(experienceSection, entities)
        : readGuestExperience(experienceSection);
    // a layout no reader above knows: the entries in reading order
    if (profile.experience.length === 0)
      profile.experience = readExperienceByMeaning(experienceSection);
  }
  if (experienceSection) yield;
  if (profile.experience.length > 0) rules.experience = 'heading';
  else if (jsonLd?.experience.length) {
    profile.experience = jsonLd.experience;
    rules.experience = 'json-ld';
  }
  profile.education = educationOf(educationSection);
  if (educationSection) yield;
  let schoolFromCard = false;
  if (profile.education.length > 0) rules.education = 'heading';
  else if (jsonLd?.education.length) {
    profile.education = jsonLd.education;
    rules.education = 'json-ld';
  } else if (!educationSection && seen.school) {
    // no Education section (yet): the top card's school is what the page shows; merge never lets it replace a list
    profile.education = [{ school: seen.school, degree: null, start: null, end: null }];
    rules.education = 'reading-order';
    schoolFromCard = true;
  }
  if (skillsSection) {
    const entities = signedInEntities(skillsSection);
    profile.skills =
      entities.size > 0
        ? readSignedInSkills(skillsSection, entities)
        : readGuestSkills(skillsSection);
    if (profile.skills.length === 0) profile.skills = readSkillsByMeaning(skillsSection);
    yield;
  }
  const current = profile.experience.find((entry) => entry.end === null && entry.company);
  if (profile.skills.length > 0) rules.skills = 'heading';
  else {
    // 2026: "Top skills" under About, when the Skills section is not (yet) on the page
    const about = section('about');
    const top = about ? readTopSkills(about) : [];
    if (top.length > 0) {
      profile.skills = top;
      rules.skills = 'heading';
    }
  }
  profile.company = pick(rules, 'company', [
    [top?.company, 'label'],
    [seen.company, 'reading-order'],
    [jsonLd?.company, 'json-ld'],
    [current?.company, 'heading'],
  ]);
  profile.about = pick(rules, 'about', [
    [readAbout(section('about')), 'heading'],
    [jsonLd?.about, 'json-ld'],
  ]);

  const activitySections = sections.filter((entry) => headingPatterns.activity.test(entry.heading));
  // structured data has the exact count; the top card rounds it ("2K followers")
  profile.followers = pick(rules, 'followers', [
    [jsonLd?.followers, 'json-ld'],
    [top?.followers, 'structure'],
    [seen.followers, 'reading-order'],
    [followersIn(activitySections[0]?.element ?? null), 'heading'],
  ]);
  profile.connections = pick(rules, 'connections', [
    [top?.connections, 'structure'],
    [seen.connections, 'reading-order'],
  ]);

  const projectsSection = section('projects');
  const listed = [
    ...(top?.links ?? []),
    ...urlsInText(profile.about, base),
    ...(projectsSection
      ? sectionLinks(projectsSection).map((href) => unwrapLinkedinUrl(href, base))
      : []),
  ];
  profile.links = unique(listed).filter(isExternalLink);
  if (whole) yield;

  const signals: Signals = {
    degree: pick(rules, 'degree', [
      [top?.degree, 'structure'],
      [seen.degree, 'reading-order'],
      [embedded?.degree, 'embedded-json'],
      // the card shows two variants and nothing else settles it: the one beside the name on their posts
      [
        seen.degreeVariants && !(top?.degree ?? embedded?.degree)
          ? readActivityDegree(
              activitySections.map((entry) => entry.element),
              profile.name,
            )
          : null,
        'heading',
      ],
    ]),
    // the sentence names some and counts the others: read as a person would
    mutualConnections: pick(rules, 'mutualConnections', [
      [seen.mutualConnections, 'reading-order'],
      [top?.mutualConnections, 'structure'],
    ]),
    sharedHighlights: readSharedHighlights(section('highlights')),
    openTo: top?.openTo ?? [],
    recentActivity: readRecentActivity(activitySections.map((entry) => entry.element)),
  };
  if (activitySections.length > 0) yield;
  // sections outside the fixed fields: only when the page lists something, so a later visit keeps them
  const certifications = readCertifications(section('certifications'));
  if (certifications.length > 0) {
    signals.certifications = certifications;
    rules.certifications = 'heading';
  }
  const honors = readHonors(section('honors'));
  if (honors.length > 0) {
    signals.honors = honors;
    rules.honors = 'heading';
  }
  yield;
  const featured = readFeatured(section('featured'), base);
  if (featured.length > 0) {
    signals.featured = featured;
    rules.featured = 'heading';
  }
  const premium = embedded?.premium ?? top?.premium ?? null;
  if (premium !== null) signals.premium = premium;
  if (top?.openProfile) signals.openProfile = true;
  if (schoolFromCard) signals.educationFromTopCard = true;
  profile.signals = signals;

  const found = foundFields(profile);
  const expected =
    page.kind === 'details' ? ['name', ...(detailsFields[page.section] ?? [])] : profileFields;
  signals.found = found;
  // not on this page (no card line, no section heading) is told apart from there but unreadable
  const onPage: Record<string, boolean> = {
    name: true,
    headline: !seen.hasCard,
    location: !seen.hasCard,
    about: section('about') !== null,
    experience: experienceSection !== null,
    education: educationSection !== null,
    skills: skillsSection !== null,
    recentActivity: activitySections.length > 0,
  };
  const notRead = expected.filter((field) => !found.includes(field));
  // no card found at all: a layout we do not know, so nothing can be called "not on this page"
  const unknownLayout = page.kind === 'profile' && !seen.hasCard && !top;
  if (unknownLayout) for (const field of Object.keys(onPage)) onPage[field] = true;
  signals.missing = notRead.filter((field) => onPage[field] !== false);
  signals.absent = notRead.filter((field) => onPage[field] === false);

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
export function extractLinkedin(doc: Document, url: URL, scope: Scope = 'page'): ExtractResult {
  return runSteps(guarded(doc, url, {}, scope));
}

/** the same read in parts, for a caller that gives the page a turn between them (see steps.ts) */
export function extractLinkedinInSteps(doc: Document, url: URL): Steps<ExtractResult> {
  return guarded(doc, url, {}, 'page');
}

/** the same, with the rule that read each field (`extract --explain`) */
export function explainLinkedin(
  doc: Document,
  url: URL,
): { result: ExtractResult; rules: Explanation } {
  const rules: Explanation = {};
  return { result: runSteps(guarded(doc, url, rules, 'page')), rules };
}

function* guarded(doc: Document, url: URL, rules: Explanation, scope: Scope): Steps<ExtractResult> {
  try {
    return yield* read(doc, url, rules, scope);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: 'unrecognized',
      detail: `the page could not be read: ${message.slice(0, 200)}`,
    };
  }
}
