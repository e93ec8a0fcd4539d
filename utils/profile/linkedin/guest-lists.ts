import type { Education, Experience } from '../snapshot';
import { fold } from '../text';
import { parseDateRange } from './dates';
import { multilineText, unmasked, visibleText, withoutMasks } from './dom-text';
import { selectors } from './selectors';

/** guest date ranges: `<time>Jan 2014</time> - <time>Dec 2017</time>` or `<time>Mar 2023</time> - Present` */
function guestDates(item: Element): { start: string | null; end: string | null } {
  // by meaning when the class is gone: the block holding the <time> elements
  const range =
    item.querySelector(selectors.dateRange) ?? item.querySelector('time')?.parentElement;
  if (!range) return { start: null, end: null };
  const times = [...range.querySelectorAll('time')].map((time) => fold(time.textContent) ?? '');
  const present = /present/i.test(range.textContent ?? '');
  const text =
    times.length >= 2
      ? `${times[0]} - ${times[1]}`
      : times.length === 1
        ? `${times[0]}${present ? ' - Present' : ''}`
        : null;
  const parsed = parseDateRange(text);
  return parsed ?? { start: null, end: null };
}

function firstText(root: Element, selector: string): string | null {
  const element = root.querySelector(selector);
  return element ? visibleText(element) : null;
}

const showToggle = /\s*Show (?:more|less)\s*$/i;

function description(item: Element): string | null {
  for (const selector of selectors.guestDescription) {
    const element = item.querySelector(selector);
    if (element) {
      // the "show more" copy ends with its own button label
      const text = multilineText(element)?.replace(showToggle, '') ?? null;
      if (text) return withoutMasks(text);
    }
  }
  return classlessItem(item) ? descriptionByMeaning(item) : null;
}

/** true when the item's markup has lost the classes the selectors above rely on */
function classlessItem(item: Element): boolean {
  return (
    !item.matches(selectors.guestExperienceItem) && !item.matches(selectors.guestEducationItem)
  );
}

/** the longest block of text in an item that is not its title, subtitle, dates or a button */
function descriptionByMeaning(item: Element): string | null {
  let best: string | null = null;
  const location = locationElement(item);
  for (const element of item.querySelectorAll('p, div')) {
    if (element === location || element.closest('h3, h4, button')) continue;
    if (element.querySelector('time, h3, h4, p')) continue;
    if (element.parentElement?.closest('p') && item.contains(element.parentElement)) continue;
    const text = multilineText(element)?.replace(showToggle, '') ?? null;
    if (text && (best === null || text.length > best.length)) best = text;
  }
  return withoutMasks(best);
}

/** list items holding one entry each (a title heading, no nested entries): when the item classes are gone */
function itemsByMeaning(section: Element): Element[] {
  return [...section.querySelectorAll('li')].filter(
    (item) =>
      item.querySelector('h3') !== null &&
      ![...item.querySelectorAll('li')].some((inner) => inner.querySelector('h3') !== null),
  );
}

/** the short line right after the dates, when it is not the description */
function locationByMeaning(item: Element): string | null {
  const element = locationElement(item);
  return element ? visibleText(element) : null;
}

function locationElement(item: Element): Element | null {
  const block = item.querySelector('time')?.closest('p, div');
  let next = block?.nextElementSibling ?? null;
  while (next && !visibleText(next)) next = next.nextElementSibling;
  if (next?.tagName !== 'P' || next.querySelector('p, time')) return null;
  const text = visibleText(next);
  return text && text.length <= 80 ? next : null;
}

function location(item: Element): string | null {
  const explicit = item.querySelector(selectors.guestLocation);
  if (explicit) return visibleText(explicit);

  // 2024–2026: the meta item that is neither the date range nor the description
  for (const meta of item.querySelectorAll(selectors.guestMetaItem)) {
    if (meta.querySelector(selectors.dateRange) || meta.querySelector('.show-more-less-text, p'))
      continue;
    if (meta.tagName !== 'P') continue;
    const text = visibleText(meta);
    if (text) return text;
  }
  // by meaning: the short line after the dates (a company group's roles have no class for it)
  return locationByMeaning(item);
}

export function readGuestExperience(section: Element): Experience[] {
  const roles: Experience[] = [];
  const byClass = [...section.querySelectorAll(selectors.guestExperienceItem)];
  for (const item of byClass.length > 0 ? byClass : itemsByMeaning(section)) {
    // a company group holds its roles as nested items: read those instead
    if (item.querySelector(selectors.guestExperienceItem)) continue;
    const group = item.parentElement?.closest('li');
    const groupCompany = group
      ? (firstText(group, selectors.guestExperienceGroupHeader) ?? groupHeading(group))
      : null;
    const { start, end } = guestDates(item);
    roles.push({
      title: unmasked(firstText(item, selectors.guestTitle)),
      company: unmasked(firstText(item, selectors.guestSubtitle) ?? groupCompany),
      start,
      end,
      location: unmasked(location(item)),
      description: description(item),
    });
  }
  return roles;
}

/** a company group's own heading, outside its roles */
function groupHeading(group: Element): string | null {
  for (const heading of group.querySelectorAll('h3, h4')) {
    if (heading.closest('li') === group) return visibleText(heading);
  }
  return null;
}

// "9.7 of 10", "18 sur 20", "Grade: 4.0/4.3": a grade shown beside the degree and the field
const guestGrade =
  /^(?:(?:grade|note|nota|voto|abschlussnote)\s*:\s*.*|\d+(?:[.,]\d+)?\s*(?:of|out of|von|sur|de|su|\/)\s*\d+(?:[.,]\d+)?)$/i;

export function readGuestEducation(section: Element): Education[] {
  const schools: Education[] = [];
  const byClass = [...section.querySelectorAll(selectors.guestEducationItem)];
  for (const item of byClass.length > 0 ? byClass : itemsByMeaning(section)) {
    const school = firstText(item, 'h3');
    const subtitle = item.querySelector('h4');
    const parts = subtitle
      ? [...subtitle.querySelectorAll('span')]
          .map((span) => visibleText(span))
          .filter((part): part is string => part !== null && /[\p{L}\p{N}]/u.test(part))
          // the grade is its own span ("9.7 of 10"): never the degree or the field
          .filter((part) => !guestGrade.test(part))
      : [];
    const spans = subtitle ? subtitle.querySelectorAll('span').length : 0;
    const whole = subtitle && spans === 0 ? visibleText(subtitle) : null;
    // "-" stands for an empty degree on guest pages
    const degree =
      parts.length > 0
        ? parts.slice(0, 2).join(', ')
        : whole && /[\p{L}\p{N}]/u.test(whole)
          ? whole
          : null;
    const { start, end } = guestDates(item);
    schools.push({ school: unmasked(school), degree: unmasked(degree), start, end });
  }
  return schools;
}

export function readGuestSkills(section: Element): string[] {
  const skills: string[] = [];
  for (const item of section.querySelectorAll('li')) {
    const skill = unmasked(visibleText(item));
    // "See 11+" / "See less" toggles are not skills
    if (!skill || /^see (?:\d+\+?|less|more|all)\b/i.test(skill)) continue;
    if (skill.length <= 200 && !skills.includes(skill)) skills.push(skill);
  }
  return skills;
}
