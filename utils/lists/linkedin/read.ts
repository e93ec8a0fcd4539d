import { groupCards, inPageChrome, type PersonLink } from '../cards';
import { cardLines, clip, countOf, squash } from '../text';
import { type ListEntry, type ListKind, type ListPerson, newMemo, type ReadMemo } from '../types';
import { type LinkedinTarget, linkedinTarget, memberIdIn } from './links';

// the people sidebars of a profile page, by their headings
const sidebarHeading =
  /^(?:more profiles for you|explore premium profiles|people also viewed|people you may know|similar profiles)/i;
const degreeLine = /^(?:[•·]\s*)?(1st|2nd|3rd\+?)(?:\s+degree connection)?$/i;
const degreeAnywhere = /(?:^|[•·]\s*)(1st|2nd|3rd)\+?\b/i;
const mutualLine = /\bmutual connections?\b|\bmutual\b/i;
// buttons, screen-reader notes and badges: page furniture, not what the person wrote
const noise = [
  /^view .{0,200}(?:’|')s?\s*profile$/i,
  /^status is (?:offline|online|away|reachable|busy)/i,
  /^verified(?: member)?$/i,
  /^(?:connect|message|follow|following|unfollow|pending|more|save|invite|remove|ignore|accept)$/i,
  /^show (?:more|all)/i,
  /^connected on\b/i,
  /^(?:premium|open to work|hiring|provides services|out of network)$/i,
  /profile picture$/i,
  /^[•·|,]+$/,
  /^\d[\d,.]*[km]?\s+followers?$/i,
  /^(?:current|past|summary|skills?):/i,
];
const mentionSentence =
  /\bmutual\b|\bfollows?\b|\balso follow|\bworks? here\b|\bworked here\b|\bstudied here\b/i;
const adLine = /^(?:promoted|sponsored|ad)$/i;
const memberPlaceholder = /^linkedin member$/i;

const isNoise = (line: string): boolean => noise.some((re) => re.test(line));

/** a link inside a sentence ("Ana and 4 other mutual connections"): someone mentioned, not listed */
function isMention(link: Element): boolean {
  const own = squash(link.textContent ?? '');
  if (!own || isNoise(own)) return false;
  let el = link.parentElement;
  for (let level = 0; el && level < 2; level++, el = el.parentElement) {
    const text = squash(el.textContent ?? '');
    if (text.length > own.length + 3 && mentionSentence.test(text))
      return text.length < own.length + 300;
  }
  return false;
}

/** the name a link shows, without the "View X's profile" twin screen readers hear */
function nameOf(link: Element): string | null {
  const lines = cardLines(link).filter((line) => !isNoise(line) && !degreeLine.test(line));
  let name = lines[0] ?? null;
  const spoken = /^view (.{1,200}?)(?:’|')s?\s*profile$/i.exec(squash(link.textContent ?? ''));
  if (!name && spoken?.[1]) name = spoken[1];
  if (!name) {
    const pictured = /^(.{1,200}?)(?:’|')s profile picture$/i.exec(
      link.querySelector('img[alt]')?.getAttribute('alt') ?? '',
    );
    name = pictured?.[1] ?? null;
  }
  if (!name) return null;
  name = name.replace(/\s*[•·]\s*(?:1st|2nd|3rd\+?)\s*$/i, '').trim();
  return name && !memberPlaceholder.test(name) && !mentionSentence.test(name)
    ? clip(name, 200)
    : null;
}

function roots(doc: Document, kind: ListKind): Element[] {
  if (kind !== 'linkedin-sidebar') {
    const main = doc.querySelector('main, [role="main"]') ?? doc.body;
    return main ? [main] : [];
  }
  const found = new Set<Element>();
  for (const heading of doc.querySelectorAll('h2, h3, h4, [role="heading"]')) {
    const title = squash(heading.textContent ?? '');
    if (title.length > 120 || !sidebarHeading.test(title)) continue;
    const box = heading.closest('section, aside');
    if (box) found.add(box);
  }
  // an outer box already covers its inner ones
  return [...found].filter(
    (box) => ![...found].some((other) => other !== box && other.contains(box)),
  );
}

/** the signed-in viewer: the navigation's "Me" links to their own profile */
function viewerIds(doc: Document, base: string): Set<string> {
  const ids = new Set<string>();
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('nav a[href], header a[href]')) {
    const target = linkedinTarget(link.getAttribute('href') ?? '', base);
    const id = target?.handle ?? target?.memberId;
    if (id) ids.add(id.toLowerCase());
  }
  return ids;
}

function mutualOf(lines: string[], mentions: number): number | null {
  const line = lines.find((l) => mutualLine.test(l));
  if (!line) return null;
  const others = /(\d[\d,]*)\s+other\s+mutual/i.exec(line);
  if (others) return (countOf(others[1] ?? '') ?? 0) + mentions;
  const plain = /^(\d[\d,]*)\s+mutual/i.exec(line);
  if (plain) return countOf(plain[1] ?? '');
  if (/\bis a mutual connection\b/i.test(line)) return 1;
  if (/\band\b.*\bare mutual connections\b/i.test(line)) return Math.max(2, mentions);
  return mentions > 0 ? mentions : null;
}

const degreeNumber = (value: string | undefined): number | null =>
  value
    ? (({ '1st': 1, '2nd': 2, '3rd': 3 } as Record<string, number>)[
        value.toLowerCase().replace('+', '')
      ] ?? null)
    : null;

// a location line is short, and names places: letters, commas, spaces, no role words
const placeLike = /^[\p{L}\p{M} .,'’()-]{2,80}$/u;
const roleWords =
  /\b(?:at|engineer|developer|manager|founder|director|scientist|student|lead|head|ceo|cto|vp|intern|consultant|researcher|designer)\b/i;

function readCard(
  card: Element,
  links: PersonLink[],
  base: string,
  kind: ListKind,
): ListEntry | null {
  const lines = cardLines(card);
  if (lines.some((line) => adLine.test(line))) return null;
  let target: LinkedinTarget | null = null;
  let name: string | null = null;
  let anchor: Element | null = null;
  for (const { link } of links) {
    target ??= linkedinTarget(link.getAttribute('href') ?? '', base);
    if (name) continue;
    name = nameOf(link);
    if (name) anchor = link;
  }
  if (!target || !name || !anchor) return null;
  // the same person may be linked by handle and by member id within one card
  let handle = target.handle;
  let memberId = target.memberId;
  for (const { link } of links) {
    const other = linkedinTarget(link.getAttribute('href') ?? '', base);
    handle ??= other?.handle ?? null;
    memberId ??= other?.memberId ?? null;
  }
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
    const other = linkedinTarget(link.getAttribute('href') ?? '', base);
    const id = other?.handle ?? other?.memberId;
    if (id && id !== handle && id !== memberId && isMention(link)) mentioned.add(id);
  }
  const mentions = mentioned.size;
  const at = lines.findIndex((line) => line === name || line.startsWith(name as string));
  let degree: number | null = null;
  const rest: string[] = [];
  for (const line of lines.slice(at + 1)) {
    const deg = degreeLine.exec(line) ?? (line.length < 40 ? degreeAnywhere.exec(line) : null);
    if (deg) {
      degree ??= degreeNumber(deg[1]);
      continue;
    }
    if (isNoise(line) || mutualLine.test(line) || memberPlaceholder.test(line) || line === name)
      continue;
    rest.push(line);
  }
  // the name line itself may carry the degree ("Ana Example • 2nd")
  degree ??= degreeNumber(degreeAnywhere.exec(lines[at] ?? '')?.[1]);
  // everyone on "My Network › Connections" is a 1st-degree connection: the page says so
  if (kind === 'linkedin-connections') degree ??= 1;
  const headline = rest[0] ?? null;
  const second = rest[1];
  const location = second && placeLike.test(second) && !roleWords.test(second) ? second : null;
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

/** the people a LinkedIn list shows; never the viewer, the viewed profile, ads or "LinkedIn Member" */
export function readLinkedinList(
  doc: Document,
  url: URL,
  kind: ListKind,
  memo: ReadMemo = newMemo(),
): ListEntry[] {
  const base = url.href;
  const exclude = viewerIds(doc, base);
  if (kind === 'linkedin-sidebar') {
    const own = linkedinTarget(url.pathname, base);
    const id = own?.handle ?? own?.memberId;
    if (id) exclude.add(id.toLowerCase());
  }
  const people: ListEntry[] = [];
  const seen = new Set<string>();
  for (const root of roots(doc, kind)) {
    const links: PersonLink[] = [];
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href*="/in/"]')) {
      const href = link.getAttribute('href') ?? '';
      let note = memo.links.get(link);
      if (note?.href !== href) {
        const target =
          inPageChrome(link) || (kind !== 'linkedin-sidebar' && link.closest('aside'))
            ? null
            : linkedinTarget(href, base);
        const found = (target?.handle ?? target?.memberId)?.toLowerCase() ?? null;
        note = { href, id: found && !isMention(link) ? found : null };
        memo.links.set(link, note);
      }
      const id = note.id;
      if (!id || exclude.has(id)) continue;
      links.push({ link, id });
    }
    for (const [card, group] of groupCards(links, root)) {
      let entry = memo.cards.get(card);
      if (entry === undefined) {
        entry = readCard(card, group, base, kind);
        memo.cards.set(card, entry);
      }
      if (!entry) continue;
      const { person } = entry;
      const keys = [person.handle, person.memberId]
        .filter(Boolean)
        .map((k) => (k as string).toLowerCase());
      if (keys.some((k) => seen.has(k) || exclude.has(k))) continue;
      for (const k of keys) seen.add(k);
      people.push(entry);
    }
  }
  return people;
}
