import type { Education, Experience } from '../snapshot';
import { looksLikeDates, parseDateRange } from './dates';
import { unmasked, withoutMasks } from './dom-text';
import { companyFromLine, roleFrom } from './entities';
import { type Line, readingLines } from './reading-order';
import { headingPatterns, isSectionHeading } from './section-headings';

// buttons and toggles inside a list, in the supported languages
const chrome =
  /^(?:show all\b.*|show (?:more|less)|see (?:more|less|all)\b.*|…\s*(?:more|see more)|endorse|alle .* anzeigen|mehr anzeigen|afficher (?:tout|plus)\b.*|voir plus|mostrar (?:todo|más)\b.*|ver más|mostra (?:tutto|altro)\b.*|exibir (?:tudo|mais)\b.*|ver mais)$/i;
const maxItems = 200;

/** an entry's lines in reading order, without buttons, toggles or section headings */
export function contentLines(root: Element): string[] {
  return (
    readingLines(root, 60)
      // links stay (a company name often is one); buttons are controls, not content
      .filter((line: Line) => line.element.closest('button, [role="button"]') === null)
      .map((line) => line.text)
      .filter((text) => !chrome.test(text) && !isSectionHeading(text))
  );
}

/**
 * the entries of a section by their layout: list items when there are any, else the children of the
 * block that repeats (the largest run of siblings that each hold two or more lines)
 */
export function sectionItems(section: Element): Element[] {
  const listed = [...section.querySelectorAll('li, [role="listitem"]')].filter((item) => {
    const outer = item.parentElement?.closest('li, [role="listitem"]') ?? null;
    return outer === null || !section.contains(outer);
  });
  if (listed.length > 0) return listed.slice(0, maxItems);
  let best: Element[] = [];
  for (const element of section.querySelectorAll('div, ul, ol')) {
    const children = [...element.children].filter(
      (child) => !/^H[1-6]$/.test(child.tagName) && readingLines(child, 3).length >= 2,
    );
    if (children.length > best.length) best = children;
  }
  return best.slice(0, maxItems);
}

/** the header lines of an entry and the longer text under them */
function split(lines: string[]): { header: string[]; description: string | null } {
  const header: string[] = [];
  const rest: string[] = [];
  for (const line of lines) {
    // a description is longer than any title, company, date or place line
    if (rest.length > 0 || (header.length >= 2 && line.length > 90)) rest.push(line);
    else header.push(line);
  }
  return { header, description: rest.length > 0 ? withoutMasks(rest.join('\n')) : null };
}

/** the roles listed inside one entry (a company with several positions): nested items that carry a date line */
function nestedRoles(item: Element): Element[] {
  const nested = [...item.querySelectorAll('li, [role="listitem"]')].filter(
    (inner) => inner.parentElement?.closest('li, [role="listitem"]') === item,
  );
  const dated = nested.filter((inner) => contentLines(inner).some(looksLikeDates));
  return dated.length >= 1 && dated.length === nested.length ? dated.slice(0, maxItems) : [];
}

/** the entry's own lines, above its nested list */
function headerAbove(item: Element, first: Element): string[] {
  const lines: string[] = [];
  for (const line of readingLines(item, 6)) {
    // a line at or after the first role belongs to the roles
    if (line.element === first || first.contains(line.element)) break;
    if (first.compareDocumentPosition(line.element) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    if (!chrome.test(line.text) && !isSectionHeading(line.text)) lines.push(line.text);
  }
  return lines;
}

export function readExperienceByMeaning(section: Element): Experience[] {
  const roles: Experience[] = [];
  for (const item of sectionItems(section)) {
    const grouped = nestedRoles(item);
    const first = grouped[0];
    if (first) {
      // one company, several roles: the company is the entry's first line, each nested item a role
      const company = companyFromLine(headerAbove(item, first)[0] ?? '');
      for (const role of grouped) {
        const { header, description } = split(contentLines(role));
        if (header.length > 0) roles.push(roleFrom(header, company, description));
      }
      continue;
    }
    const { header, description } = split(contentLines(item));
    if (header.length === 0) continue;
    roles.push(roleFrom(header, null, description));
  }
  return roles;
}

export function readEducationByMeaning(section: Element): Education[] {
  const schools: Education[] = [];
  for (const item of sectionItems(section)) {
    const [school, ...rest] = contentLines(item);
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

export function readSkillsByMeaning(section: Element): string[] {
  const skills: string[] = [];
  for (const item of sectionItems(section)) {
    const [name] = contentLines(item);
    const skill = unmasked(name ?? null);
    if (skill && skill.length <= 200 && !skills.includes(skill)) skills.push(skill);
  }
  return skills;
}

/**
 * "Top skills" as 2026 profiles show it, a heading or a line followed by "Python • PyTorch • Evaluation";
 * read only when there is no Skills section to read
 */
export function readTopSkills(root: Element): string[] {
  const lines = readingLines(root, 400);
  const at = lines.findIndex((line) => headingPatterns.topSkills.test(line.text));
  const next = at >= 0 ? lines[at + 1] : undefined;
  if (!next) return [];
  const skills: string[] = [];
  for (const part of next.text.split(/\s+[•·|]\s+/)) {
    const skill = unmasked(part.trim());
    if (skill && skill.length <= 100 && !skills.includes(skill)) skills.push(skill);
  }
  return skills.length >= 1 && skills.length <= 20 ? skills : [];
}
