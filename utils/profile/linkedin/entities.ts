import type { Education, Experience } from '../snapshot';
import { fold } from '../text';
import { looksLikeDates, parseDateRange } from './dates';
import { multilineText, unmasked, visibleText, withoutMasks } from './dom-text';
import { selectors } from './selectors';

/**
 * 2022/2024 signed-in lists: each entry is an "entity" whose visible lines are `span[aria-hidden=true]`
 * (a visually-hidden copy follows each for screen readers). Lines outside nested lists are the
 * entry's header (title, company, dates, location); nested lists hold descriptions and, for a
 * company with several roles, one nested entity per role.
 */
type Entity = { header: string[]; description: string | null; children: Element[] };

const employmentTypes =
  /^(?:full[- ]time|part[- ]time|self[- ]employed|freelance|contract|internship|apprenticeship|seasonal|permanent|temporary|volunteer|vollzeit|teilzeit|selbstständig|praktikum|temps plein|temps partiel|indépendant|stage|jornada completa|jornada parcial|autónomo|prácticas|a tempo pieno|part-time|tirocinio|tempo integral|meio período|autônomo|estágio)$/i;
const workplaceTypes = /^(?:on-site|remote|hybrid)$/i;

/**
 * the entries of a signed-in list: by LinkedIn's entity markers when they are there, else by meaning,
 * from the screen-reader pattern itself (each visible line is aria-hidden and followed by its spoken
 * copy): the list's own items, and the nested items that carry a date line (roles under one company)
 */
export function signedInEntities(section: Element): Set<Element> {
  const marked = section.querySelectorAll(selectors.signedInEntity);
  return marked.length > 0 ? new Set(marked) : entitiesByMeaning(section);
}

/** a visible line followed by its screen-reader copy: the signed-in lists' own pattern */
function hasSpokenCopies(root: Element): boolean {
  for (const span of root.querySelectorAll('span[aria-hidden="true"]')) {
    const copy = span.nextElementSibling;
    const text = span.textContent?.trim();
    if (copy && copy.localName === 'span' && text && copy.textContent?.trim() === text) return true;
  }
  return false;
}

// more than any profile lists; a hostile page must not cost more than a long one
const maxEntities = 400;

function entitiesByMeaning(section: Element): Set<Element> {
  const found = new Set<Element>();
  if (!hasSpokenCopies(section)) return found;
  for (const item of section.querySelectorAll('li')) {
    if (found.size >= maxEntities) break;
    const outer = item.parentElement?.closest('li') ?? null;
    if (outer === null || !section.contains(outer)) found.add(item);
    else if (ownLines(item).some(looksLikeDates)) found.add(item);
  }
  return found;
}

// the visible lines of an item outside its own nested lists
function ownLines(item: Element): string[] {
  const lines: string[] = [];
  for (const span of item.querySelectorAll('span[aria-hidden="true"]')) {
    if (span.parentElement?.closest('li') !== item) continue;
    const text = visibleText(span);
    if (text) lines.push(text);
  }
  return lines;
}

function closestEntity(element: Element | null, entities: Set<Element>): Element | null {
  for (let current = element; current; current = current.parentElement)
    if (entities.has(current)) return current;
  return null;
}

function topLevelEntities(root: Element, entities: Set<Element>): Element[] {
  return [...entities].filter((entity) => {
    const outer = closestEntity(entity.parentElement, entities);
    return outer === null || !root.contains(outer);
  });
}

function readEntity(entity: Element, entities: Set<Element>): Entity {
  const header: string[] = [];
  const descriptions: string[] = [];
  const children: Element[] = [];
  // nested entries are inside this one: look only there, not through the whole list
  for (const nested of entity.querySelectorAll(`li, ${selectors.signedInEntity}`)) {
    if (entities.has(nested) && closestEntity(nested.parentElement, entities) === entity)
      children.push(nested);
  }
  for (const span of entity.querySelectorAll('span[aria-hidden="true"]')) {
    if (closestEntity(span.parentElement, entities) !== entity) continue;
    const list = span.closest('ul, ol');
    const inNestedList = list !== null && entity.contains(list);
    if (inNestedList) {
      // skill pills ("Python, PyTorch and +3 skills") are links to overlays, not descriptions
      if (span.closest('a[href*="/overlay/"]')) continue;
      const text = multilineText(span);
      if (text) descriptions.push(text);
    } else {
      const text = visibleText(span);
      if (text) header.push(text);
    }
  }
  return {
    header,
    description: descriptions.length > 0 ? descriptions.join('\n') : null,
    children,
  };
}

/** the header lines of each top-level entry of a signed-in list (title, subtitle, dates...) */
export function signedInHeaders(
  section: Element,
  entities: Set<Element> = signedInEntities(section),
): { element: Element; header: string[] }[] {
  return topLevelEntities(section, entities).map((element) => ({
    element,
    header: readEntity(element, entities).header,
  }));
}

/** "Google · Full-time" → "Google"; "Full-time" alone → null */
export function companyFromLine(line: string): string | null {
  const parts = line.split(' · ').map((part) => part.trim());
  const kept = parts.filter(
    (part) => !employmentTypes.test(part) && !/\b\d+\s+(?:yrs?|mos?)\b/.test(part),
  );
  return unmasked(fold(kept.join(' · ')));
}

export function roleFrom(
  lines: string[],
  company: string | null,
  description: string | null,
): Experience {
  const [title, ...rest] = lines;
  let companyName = company;
  let dates: string | null = null;
  let location: string | null = null;
  for (const line of rest) {
    if (!dates && looksLikeDates(line)) dates = line;
    else if (!dates && companyName === null) companyName = companyFromLine(line);
    else if (dates && !location)
      location =
        line
          .split(' · ')
          .filter((part) => !workplaceTypes.test(part.trim()))
          .join(' · ') || null;
  }
  const range = parseDateRange(dates);
  return {
    title: unmasked(title ?? null),
    company: companyName,
    start: range?.start ?? null,
    end: range?.end ?? null,
    location: unmasked(fold(location)),
    description: withoutMasks(description),
  };
}

export function readSignedInExperience(
  section: Element,
  entities: Set<Element> = signedInEntities(section),
): Experience[] {
  const roles: Experience[] = [];
  for (const element of topLevelEntities(section, entities)) {
    const entity = readEntity(element, entities);
    if (entity.header.length === 0) continue;
    const roleChildren = entity.children
      .map((child) => readEntity(child, entities))
      .filter((child) => child.header.length > 0);
    if (roleChildren.length > 0) {
      // one company, several roles: the header names the company, each child is a role
      const company = companyFromLine(entity.header[0] ?? '');
      for (const child of roleChildren)
        roles.push(roleFrom(child.header, company, child.description));
    } else {
      roles.push(roleFrom(entity.header, null, entity.description));
    }
  }
  return roles;
}

export function readSignedInEducation(
  section: Element,
  entities: Set<Element> = signedInEntities(section),
): Education[] {
  const schools: Education[] = [];
  for (const element of topLevelEntities(section, entities)) {
    const [school, ...rest] = readEntity(element, entities).header;
    if (!school) continue;
    const dates = rest.find(looksLikeDates) ?? null;
    const degree = rest.find((line) => line !== dates && !/^grade:/i.test(line)) ?? null;
    const range = parseDateRange(dates);
    schools.push({
      school: unmasked(school),
      degree: unmasked(degree),
      start: range?.start ?? null,
      end: range?.end ?? null,
    });
  }
  return schools;
}

export function readSignedInSkills(
  section: Element,
  entities: Set<Element> = signedInEntities(section),
): string[] {
  const skills: string[] = [];
  for (const element of topLevelEntities(section, entities)) {
    const [name] = readEntity(element, entities).header;
    const skill = unmasked(name ?? null);
    if (skill && !skills.includes(skill)) skills.push(skill);
  }
  return skills;
}

/** links from project entries ("Show project") and other outbound buttons in a section */
export function sectionLinks(section: Element): string[] {
  return [...section.querySelectorAll('a[href]')].map(
    (anchor) => anchor.getAttribute('href') ?? '',
  );
}
