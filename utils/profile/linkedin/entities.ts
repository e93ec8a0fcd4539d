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

function topLevelEntities(root: Element): Element[] {
  return [...root.querySelectorAll(selectors.signedInEntity)].filter((entity) => {
    const outer = entity.parentElement?.closest(selectors.signedInEntity) ?? null;
    return outer === null || !root.contains(outer);
  });
}

function readEntity(entity: Element): Entity {
  const header: string[] = [];
  const descriptions: string[] = [];
  const children: Element[] = [];
  for (const nested of entity.querySelectorAll(selectors.signedInEntity)) {
    if (nested.parentElement?.closest(selectors.signedInEntity) === entity) children.push(nested);
  }
  for (const span of entity.querySelectorAll('span[aria-hidden="true"]')) {
    if (span.parentElement?.closest(selectors.signedInEntity) !== entity) continue;
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

export function readSignedInExperience(section: Element): Experience[] {
  const roles: Experience[] = [];
  for (const element of topLevelEntities(section)) {
    const entity = readEntity(element);
    if (entity.header.length === 0) continue;
    const roleChildren = entity.children.map(readEntity).filter((child) => child.header.length > 0);
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

export function readSignedInEducation(section: Element): Education[] {
  const schools: Education[] = [];
  for (const element of topLevelEntities(section)) {
    const [school, ...rest] = readEntity(element).header;
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

export function readSignedInSkills(section: Element): string[] {
  const skills: string[] = [];
  for (const element of topLevelEntities(section)) {
    const [name] = readEntity(element).header;
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
