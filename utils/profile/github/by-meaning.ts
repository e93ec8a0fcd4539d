// the github card read by what a person sees when its classes are gone: section headings, link shapes,
// microdata, the status endpoint and the contribution sentence. The class selectors (selectors.ts) are
// tried first; these rules take over field by field when they find nothing.
import { parseCount } from '../counts';
import type { Repo } from '../snapshot';
import { fold } from '../text';
import { isAccountSegment } from './detect';
import { visibleText } from './dom';
import { clip, limits } from './limits';

// "Pinned" (2019–2026) and "Popular repositories" (2014–2026), never "Repositories contributed to"
const repoHeading = /^(pinned|popular repositories)\b/i;
// /<owner>/<repo>, nothing after it (not /stargazers, /forks, /issues)
const repoPath = /^\/([^/?#]+)\/([A-Za-z0-9._-]{1,100})\/?$/;
const countOnly = /^\d[\d,.]*\s*[kmb]?\+?$/i;
// the badges github puts on a card; never a description
const cardLabels =
  /^(public|private|internal|template|archived|public archive|public template|forked from\b.*|sponsor)$/i;

/** the repository box found by its heading ("Pinned", "Popular repositories"): the heading's nearest ancestor holding repo links */
export function repoSectionByHeading(doc: ParentNode): Element | null {
  for (const heading of doc.querySelectorAll('h2, h3')) {
    const text = visibleText(heading, 200);
    if (!text || !repoHeading.test(text)) continue;
    let box = heading.parentElement;
    for (let depth = 0; box && depth < 4; depth += 1, box = box.parentElement) {
      if (repoLinks(box, 1).length > 0) return box;
    }
  }
  return null;
}

type RepoLink = { anchor: HTMLAnchorElement | Element; owner: string; repo: string; key: string };

function repoLinkOf(anchor: Element): RepoLink | null {
  const href = anchor.getAttribute('href');
  if (!href) return null;
  let path: string;
  try {
    const url = new URL(href, 'https://github.com');
    if (url.hostname !== 'github.com' || url.search !== '') return null;
    path = url.pathname;
  } catch {
    return null;
  }
  const match = repoPath.exec(path);
  if (!match?.[1] || !match[2] || !isAccountSegment(match[1])) return null;
  return { anchor, owner: match[1], repo: match[2], key: `${match[1]}/${match[2]}`.toLowerCase() };
}

/** the repository links of a box, one per repository, in page order */
function repoLinks(box: Element, max: number = limits.repos): RepoLink[] {
  const seen = new Set<string>();
  const links: RepoLink[] = [];
  for (const anchor of box.querySelectorAll('a[href]')) {
    if (links.length >= max) break;
    if (anchor.closest('button, [role="dialog"], details-dialog')) continue;
    const link = repoLinkOf(anchor);
    if (!link || seen.has(link.key)) continue;
    seen.add(link.key);
    links.push(link);
  }
  return links;
}

/** the repository links inside an element, by repository (the name, stars and forks links share one) */
function repoKeysIn(element: Element): Set<string> {
  const keys = new Set<string>();
  for (const anchor of element.querySelectorAll('a[href]')) {
    const href = anchor.getAttribute('href') ?? '';
    const match = /^(?:https:\/\/github\.com)?\/([^/?#]+)\/([^/?#]+)/.exec(href);
    if (match?.[1] && match[2]) keys.add(`${match[1]}/${match[2]}`.toLowerCase());
    if (keys.size > 1) break;
  }
  return keys;
}

/** the widest block around a repo link that holds no other repository */
function cardOf(link: RepoLink, box: Element): Element {
  let card: Element = link.anchor;
  for (let parent = card.parentElement; parent && parent !== box; parent = parent.parentElement) {
    const keys = repoKeysIn(parent);
    if (keys.size > 1 || (keys.size === 1 && !keys.has(link.key))) break;
    card = parent;
  }
  return card;
}

/** repositories of a box found by its heading: name by the link, counts by the stargazers/forks links */
export function reposByMeaning(box: Element, login: string): Repo[] {
  const repos: Repo[] = [];
  for (const link of repoLinks(box)) {
    if (repos.length >= limits.repos) break;
    const repo = repoByMeaning(link, cardOf(link, box), login);
    if (repo) repos.push(repo);
  }
  return repos;
}

function repoByMeaning(link: RepoLink, card: Element, login: string): Repo | null {
  const nameElement = nameElementOf(link.anchor);
  const shown = visibleText(nameElement, 400) ?? fold(nameElement.getAttribute('title'));
  if (!shown) return null;
  const foreign = link.owner.toLowerCase() !== login.toLowerCase();
  const name =
    foreign && !shown.includes('/') ? `${link.owner}/${shown}` : shown.replace(/\s*\/\s*/, '/');
  const tagged = visibleText(card.querySelector('[itemprop="programmingLanguage"]'), 400);
  const starsLink = card.querySelector('a[href$="/stargazers"]');
  const language = tagged ?? ownText(starsLink?.parentElement ?? null);
  return {
    name: clip(name, limits.repoName),
    description: clip(descriptionOf(card, nameElement, link.key, language), limits.text),
    language: clip(language, limits.language),
    stars: parseCount(visibleText(starsLink, 100)) ?? looseCount(card, nameElement, link.key),
    forks: parseCount(
      visibleText(
        card.querySelector('a[href$="/forks"], a[href$="/network/members"], a[href$="/network"]'),
        100,
      ),
    ),
  };
}

/** the part of the link that shows the name: the element titled with its own text, else the link */
function nameElementOf(anchor: Element): Element {
  for (const titled of anchor.querySelectorAll('[title]')) {
    const title = fold(titled.getAttribute('title'));
    if (title && title === visibleText(titled, 400)) return titled;
  }
  return anchor;
}

// the text directly in an element, not in its children: 2016–2018 write the language bare in the meta line
function ownText(element: Element | null): string | null {
  if (!element) return null;
  let text = '';
  for (const child of element.childNodes) if (child.nodeType === 3) text += (child as Text).data;
  const folded = fold(text);
  return folded && folded.length <= 60 && !countOnly.test(folded) ? folded : null;
}

/** the card's blocks that are neither the name, the counts, the language nor a badge */
function* textBlocks(
  card: Element,
  nameElement: Element,
  key: string,
): Generator<[Element, string]> {
  const stack: Element[] = [...card.children].reverse();
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (element.matches('button, svg, input, details-dialog, [role="dialog"], [hidden]')) continue;
    // another link to the same repository (an avatar, a second title) is not its description
    const sameRepo = element.localName === 'a' && repoLinkOf(element)?.key === key;
    if (sameRepo && !element.contains(nameElement)) continue;
    const holdsName = element.contains(nameElement) && element !== nameElement;
    const holdsCounts = element.querySelector('a[href$="/stargazers"], a[href$="/forks"]') !== null;
    if (holdsName || holdsCounts) {
      stack.push(...[...element.children].reverse());
      continue;
    }
    if (element === nameElement || nameElement.contains(element)) continue;
    const text = visibleText(element, limits.text);
    if (text) yield [element, text];
  }
}

function descriptionOf(
  card: Element,
  nameElement: Element,
  key: string,
  language: string | null,
): string | null {
  for (const [, text] of textBlocks(card, nameElement, key)) {
    if (countOnly.test(text) || cardLabels.test(text) || text === language) continue;
    return text;
  }
  return null;
}

/** 2014–2015 show the stars as a bare number with a star icon, no link */
function looseCount(card: Element, nameElement: Element, key: string): number | null {
  for (const [, text] of textBlocks(card, nameElement, key))
    if (countOnly.test(text)) return parseCount(text);
  return null;
}

const contributionSentence = /^(\d[\d,.]*)\s+contributions?\s+in\s+the\s+last\s+year/i;
const legacyContributions = /contributions\s+in\s+the\s+last\s+year\s*(\d[\d,.]*)\s+total/i;

/** "542 contributions in the last year" as a heading, or 2015's "Contributions in the last year / 835 total" */
export function contributionsByMeaning(root: ParentNode): number | null {
  for (const heading of root.querySelectorAll('h2, h3, [role="heading"]')) {
    const match = contributionSentence.exec(visibleText(heading, 400) ?? '');
    if (match?.[1]) return parseCount(match[1]);
  }
  for (const label of root.querySelectorAll('span, div, dt, strong')) {
    if (label.childElementCount > 0) continue;
    if (!/^\s*contributions in the last year\s*$/i.test(label.textContent ?? '')) continue;
    const match = legacyContributions.exec(visibleText(label.parentElement, 400) ?? '');
    if (match?.[1]) return parseCount(match[1]);
  }
  return null;
}

/** achievement badges by their label ("Achievement: Pull Shark") or their link (?achievement=...&tab=achievements) */
export function achievementsByMeaning(root: ParentNode): string[] {
  const names = new Set<string>();
  for (const image of root.querySelectorAll('img[alt]')) {
    const alt = image.getAttribute('alt') ?? '';
    const linked = image.closest('a[href*="achievement="], a[href*="tab=achievements"]') !== null;
    if (!/^achievement:/i.test(alt) && !linked) continue;
    const name = fold(alt.replace(/^achievement:\s*/i, ''));
    if (name) names.add(clip(name, limits.text));
    if (names.size >= limits.achievements) break;
  }
  return [...names];
}

/** the status block by the endpoint it is loaded from (/users/status), its emoji and message */
export function statusByMeaning(root: ParentNode): string | null {
  const container = root.querySelector('[data-url^="/users/status"]');
  if (!container) return null;
  const emoji = container.querySelector('g-emoji');
  const alias = emoji?.getAttribute('alias');
  const symbol =
    visibleText(emoji, 40) ?? (alias && /^[\w+-]{1,60}$/.test(alias) ? `:${alias}:` : null);
  const parts: string[] = [];
  const stack: Element[] = [...container.children].reverse();
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (element === emoji || element.matches('details-dialog, [role="dialog"], form, button'))
      continue;
    if (
      element.childElementCount === 0 ||
      element.querySelector('g-emoji, details-dialog, form') === null
    ) {
      const text = visibleText(element, 2_000);
      if (text) parts.push(text);
      continue;
    }
    stack.push(...[...element.children].reverse());
  }
  const status = [symbol, fold(parts.join(' '))].filter(Boolean).join(' ');
  return status ? clip(status, limits.text) : null;
}

// github caps a bio at 160 characters: a longer block is something else
const bioMax = 160;
// where the card goes on past the bio: the follower counts, the details list, the sidebar's sections
const pastBio =
  'a[href*="tab=followers"], a[href*="tab=following"], [itemprop="worksFor"], [itemprop="homeLocation"], [itemprop="email"], [itemprop="url"], [itemprop="social"], [itemprop="twitter"], h2';
// never the bio: controls, menus and forms, links, the status badge and other labelled details
const notBio =
  'button, details, details-dialog, [role="dialog"], form, [hidden], a, svg, img, [itemprop], [data-url^="/users/status"]';

/**
 * the bio by its place when its classes are gone (2016–2021 markup has no data-bio-text): the first
 * text block under the names heading (name and login), before the counts and the details list
 */
export function bioByMeaning(root: ParentNode): string | null {
  const nameElement =
    root.querySelector('[itemprop="additionalName"]') ?? root.querySelector('[itemprop="name"]');
  if (!nameElement) return null;
  const names = nameElement.closest('h1') ?? nameElement;
  let checked = 0;
  for (const element of root.querySelectorAll(`div, p, span, ${pastBio}`)) {
    // Node.DOCUMENT_POSITION_FOLLOWING, without the global the CLI's DOM does not define
    if (!(names.compareDocumentPosition(element) & 4)) continue;
    if (names.contains(element)) continue;
    if (checked++ > 400) break;
    if (element.matches(pastBio)) break;
    if (element.closest(notBio)) continue;
    // the block that holds the text itself, not one of its wrappers
    const own = [...element.childNodes].some(
      (child) => child.nodeType === 3 && /\S/.test((child as Text).data),
    );
    if (!own) continue;
    const text = visibleText(element, 2_000);
    return text && text.length <= bioMax ? text : null;
  }
  return null;
}

/** the viewer's own page keeps the raw bio in the edit form (2020–2021, before data-bio-text) */
export function bioFromEditForm(root: ParentNode): string | null {
  const field = root.querySelector('textarea[name="user[profile_bio]"]');
  return fold(field?.textContent);
}
