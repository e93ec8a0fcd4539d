import type { Education, Experience } from '../snapshot';
import { fold } from '../text';
import { decodeHandle } from './detect';
import { unmasked, withoutMasks } from './dom-text';
import { selectors } from './selectors';

/** what a guest page's schema.org Person says about the viewed person */
export type JsonLdPerson = {
  name: string | null;
  headline: string | null;
  location: string | null;
  company: string | null;
  about: string | null;
  followers: number | null;
  experience: Experience[];
  education: Education[];
};

type Json = unknown;
const maxScriptChars = 2_000_000;

function asRecord(value: Json): Record<string, Json> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : null;
}

function asArray(value: Json): Json[] {
  if (Array.isArray(value)) return value;
  return value == null ? [] : [value];
}

function str(value: Json): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? fold(value) : null;
}

/** JSON-LD text carries HTML line breaks as literal "<br>": they are line breaks, not markup */
function prose(value: Json): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/<br\s*\/?>/gi, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return withoutMasks(text.length > 0 ? text : null);
}

function yearMonth(value: Json): string | null {
  const text = str(value);
  const match = text ? /^((?:19|20)\d{2})(?:-(0[1-9]|1[0-2]))?/.exec(text) : null;
  if (!match?.[1]) return null;
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}

/** true when a schema.org URL points at this person's /in/<handle> */
function pointsAt(value: Json, handle: string): boolean {
  return asArray(value).some((entry) => {
    const text = str(entry);
    if (!text) return false;
    try {
      const segments = new URL(text).pathname.split('/').filter(Boolean);
      return (
        segments[0] === 'in' && decodeHandle(segments[1])?.toLowerCase() === handle.toLowerCase()
      );
    } catch {
      return false;
    }
  });
}

function nodesOf(doc: Document): Record<string, Json>[] {
  const nodes: Record<string, Json>[] = [];
  for (const script of doc.querySelectorAll(selectors.jsonLd)) {
    const text = script.textContent ?? '';
    if (text.length > maxScriptChars) continue;
    let parsed: Json;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    for (const entry of asArray(parsed)) {
      const record = asRecord(entry);
      if (!record) continue;
      nodes.push(record);
      for (const inner of asArray(record['@graph'])) {
        const innerRecord = asRecord(inner);
        if (innerRecord) nodes.push(innerRecord);
      }
    }
  }
  return nodes;
}

function isType(node: Record<string, Json>, type: string): boolean {
  return asArray(node['@type']).some((value) => value === type);
}

function organisationRole(org: Record<string, Json>): Record<string, Json> | null {
  return asRecord(asArray(org.member)[0]);
}

/** reads the Person whose url is this handle's profile; a WebPage about it gives at least the name */
export function readJsonLdPerson(doc: Document, handle: string): JsonLdPerson | null {
  const nodes = nodesOf(doc);
  const person = nodes.find(
    (node) =>
      isType(node, 'Person') && (pointsAt(node.url, handle) || pointsAt(node.sameAs, handle)),
  );
  if (!person) {
    // 2016 guest pages: a WebPage about the profile, reviewed by the person
    const page = nodes.find((node) => isType(node, 'WebPage') && pointsAt(node.url, handle));
    const reviewer = page ? asRecord(page.reviewedBy) : null;
    const name = reviewer ? unmasked(str(reviewer.name)) : null;
    return name ? { ...emptyPerson(), name } : null;
  }
  const result = emptyPerson();
  result.name = unmasked(str(person.name));
  result.headline = unmasked(str(asArray(person.jobTitle)[0]));
  const address = asRecord(person.address);
  result.location = address ? unmasked(str(address.addressLocality)) : null;
  result.about = prose(person.description);
  const stats = asArray(person.interactionStatistic).map(asRecord);
  const follows = stats.find(
    (stat) => stat && /follow/i.test(String(stat.interactionType ?? stat.name)),
  );
  const count = follows ? Number(follows.userInteractionCount) : Number.NaN;
  result.followers = Number.isSafeInteger(count) && count >= 0 ? count : null;
  const current = asArray(person.worksFor)
    .map(asRecord)
    .filter((org) => org !== null);
  result.company = current[0] ? unmasked(str(current[0].name)) : null;
  const past = asArray(person.alumniOf)
    .map(asRecord)
    .filter((org) => org !== null);
  for (const org of [...current, ...past.filter((org) => isType(org, 'Organization'))]) {
    const role = organisationRole(org);
    result.experience.push({
      title: null,
      company: unmasked(str(org.name)),
      start: yearMonth(role?.startDate),
      end: current.includes(org) ? null : yearMonth(role?.endDate),
      location: unmasked(str(org.location)),
      description: role ? prose(role.description) : null,
    });
  }
  // schema.org lists past roles in no promised order: newest first, current roles on top
  const rank = (entry: Experience) => (entry.end === null ? 0 : 1);
  // "2019-12" strings order by their characters; localeCompare would start a collator (30 ms cold)
  const newer = (a: string, b: string) => (a === b ? 0 : a < b ? 1 : -1);
  result.experience.sort((a, b) => rank(a) - rank(b) || newer(a.start ?? '', b.start ?? ''));
  for (const org of past.filter((org) => isType(org, 'EducationalOrganization'))) {
    const role = organisationRole(org);
    result.education.push({
      school: unmasked(str(org.name)),
      degree: null,
      start: yearMonth(role?.startDate),
      end: yearMonth(role?.endDate),
    });
  }
  return result;
}

function emptyPerson(): JsonLdPerson {
  return {
    name: null,
    headline: null,
    location: null,
    company: null,
    about: null,
    followers: null,
    experience: [],
    education: [],
  };
}
