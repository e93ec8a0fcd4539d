import { emptySnapshot } from '../blank';
import type { ExtractResult, ProfileSnapshot, Signals } from '../snapshot';
import { unique } from '../text';
import { extractGithubContributions } from './contributions';
import { coverage } from './coverage';
import { detectGithubPage } from './detect';
import { first } from './dom';
import { clip, limits } from './limits';
import { classifyGithubDocument } from './page-state';
import { readCardLinks, readHireable, readPublicEmail } from './parse-contact';
import { readCounts } from './parse-counts';
import { readIdentity } from './parse-identity';
import { readReadme } from './parse-readme';
import { readRepos } from './parse-repos';
import {
  readAchievements,
  readOrganizations,
  readSponsors,
  sidebarSections,
} from './parse-sidebar';
import { readStatus } from './parse-status';
import * as selectors from './selectors';

export { extractGithubContributions } from './contributions';
export { findGithubHintAnchor } from './hint-anchor';

/** a github user profile page → ProfileSnapshot; never throws, whatever the document holds */
export function extractGithub(doc: Document, url: URL): ExtractResult {
  try {
    return extract(doc, url);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: 'unrecognized',
      detail: `github extractor failed: ${message.slice(0, 200)}`,
    };
  }
}

function extract(doc: Document, url: URL): ExtractResult {
  const page = detectGithubPage(url);
  if (page.kind !== 'profile') {
    return {
      ok: false,
      reason: 'not-a-profile',
      detail: `${url.hostname}${url.pathname} is a github ${page.kind} page, not a person`,
    };
  }
  const state = classifyGithubDocument(doc);
  if (state.kind === 'organization') {
    return {
      ok: false,
      reason: 'not-a-profile',
      detail: `github.com/${page.handle} is an organisation, not a person`,
    };
  }
  if (state.kind === 'unavailable') return { ok: false, reason: 'unavailable', detail: state.why };
  if (state.kind === 'unrecognized')
    return { ok: false, reason: 'unrecognized', detail: state.why };

  // validated by extractProfile and by the background: zod stays out of the content script
  return { ok: true, profile: readProfile(doc, state.root, page.handle) };
}

function readProfile(doc: Document, root: ParentNode, urlHandle: string): ProfileSnapshot {
  const identity = readIdentity(root);
  const handle = identity.login ?? urlHandle;
  const counts = readCounts(doc);
  const repos = readRepos(doc, handle);
  const readme = readReadme(doc);
  const sections = sidebarSections(root);
  const organizations = readOrganizations(root, doc);
  const achievements = readAchievements(root);
  const contributions = extractGithubContributions(doc);
  const status = readStatus(root);
  const publicEmail = readPublicEmail(root);
  const hireable = readHireable(root);

  const snapshot = emptySnapshot(
    'github',
    clip(handle, limits.handle),
    `https://github.com/${handle}`,
  );
  snapshot.name = clip(identity.name, limits.text);
  snapshot.headline = clip(identity.headline, limits.text);
  snapshot.company = clip(identity.company, limits.text);
  snapshot.location = clip(identity.location, limits.text);
  snapshot.about = readme.about;
  snapshot.followers = counts.followers;
  snapshot.links = unique([...readCardLinks(root), ...readme.links]).slice(0, limits.links);
  snapshot.repos = repos.repos;
  snapshot.contributionsLastYear = contributions;
  snapshot.organizations = organizations;

  const signals: Signals = {
    following: counts.following,
    achievements,
    sponsors: readSponsors(root, handle),
    status,
    publicEmail,
    hasReadme: readme.present,
  };
  if (hireable !== null) signals.hireable = hireable;

  const { found, missing } = coverage({
    read: {
      name: snapshot.name !== null,
      handle: identity.login !== null,
      headline: snapshot.headline !== null,
      company: snapshot.company !== null,
      location: snapshot.location !== null,
      about: snapshot.about !== null,
      followers: snapshot.followers !== null,
      following: counts.following !== null,
      links: snapshot.links.length > 0,
      repos: snapshot.repos.length > 0,
      organizations: organizations.length > 0,
      achievements: achievements.length > 0,
      contributionsLastYear: contributions !== null,
      status: status !== null,
      publicEmail: publicEmail !== null,
    },
    // shown on every profile, or a section whose box is on the page: not reading it means the markup moved
    expected: {
      name: true,
      followers: true,
      repos: repos.section,
      about: readme.present,
      organizations: sections.has('organizations'),
      achievements: sections.has('achievements'),
      contributionsLastYear: first(doc, selectors.contributionsSection) !== null,
    },
  });
  signals.found = found;
  signals.missing = missing;
  snapshot.signals = signals;
  return snapshot;
}
