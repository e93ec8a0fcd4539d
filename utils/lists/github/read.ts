import { isAccountSegment } from '../../profile/github/detect';
import { chromeTest, groupCards, type PersonLink } from '../cards';
import { cardLines, clip, squash } from '../text';
import { type ListEntry, type ListKind, type ListPerson, newMemo, type ReadMemo } from '../types';

// buttons, roles and counts: page furniture. Tested in lower case, with string tests first: on a
// cold page each regular expression is compiled before its first use
const noiseLines = new Set([
  'follow',
  'unfollow',
  'following',
  'sponsor',
  'block',
  'report',
  'member',
  'owner',
  'outside collaborator',
  'public',
  'private',
]);
const counts =
  /^(?:\d[\d,.]*[km]?\s+(?:commits?|followers?|following|repositories|stars?)\b|[\d,]+\s*\+\+|[\d,]+\s*--$|#\d+$)/;
/** a card line that is page furniture: a button, a role, a count */
export function isNoise(line: string): boolean {
  const lower = line.toLowerCase();
  if (noiseLines.has(lower)) return true;
  if (lower.startsWith('joined')) return !/\w/.test(lower.charAt(6));
  const first = lower.charAt(0);
  return (first === ',' || first === '#' || (first >= '0' && first <= '9')) && counts.test(lower);
}

// the common shape, "/login" or "https://github.com/login", read without building a URL
const plainLink = /^(?:https:\/\/(?:www\.)?github\.com)?\/([A-Za-z0-9-]+)\/?$/;

/** the login a link points at: github.com/<login> and nothing more, or null */
export function githubLogin(href: string, base: string): string | null {
  const plain = base.startsWith('https://github.com/') ? plainLink.exec(href) : null;
  if (plain) return isAccountSegment(plain[1]) ? (plain[1] as string) : null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.hostname !== 'github.com' && url.hostname !== 'www.github.com') return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const login = segments[0];
  if (segments.length !== 1 || !login || url.search.includes('tab=')) return null;
  return isAccountSegment(login) ? login : null;
}

const inListItem = (el: Element): boolean =>
  el.closest('li, tr, article, [role="listitem"], [role="row"]') !== null;

function locationOf(card: Element): string | null {
  const marker = card.querySelector(
    '[itemprop="homeLocation"], [aria-label="Location"], [aria-label="Home location"], svg.octicon-location',
  );
  const holder = marker?.tagName.toLowerCase() === 'svg' ? marker.parentElement : marker;
  const text = squash(holder?.textContent ?? '');
  return text ? clip(text, 200) : null;
}

function readCard(card: Element, links: PersonLink[], login: string): ListEntry | null {
  const lines = cardLines(card).filter((line) => !isNoise(line));
  let display: string | null = null;
  // the link with words in it (the name or login), not the avatar
  let anchor: Element | null = null;
  for (const { link } of links) {
    if (squash(link.textContent ?? '')) anchor ??= link;
    const said = squash(link.textContent ?? '').replace(/^@/, '');
    // "Mia Mentor ml-mentor-mia": the login after the name is not part of it
    const text = said.toLowerCase().endsWith(login.toLowerCase())
      ? said.slice(0, said.length - login.length).trim()
      : said;
    if (text && text.toLowerCase() !== login.toLowerCase()) {
      display = clip(text, 200);
      anchor = link;
      break;
    }
  }
  const location = locationOf(card);
  const known = new Set([
    login.toLowerCase(),
    `@${login.toLowerCase()}`,
    display?.toLowerCase(),
    location?.toLowerCase(),
  ]);
  const bio =
    lines.find(
      (line) => !known.has(line.toLowerCase()) && !line.toLowerCase().includes(login.toLowerCase()),
    ) ?? null;
  const person: ListPerson = {
    source: 'github',
    handle: login,
    memberId: null,
    url: `https://github.com/${login}`,
    name: display ?? login,
    headline: bio,
    location,
    degree: null,
    mutual: null,
  };
  return { person, card, anchor: anchor ?? links[links.length - 1]?.link ?? card };
}

/** whose page this is: the followers page's owner, the repository's or organisation's owner */
function ownerOf(url: URL, kind: ListKind): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  if (kind === 'github-org-people') return segments[1] ?? null;
  if (kind === 'github-user-search') return null;
  return segments[0] ?? null;
}

/** the people a GitHub list shows; never the signed-in viewer or the page's own header */
export function readGithubList(
  doc: Document,
  url: URL,
  kind: ListKind,
  memo: ReadMemo = newMemo(),
): ListEntry[] {
  const base = url.href;
  const viewer =
    doc.querySelector('meta[name="user-login"]')?.getAttribute('content')?.toLowerCase() ?? '';
  const owner = ownerOf(url, kind)?.toLowerCase() ?? '';
  const root = doc.querySelector('main, [role="main"], #org-members-table') ?? doc.body;
  if (!root) return [];
  const links: PersonLink[] = [];
  const inChrome = chromeTest(root);
  // whom a link lists, or null: read once per link and href
  const personLink = (link: Element, href: string): string | null => {
    if (inChrome(link)) return null;
    const login = githubLogin(href, base);
    if (!login) return null;
    const id = login.toLowerCase();
    if (id === viewer) return null;
    const hovercardUrl = link.getAttribute('data-hovercard-url') ?? '';
    const hovercard =
      link.getAttribute('data-hovercard-type') ??
      (hovercardUrl.startsWith('/users/') ? 'user' : null);
    if (hovercard && hovercard !== 'user') return null;
    // the page's owner is listed only inside the list itself (a repository's owner among its contributors)
    if (id === owner && (kind === 'github-followers' || !inListItem(link))) return null;
    if (!hovercard && !inListItem(link) && kind !== 'github-user-search') return null;
    return id;
  };
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    let note = memo.links.get(link);
    if (note?.href !== href) {
      note = { href, id: personLink(link, href) };
      memo.links.set(link, note);
    }
    const id = note.id;
    if (!id) continue;
    links.push({ link, id });
  }
  const people: ListEntry[] = [];
  const seen = new Set<string>();
  for (const [card, group] of groupCards(links, root)) {
    const login = githubLogin(group[0]?.link.getAttribute('href') ?? '', base);
    if (!login || seen.has(login.toLowerCase())) continue;
    let entry = memo.cards.get(card);
    if (entry === undefined) {
      entry = readCard(card, group, login);
      memo.cards.set(card, entry);
    }
    if (!entry) continue;
    seen.add(login.toLowerCase());
    people.push(entry);
  }
  return people;
}
