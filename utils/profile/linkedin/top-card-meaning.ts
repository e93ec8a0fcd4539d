import { parseCount } from '../counts';
import { perTask } from '../per-task';
import { fold } from '../text';
import { whileUnchanged } from '../while-unchanged';
import { cleanName, isPronouns, unmasked, visibleText } from './dom-text';
import { actionNames, type Line, nameFitsHandle, nameKey, readingLines } from './reading-order';
import { isSectionHeading } from './section-headings';
import { isIgnored } from './sections';

/** how a field was read, for `extract --explain` */
export type Rule =
  | 'heading'
  | 'title'
  | 'reading-order'
  | 'label'
  | 'structure'
  | 'json-ld'
  | 'embedded-json'
  | 'url';

export type MeaningCard = {
  nameElement: Element | null;
  /** the first line under the name, where the hint goes */
  headlineElement: Element | null;
  name: string | null;
  /** why this heading was taken for the viewed person's name */
  nameEvidence: string[];
  headline: string | null;
  company: string | null;
  school: string | null;
  location: string | null;
  followers: number | null;
  connections: number | null;
  degree: 1 | 2 | 3 | null;
  /** the card shows two different degrees (responsive variants): `degree` is null, other lines may settle it */
  degreeVariants: boolean;
  mutualConnections: number | null;
  /** true when a name heading was found: the card's absent lines are "not on this page" */
  hasCard: boolean;
};

// "· 1st", "2nd", "3rd+", "1er", "2e", "2º", "2°"
const degreeLine =
  /^[·•]?\s*(1st|2nd|3rd|1er|2e|3e|1\.|2\.|3\.|1º|2º|3º|1°|2°|3°)\+?(?:\s+degree(?:\s+connection)?)?$/i;
const followersWords =
  'followers?|follower|abonnenten|follower:innen|abonnés|seguidores|seguidori|follower';
const connectionsWords =
  'connections?|kontakte|relations|contactos|collegamenti|conexões|conexiones';
const followersLine = new RegExp(
  `^(\\d[\\d.,\\u00a0\\u202f ]*[kmb]?\\+?)\\s*(?:${followersWords})$`,
  'i',
);
const connectionsLine = new RegExp(
  `^(\\d[\\d.,\\u00a0\\u202f ]*\\+?)\\s*(?:${connectionsWords})$`,
  'i',
);
const countOnly = /^\d[\d.,\u00a0\u202f ]*[kmb]?\+?$/i;
const countWord = new RegExp(`^(?:${followersWords}|${connectionsWords})$`, 'i');
const mutualLine =
  /mutual connections?|gemeinsame kontakte|relations? en commun|contactos? en común|collegamenti in comune|conexões em comum|can introduce you/i;
const contactInfo =
  /^(?:contact info|kontaktinfo(?:rmationen)?|coordonnées|información de contacto|informazioni di contatto|informações de contato)$/i;
const badgeLine =
  /^(?:·|•|location|industry|current|previous|education|verified|has verifications|premium|open to work|hiring|(?:1st|2nd|3rd)\+? degree connection)$/i;
// the line beside the name: pronouns, "2nd degree connection" for screen readers, "· 2nd"
const badgeRow =
  /^(?:\(?\s*(?:he|she|they|ze|xe|any)\s*\/\s*[a-z]+(?:\s*\/\s*[a-z]+)?\s*\)?\s*)?[·•]?\s*(?:(1st|2nd|3rd)\+?\s+degree connection\s*)?[·•]?\s*(1st|2nd|3rd|1er|2e|3e|1º|2º|3º|1°|2°|3°|1\.|2\.|3\.)\+?$/i;
const schoolWords =
  /\b(?:university|universit[äàé]t?|universidad|università|universidade|college|school|institute|institut|instituto|istituto|academy|akademie|hochschule|polytechnic|école|escuela|escola|faculty|faculdade|facultad)\b/i;

function degreeValue(text: string): 1 | 2 | 3 | null {
  const match = degreeLine.exec(text)?.[1];
  if (!match) return null;
  return match.startsWith('1') ? 1 : match.startsWith('2') ? 2 : 3;
}

// "36 other", "12 weitere", "12 autres", "12 otros"; "altri 12", "outras 12"
const othersAfter =
  /(\d[\d,.]*)\s+(?:other|others|weitere|andere|autres?|otros?|otras?|outros?|outras?)\b/i;
const othersBefore = /\b(?:altri|altre|outros|outras|otros|otras)\s+(\d[\d,.]*)/i;
const namesEnd =
  /(?:\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*)*(?:\d|\b(?:altri|altre|outros|outras|otros|otras)\b|mutual|gemeinsame).*$/i;

/** "Parag, Niyatee and 36 other mutual connections" → 38; "Anna, Marco e altri 12 collegamenti in comune" → 14 */
function mutualCount(text: string): number | null {
  const others = othersAfter.exec(text)?.[1] ?? othersBefore.exec(text)?.[1];
  const named = text
    .replace(namesEnd, '')
    .split(/,|\band\b|\bund\b|\bet\b|\by\b|\be\b/i)
    .map((part) => part.trim())
    .filter((part) => part && !mutualLine.test(part));
  const count = (others ? (parseCount(others) ?? 0) : 0) + named.length;
  if (count > 0) return count;
  const plain = /^(\d[\d,.]*)\s/.exec(text)?.[1];
  return plain ? parseCount(plain) : null;
}

type Candidate = { element: Element; name: string; score: number; evidence: string[] };

const headingSelector = 'h1, h2, h3, [role="heading"]';

/** the heading that names the viewed person: it matches the title, the URL's person and the action labels */
function findNameHeading(
  doc: Document,
  handle: string,
  titleName: string | null,
): Candidate | null {
  const scope = doc.querySelector('main') ?? doc.body;
  if (!scope) return null;
  // keys worked out once, not once per heading
  // a label of no letters ("Follow 123") names no one: an empty key would match every heading
  const labels = actionNames(scope).map(nameKey).filter(Boolean);
  const titleKey = titleName ? nameKey(titleName) : null;
  const handleHint = handle.toLowerCase();
  let best: Candidate | null = null;
  let seen = 0;
  for (const element of scope.querySelectorAll(headingSelector)) {
    if (++seen > 300) break;
    if (isIgnored(element)) continue;
    const text = cleanName(visibleText(element));
    if (!text || text.length > 100 || isSectionHeading(text)) continue;
    const evidence: string[] = [];
    let score = 0;
    const key = nameKey(text);
    if (titleKey !== null && key === titleKey) {
      score += 4;
      evidence.push('title');
    }
    if (labels.some((label) => label === key || key.startsWith(label))) {
      score += 3;
      evidence.push('label');
    }
    if (nameFitsHandle(text, handle)) {
      score += 2;
      evidence.push('url');
    }
    // data-* ids and component keys as hints only: they name the handle near the card
    const keyed = element.closest('[componentkey], [id], [data-member-id]');
    const hint = `${keyed?.getAttribute('componentkey') ?? ''} ${keyed?.getAttribute('id') ?? ''}`;
    if (hint.toLowerCase().includes(handleHint)) {
      score += 1;
      evidence.push('data-hint');
    }
    if (element.tagName === 'H1') score += 1;
    // the costlier check only for a heading that already looks like the person's
    if (score >= 1 && !evidence.includes('url') && linksToHandle(cardOf(element), handleHint)) {
      score += 2;
      evidence.push('own-link');
    }
    // the URL decides whose page it is: a card that never names the URL's person is someone else's
    const ofThisPerson = evidence.some(
      (item) => item === 'url' || item === 'data-hint' || item === 'own-link',
    );
    if (ofThisPerson && score >= 2 && (best === null || score > best.score)) {
      best = { element, name: text, score, evidence };
      // the title, the URL and a label agree (or the title and the URL, on a page with no action
      // labels, as guest pages are): no later heading can do better than that
      if (score >= 9 || (labels.length === 0 && score >= 6 && evidence.includes('title'))) break;
    }
  }
  return best;
}

/** true when the card links to the handle's own profile ("Contact info", the photo, the name) */
function linksToHandle(card: Element, handle: string): boolean {
  for (const anchor of card.querySelectorAll('a[href*="/in/"]')) {
    const segments = (anchor.getAttribute('href') ?? '').split(/[?#]/)[0]?.split('/') ?? [];
    const at = segments.indexOf('in');
    const linked = at >= 0 ? segments[at + 1] : undefined;
    if (!linked) continue;
    try {
      if (decodeURIComponent(linked).toLowerCase() === handle) return true;
    } catch {
      // a malformed escape names nobody
    }
  }
  return false;
}

/** the card around the name: its nearest section, else a few levels up, never the whole page */
function cardOf(name: Element): Element {
  const section = name.closest('section');
  if (section && !isIgnored(section)) return section;
  let node: Element = name;
  for (let depth = 0; depth < 8 && node.parentElement; depth++) {
    const parent = node.parentElement;
    if (parent.tagName === 'MAIN' || parent.tagName === 'BODY') break;
    node = parent;
  }
  return node;
}

function linesAfter(card: Element, name: Element): Line[] {
  const after = readingLines(card, 120).filter((line) => {
    const position = name.compareDocumentPosition(line.node);
    // following the name, and not inside it
    return (position & 4) !== 0 && (position & 16) === 0;
  });
  // the card ends where the next section starts
  const end = after.findIndex((line) => isSectionHeading(line.text));
  return end === -1 ? after : after.slice(0, end);
}

function isMarker(text: string): boolean {
  return (
    followersLine.test(text) ||
    connectionsLine.test(text) ||
    contactInfo.test(text) ||
    badgeRow.test(text) ||
    isPronouns(text)
  );
}

/** "564 followers 500+ connections" or "Stockholm · Contact info" in one line: read each piece */
function splitMarkers(lines: Line[]): Line[] {
  return lines.flatMap((line) =>
    line.parts.length > 1 && line.parts.some(isMarker)
      ? line.parts.map((part) => ({ ...line, text: part, parts: [part] }))
      : [line],
  );
}

function readTopCardByMeaningOnce(
  doc: Document,
  handle: string,
  titleName: string | null,
): MeaningCard {
  const empty: MeaningCard = {
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
  const heading = findNameHeading(doc, handle, titleName);
  if (!heading) return empty;
  const card = cardOf(heading.element);
  const lines = splitMarkers(linesAfter(card, heading.element));
  const result: MeaningCard = {
    ...empty,
    nameElement: heading.element,
    name: heading.name,
    nameEvidence: heading.evidence,
    hasCard: true,
  };
  const content: Line[] = [];
  let contactIndex = -1;
  let firstCountIndex = -1;
  // 2016 guest cards label it: "Location" / "San Francisco Bay Area"
  let labelledLocation = -1;
  const nameText = nameKey(heading.name);
  const degrees = new Set<1 | 2 | 3>();
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line;
    const text = line.text;
    const next = lines[index + 1]?.text ?? '';
    // "(She/Her) · 2nd degree connection · 2nd": badges beside the name, in one line or several
    const badges = badgeRow.exec(text);
    if (badges) {
      const degree = degreeValue(badges[1] ?? badges[2] ?? '');
      if (degree) degrees.add(degree);
      continue;
    }
    // "500+" and "connections" as two lines, or one
    const joined = countOnly.test(text) && countWord.test(next) ? `${text} ${next}` : text;
    const followers = followersLine.exec(joined)?.[1];
    const connections = connectionsLine.exec(joined)?.[1];
    if (followers || connections) {
      if (followers) result.followers ??= parseCount(followers);
      if (connections) result.connections ??= parseCount(connections);
      if (firstCountIndex === -1) firstCountIndex = content.length;
      if (joined !== text) index++;
      continue;
    }
    if (mutualLine.test(text)) {
      // "See your mutual connections" (a sign-in prompt) names nobody and counts nothing
      if (/\d|\b(?:is|are) (?:a )?mutual connections?\b/i.test(text) && !/^see\b/i.test(text))
        result.mutualConnections ??= mutualCount(text);
      continue;
    }
    if (contactInfo.test(text)) {
      if (contactIndex === -1) contactIndex = content.length;
      continue;
    }
    if (/^location$/i.test(text) && labelledLocation === -1) labelledLocation = content.length;
    if (line.interactive || badgeLine.test(text) || isPronouns(text)) continue;
    if (nameKey(text) === nameText) continue;
    if (text.length > 400) continue;
    content.push(line);
  }
  // two different degrees in one card (responsive variants) cannot be told apart: unknown
  result.degree = degrees.size === 1 ? ([...degrees][0] ?? null) : null;
  result.degreeVariants = degrees.size > 1;
  const [headline] = content;
  result.headline = headline ? unmasked(headline.text) : null;
  result.headlineElement = headline?.element ?? null;
  // the location is the line before "Contact info", else the last line before the counts
  const locationIndex =
    contactIndex > 0
      ? contactIndex - 1
      : firstCountIndex > 1
        ? firstCountIndex - 1
        : labelledLocation > 0 && labelledLocation < content.length
          ? labelledLocation
          : -1;
  const location = locationIndex > 0 ? content[locationIndex] : undefined;
  result.location = location ? unmasked(location.text) : null;
  // between the headline and the location: "Company · School"
  const middle = content[1] && content[1] !== location ? content[1].text : null;
  if (middle) {
    const parts = middle.split(/\s+·\s+/).map((part) => fold(part) ?? '');
    const [first, second] = parts;
    if (second) {
      result.company = unmasked(first ?? null);
      result.school = unmasked(second);
    } else if (first && schoolWords.test(first)) {
      result.school = unmasked(first);
    } else if (locationIndex > 1) {
      // one name alone is the employer only when the location line below it is known
      result.company = unmasked(first ?? null);
    }
  }
  return result;
}

/**
 * reads the top card by what a person sees, in reading order under the name heading: once per task,
 * and again only once the card changed. Kept only when the title names the heading: a heading parsed
 * later can then not be a better match, so the card alone decides the answer
 */
export const readTopCardByMeaning = perTask(
  whileUnchanged(readTopCardByMeaningOnce, (card) =>
    card.nameElement && card.nameEvidence.includes('title') ? cardOf(card.nameElement) : null,
  ),
);
