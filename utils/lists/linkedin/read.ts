import { chromeTest, groupCards, type PersonLink } from '../cards';
import { clip, countOf, type RawLines, rawLines, squash, withoutRepeats } from '../text';
import {
  type LinkNote,
  type ListEntry,
  type ListKind,
  type ListPerson,
  newMemo,
  type ReadMemo,
} from '../types';
import { type LinkedinTarget, linkedinTarget, memberIdIn } from './links';

// Every test here is on text in lower case, and most are plain string tests: on a cold page each
// regular expression is compiled before its first use, one with the i flag at twice the cost

// the people sidebars of a profile page, by their headings
const sidebarHeading =
  /^(?:more profiles for you|explore premium profiles|people also viewed|people you may know|similar profiles)/;
const hasDegree = (lower: string): boolean =>
  lower.includes('1st') || lower.includes('2nd') || lower.includes('3rd');
const degreeLine = /^(?:[•·]\s*)?(1st|2nd|3rd\+?)(?:\s+degree connection)?$/;
const degreeAnywhere = /(?:^|[•·]\s*)(1st|2nd|3rd)\+?\b/;
const isDegreeLine = (lower: string): boolean => hasDegree(lower) && degreeLine.test(lower);
const mutualWord = /\bmutual\b/;
const isMutualLine = (lower: string): boolean => lower.includes('mutual') && mutualWord.test(lower);

// buttons, screen-reader notes and badges: page furniture, not what the person wrote
const noiseLines = new Set([
  'connect',
  'message',
  'follow',
  'following',
  'unfollow',
  'pending',
  'more',
  'save',
  'invite',
  'remove',
  'ignore',
  'accept',
  'premium',
  'open to work',
  'hiring',
  'provides services',
  'out of network',
  'verified',
  'verified member',
]);
const statuses = ['offline', 'online', 'away', 'reachable', 'busy'].map((s) => `status is ${s}`);
const labels = new Set(['current:', 'past:', 'summary:', 'skill:', 'skills:']);
const viewProfile = /^view .{0,200}(?:’|')s?\s*profile$/;
const followersLine = /^\d[\d,.]*[km]?\s+followers?$/;
const separators = /^[•·|,]+$/;
/** a card line (in lower case) that is page furniture, not what the person wrote */
export function isNoise(lower: string): boolean {
  if (noiseLines.has(lower) || lower.endsWith('profile picture')) return true;
  const space = lower.indexOf(' ');
  const first = space < 0 ? lower : lower.slice(0, space);
  const colon = first.indexOf(':');
  if (colon > 0 && labels.has(first.slice(0, colon + 1))) return true;
  switch (first) {
    case 'status':
      return statuses.some((status) => lower.startsWith(status));
    case 'show':
      return lower.startsWith('show more') || lower.startsWith('show all');
    case 'connected':
      return lower.startsWith('connected on') && !/\w/.test(lower.charAt(12));
    case 'view':
      return lower.endsWith('profile') && viewProfile.test(lower);
  }
  if (lower.endsWith('follower') || lower.endsWith('followers')) return followersLine.test(lower);
  return separators.test(lower);
}

// a sentence that mentions people; in text not yet squashed, any run of spaces may part its words
const mentionWords =
  /\bmutual\b|\bfollows?\b|\balso\s+follow|\bworks?\s+here\b|\bworked\s+here\b|\bstudied\s+here\b/;
const mentions = (lower: string): boolean =>
  (lower.includes('mutual') || lower.includes('follow') || lower.includes('here')) &&
  mentionWords.test(lower);
const adLines = new Set(['promoted', 'sponsored', 'ad']);
const memberPlaceholder = 'linkedin member';

/** a link inside a sentence ("Ana and 4 other mutual connections"): someone mentioned, not listed */
function isMention(link: Element): boolean {
  const parent = link.parentElement;
  // the parent's text is part of the grandparent's: when that names none of the words, neither does it
  const outer = (parent?.parentElement ?? parent)?.textContent?.toLowerCase() ?? '';
  if (!outer.includes('mutual') && !outer.includes('follow') && !outer.includes('here'))
    return false;
  let own: string | null = null;
  let el = parent;
  for (let level = 0; el && level < 2; level++, el = el.parentElement) {
    // most boxes hold no such sentence: their text is tested as it is, not squashed first, and
    // the link's own text is read only for one that does
    const raw = el.textContent ?? '';
    if (!mentions(raw.toLowerCase())) continue;
    own ??= squash(link.textContent ?? '');
    if (!own || isNoise(own.toLowerCase())) return false;
    const text = squash(raw);
    if (text.length > own.length + 3) return text.length < own.length + 300;
  }
  return false;
}

const nameLike = (line: string): boolean => {
  const lower = line.toLowerCase();
  return !isNoise(lower) && !isDegreeLine(lower);
};

/** the first line a link shows that can be a name, from its card's walk (or its own, if that stopped short) */
function firstNameLine(link: Element, card: RawLines): string | null {
  for (let at = 0; at < card.text.length; at++) {
    const line = card.text[at] as string;
    if (card.link[at] === link && nameLike(line)) return line;
  }
  return card.cut ? (rawLines(link).text.find(nameLike) ?? null) : null;
}

/** the name a link shows, without the "View X's profile" twin screen readers hear */
function nameOf(link: Element, card: RawLines): string | null {
  let name = firstNameLine(link, card);
  if (!name) {
    const spoken = /^view (.{1,200}?)(?:’|')s?\s*profile$/i.exec(squash(link.textContent ?? ''));
    name = spoken?.[1] ?? null;
  }
  if (!name) {
    const pictured = /^(.{1,200}?)(?:’|')s profile picture$/i.exec(
      link.querySelector('img[alt]')?.getAttribute('alt') ?? '',
    );
    name = pictured?.[1] ?? null;
  }
  if (!name) return null;
  if (hasDegree(name.toLowerCase())) name = name.replace(/\s*[•·]\s*(?:1st|2nd|3rd\+?)\s*$/i, '');
  name = name.trim();
  const lower = name.toLowerCase();
  return name && lower !== memberPlaceholder && !mentions(lower) ? clip(name, 200) : null;
}

// the same headings in text not yet squashed: most of a page's headings fail at their first letter
const sidebarHeadingRaw =
  /^\s*(?:more\s+profiles\s+for\s+you|explore\s+premium\s+profiles|people\s+also\s+viewed|people\s+you\s+may\s+know|similar\s+profiles)/;

/** the boxes whose people a list page lists: the main column, or a profile's people sidebars */
export function linkedinListRoots(doc: Document, kind: ListKind): Element[] {
  if (kind !== 'linkedin-sidebar') {
    const main = doc.querySelector('main, [role="main"]') ?? doc.body;
    return main ? [main] : [];
  }
  const found = new Set<Element>();
  for (const heading of doc.querySelectorAll('h2, h3, h4, [role="heading"]')) {
    const raw = (heading.textContent ?? '').toLowerCase();
    if (!sidebarHeadingRaw.test(raw)) continue;
    const title = squash(raw);
    if (title.length > 120 || !sidebarHeading.test(title)) continue;
    const box = heading.closest('section, aside');
    if (box) found.add(box);
  }
  // an outer box already covers its inner ones
  return [...found].filter(
    (box) => ![...found].some((other) => other !== box && other.contains(box)),
  );
}

/** the signed-in viewer: the navigation's "Me" links to their own profile (read once it shows) */
function viewerIds(doc: Document, base: string, memo: ReadMemo): Set<string> {
  if (memo.viewer) return memo.viewer;
  const ids = new Set<string>();
  for (const link of doc.querySelectorAll('nav a[href*="/in/"], header a[href*="/in/"]')) {
    const target = linkedinTarget(link.getAttribute('href') ?? '', base);
    const id = target?.handle ?? target?.memberId;
    if (id) ids.add(id.toLowerCase());
  }
  if (ids.size > 0) memo.viewer = ids;
  return ids;
}

function mutualOf(lines: string[], mentions: number): number | null {
  const line = lines.find((l) => isMutualLine(l.toLowerCase()))?.toLowerCase();
  if (!line) return null;
  const others = /(\d[\d,]*)\s+other\s+mutual/.exec(line);
  if (others) return (countOf(others[1] ?? '') ?? 0) + mentions;
  const plain = /^(\d[\d,]*)\s+mutual/.exec(line);
  if (plain) return countOf(plain[1] ?? '');
  if (/\bis a mutual connection\b/.test(line)) return 1;
  if (/\band\b.*\bare mutual connections\b/.test(line)) return Math.max(2, mentions);
  return mentions > 0 ? mentions : null;
}

const degreeNumber = (value: string | undefined): number | null =>
  value
    ? (({ '1st': 1, '2nd': 2, '3rd': 3 } as Record<string, number>)[
        value.toLowerCase().replace('+', '')
      ] ?? null)
    : null;

// a location line is short, and names places: letters, commas, spaces, no role words. Latin
// letters are tested first: a Unicode property class costs a millisecond to compile on a cold page
const placeLatin = /^[A-Za-z .,'’()-]{2,80}$/;
const placeAny = /^[\p{L}\p{M} .,'’()-]{2,80}$/u;
const placeLike = (line: string): boolean =>
  placeLatin.test(line) || (/[^\x20-\x7e]/.test(line) && placeAny.test(line));
const roleWords =
  /\b(?:at|engineer|developer|manager|founder|director|scientist|student|lead|head|ceo|cto|vp|intern|consultant|researcher|designer)\b/;

/** what a link was read as, read again only when its href changed; `left` tells links the list leaves out */
function noteOf(
  link: Element,
  base: string,
  left: (el: Element) => boolean,
  memo: ReadMemo,
): LinkNote {
  const href = link.getAttribute('href') ?? '';
  const known = memo.links.get(link);
  if (known?.href === href && known.target !== undefined) return known;
  const hidden = left(link);
  const target = linkedinTarget(href, base);
  const found = target?.handle ?? target?.memberId ?? null;
  // a link in a sentence ("Ana and 4 other mutual connections") mentions someone, it lists no one
  const mention = found && !hidden && isMention(link) ? found : null;
  const note: LinkNote = {
    href,
    id: found && !hidden && !mention ? found.toLowerCase() : null,
    mention: hidden ? undefined : mention,
    target,
  };
  memo.links.set(link, note);
  return note;
}

function readCard(
  card: Element,
  links: PersonLink[],
  base: string,
  kind: ListKind,
  left: (el: Element) => boolean,
  memo: ReadMemo,
): ListEntry | null {
  // one walk of the card: its lines, and which of them each of the person's links holds
  const walked = rawLines(card, new Set(links.map((l) => l.link)));
  const lines = withoutRepeats(walked.text);
  const lower = lines.map((line) => line.toLowerCase());
  if (lower.some((line) => adLines.has(line))) return null;
  let target: LinkedinTarget | null = null;
  let name: string | null = null;
  let anchor: Element | null = null;
  // the same person may be linked by handle and by member id within one card
  let handle: string | null = null;
  let memberId: string | null = null;
  for (const { link } of links) {
    const other = noteOf(link, base, left, memo).target ?? null;
    target ??= other;
    handle ??= other?.handle ?? null;
    memberId ??= other?.memberId ?? null;
    if (name) continue;
    name = nameOf(link, walked);
    if (name) anchor = link;
  }
  if (!target || !name || !anchor) return null;
  handle = target.handle ?? handle;
  memberId = target.memberId ?? memberId;
  if (!memberId) {
    for (const el of card.querySelectorAll(
      'a[href*="recipient="], [data-entity-urn], [componentkey*="ACo"]',
    )) {
      memberId = memberIdIn(
        `${el.getAttribute('href') ?? ''} ${el.getAttribute('data-entity-urn') ?? ''}`,
      );
      if (memberId) break;
    }
  }
  const mentioned = new Set<string>();
  for (const link of card.querySelectorAll('a[href*="/in/"]')) {
    const note = noteOf(link, base, left, memo);
    // links the list itself leaves out (page chrome) were never asked whether they mention someone
    const id =
      note.mention !== undefined
        ? note.mention
        : (() => {
            const found = note.target?.handle ?? note.target?.memberId;
            return found && found !== handle && found !== memberId && isMention(link)
              ? found
              : null;
          })();
    if (id && id !== handle && id !== memberId) mentioned.add(id);
  }
  const mentions = mentioned.size;
  const at = lines.findIndex((line) => line === name || line.startsWith(name as string));
  let degree: number | null = null;
  const rest: string[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    const low = lower[i] as string;
    const deg = hasDegree(low)
      ? (degreeLine.exec(low) ?? (low.length < 40 ? degreeAnywhere.exec(low) : null))
      : null;
    if (deg) {
      degree ??= degreeNumber(deg[1]);
      continue;
    }
    if (isNoise(low) || isMutualLine(low) || low === memberPlaceholder || line === name) continue;
    rest.push(line);
    // the headline and the line after it are all that is used, once the degree is known
    if (rest.length >= 2 && degree !== null) break;
  }
  // the name line itself may carry the degree ("Ana Example • 2nd")
  degree ??= degreeNumber(degreeAnywhere.exec(lower[at] ?? '')?.[1]);
  // everyone on "My Network › Connections" is a 1st-degree connection: the page says so
  if (kind === 'linkedin-connections') degree ??= 1;
  const headline = rest[0] ?? null;
  const second = rest[1];
  const location =
    second && placeLike(second) && !roleWords.test(second.toLowerCase()) ? second : null;
  const person: ListPerson = {
    source: 'linkedin',
    handle,
    memberId,
    url: handle ? `https://www.linkedin.com/in/${encodeURIComponent(handle)}/` : target.url,
    name,
    headline,
    location,
    degree,
    mutual: mutualOf(lines, mentions),
  };
  return { person, card, anchor };
}

/**
 * the people a LinkedIn list shows; never the viewer, the viewed profile, ads or "LinkedIn Member".
 * `within`: only these of the list's boxes (linkedinListRoots), e.g. the sidebars near the viewport
 */
export function readLinkedinList(
  doc: Document,
  url: URL,
  kind: ListKind,
  memo: ReadMemo = newMemo(),
  within?: Element[],
): ListEntry[] {
  const base = url.href;
  const viewer = viewerIds(doc, base, memo);
  let viewed: string | null = null;
  if (kind === 'linkedin-sidebar') {
    const own = linkedinTarget(url.pathname, base);
    viewed = (own?.handle ?? own?.memberId)?.toLowerCase() ?? null;
  }
  const excluded = (id: string) => id === viewed || viewer.has(id);
  const people: ListEntry[] = [];
  const seen = new Set<string>();
  for (const root of within ?? linkedinListRoots(doc, kind)) {
    // page chrome, and asides outside the sidebars: their links list no one
    const left = chromeTest(root, kind === 'linkedin-sidebar' ? undefined : 'aside');
    const links: PersonLink[] = [];
    for (const link of root.querySelectorAll('a[href*="/in/"]')) {
      const id = noteOf(link, base, left, memo).id;
      if (!id || excluded(id)) continue;
      links.push({ link: link as HTMLAnchorElement, id });
    }
    for (const [card, group] of groupCards(links, root)) {
      let entry = memo.cards.get(card);
      if (entry === undefined) {
        entry = readCard(card, group, base, kind, left, memo);
        memo.cards.set(card, entry);
      }
      if (!entry) continue;
      const { person } = entry;
      const keys = [person.handle, person.memberId]
        .filter(Boolean)
        .map((k) => (k as string).toLowerCase());
      if (keys.some((k) => seen.has(k) || excluded(k))) continue;
      for (const k of keys) seen.add(k);
      people.push(entry);
    }
  }
  return people;
}
