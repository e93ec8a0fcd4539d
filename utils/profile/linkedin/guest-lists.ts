import type { Education, Experience } from '../snapshot';
import { fold } from '../text';
import { parseDateRange } from './dates';
import { multilineText, unmasked, visibleText, withoutMasks } from './dom-text';
import { selectors } from './selectors';

/** guest date ranges: `<time>Jan 2014</time> - <time>Dec 2017</time>` or `<time>Mar 2023</time> - Present` */
function guestDates(item: Element): { start: string | null; end: string | null } {
  const range = item.querySelector(selectors.dateRange);
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

function description(item: Element): string | null {
  for (const selector of selectors.guestDescription) {
    const element = item.querySelector(selector);
    if (element) {
      // the "show more" copy ends with its own button label
      const text = multilineText(element)?.replace(/\s*Show (?:more|less)\s*$/i, '') ?? null;
      if (text) return withoutMasks(text);
    }
  }
  return null;
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
  return null;
}

export function readGuestExperience(section: Element): Experience[] {
  const roles: Experience[] = [];
  for (const item of section.querySelectorAll(selectors.guestExperienceItem)) {
    // a company group holds its roles as nested items: read those instead
    if (item.querySelector(selectors.guestExperienceItem)) continue;
    const group = item.parentElement?.closest('li');
    const groupCompany = group ? firstText(group, selectors.guestExperienceGroupHeader) : null;
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

export function readGuestEducation(section: Element): Education[] {
  const schools: Education[] = [];
  for (const item of section.querySelectorAll(selectors.guestEducationItem)) {
    const school = firstText(item, 'h3');
    const subtitle = item.querySelector('h4');
    const parts = subtitle
      ? [...subtitle.querySelectorAll('span')]
          .map((span) => visibleText(span))
          .filter((part): part is string => part !== null && /[\p{L}\p{N}]/u.test(part))
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
