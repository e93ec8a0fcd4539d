import { fold } from '../text';
import { achievementsByMeaning } from './by-meaning';
import { isGithubLogin } from './detect';
import { all, union, visibleText } from './dom';
import { clip, limits } from './limits';
import * as selectors from './selectors';

/** lower-cased headings of the card's sections ("achievements", "organizations", ...) */
export function sidebarSections(root: ParentNode): Set<string> {
  const headings = new Set<string>();
  for (const heading of all(root, selectors.sidebarHeadings)) {
    const text = visibleText(heading, 200);
    if (text) headings.add(text.toLowerCase());
  }
  return headings;
}

/** organisation logins from the card's avatars, else from the activity overview's filter */
export function readOrganizations(root: ParentNode, doc: ParentNode): string[] {
  const names = new Set<string>();
  for (const avatar of all(root, selectors.organizations)) {
    const name = organizationName(avatar);
    if (name) names.add(clip(name, limits.organization));
    if (names.size >= limits.organizations) break;
  }
  if (names.size > 0) return [...names];
  for (const filter of all(doc, selectors.organizationFilters)) {
    const login = queryParam(filter.getAttribute('href'), 'org');
    if (login && isGithubLogin(login)) names.add(login);
    if (names.size >= limits.organizations) break;
  }
  return [...names];
}

function organizationName(avatar: Element): string | null {
  const login = /^\/?([^/?#]+)\/?$/.exec(pathOf(avatar.getAttribute('href')) ?? '')?.[1];
  if (login && isGithubLogin(login)) return login;
  const label =
    avatar.getAttribute('aria-label') ??
    avatar.getAttribute('title') ??
    avatar.querySelector('img')?.getAttribute('alt');
  return fold(label?.replace(/^@/, ''));
}

/** achievement names, once each: the card lists them twice (wide and narrow layouts) */
export function readAchievements(root: ParentNode): string[] {
  const names = new Set<string>();
  for (const badge of union(root, selectors.achievements)) {
    const name = fold(badge.getAttribute('alt')?.replace(/^achievement:\s*/i, ''));
    if (name) names.add(clip(name, limits.text));
    if (names.size >= limits.achievements) break;
  }
  return names.size > 0 ? [...names] : achievementsByMeaning(root);
}

/** true when the card links to this person's own Sponsors page */
export function readSponsors(root: ParentNode, login: string): boolean {
  const own = `/sponsors/${login.toLowerCase()}`;
  for (const link of all(root, selectors.sponsorLinks)) {
    const path = pathOf(link.getAttribute('href'))?.toLowerCase().replace(/\/$/, '');
    if (path === own) return true;
  }
  return false;
}

function pathOf(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, 'https://github.com');
    return url.hostname === 'github.com' ? url.pathname : null;
  } catch {
    return null;
  }
}

function queryParam(href: string | null, key: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, 'https://github.com').searchParams.get(key);
  } catch {
    return null;
  }
}
