import type { Education, Experience, ProfileSnapshot, Signals } from '../snapshot';

// the schema's limits (utils/profile/snapshot.ts): long page text is cut to fit, never rejected
const limits = {
  text: 20_000,
  short: 200,
  url: 2_048,
  experience: 200,
  education: 100,
  skills: 500,
  links: 100,
  sharedHighlights: 50,
  openTo: 20,
  recentActivity: 100,
  activityEntry: 40,
  fieldName: 60,
  fieldNames: 60,
  entries: 50,
  line: 2_000,
} as const;

/** cuts at a code point boundary so a surrogate pair is never split */
export function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  let end = max;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return value.slice(0, end);
}

const text = (value: string | null): string | null =>
  value === null ? null : cut(value, limits.text);

function experience(entry: Experience): Experience {
  return {
    ...entry,
    title: text(entry.title),
    company: text(entry.company),
    location: text(entry.location),
    description: text(entry.description),
  };
}

function education(entry: Education): Education {
  return { ...entry, school: text(entry.school), degree: text(entry.degree) };
}

function signals(value: Signals): Signals {
  const result: Signals = { ...value };
  if (value.sharedHighlights)
    result.sharedHighlights = value.sharedHighlights
      .slice(0, limits.sharedHighlights)
      .map((entry) => cut(entry, limits.text));
  if (value.openTo)
    result.openTo = value.openTo.slice(0, limits.openTo).map((entry) => cut(entry, limits.text));
  if (value.recentActivity) {
    result.recentActivity = value.recentActivity
      .slice(0, limits.recentActivity)
      .map((entry) => cut(entry, limits.activityEntry));
  }
  const line = (entry: string | null): string | null =>
    entry === null ? null : cut(entry, limits.line);
  if (value.certifications)
    result.certifications = value.certifications.slice(0, limits.entries).map((entry) => ({
      name: cut(entry.name, limits.line),
      issuer: line(entry.issuer),
      issued: entry.issued,
    }));
  if (value.honors)
    result.honors = value.honors.slice(0, limits.entries).map((entry) => ({
      title: cut(entry.title, limits.line),
      issuer: line(entry.issuer),
      date: entry.date,
    }));
  if (value.featured)
    result.featured = value.featured
      .slice(0, limits.entries)
      .map((entry) => ({ title: line(entry.title), url: entry.url }));
  if (value.found)
    result.found = value.found
      .slice(0, limits.fieldNames)
      .map((entry) => cut(entry, limits.fieldName));
  if (value.absent)
    result.absent = value.absent
      .slice(0, limits.fieldNames)
      .map((entry) => cut(entry, limits.fieldName));
  if (value.missing)
    result.missing = value.missing
      .slice(0, limits.fieldNames)
      .map((entry) => cut(entry, limits.fieldName));
  return result;
}

/** a snapshot cut down to the schema's lengths and counts */
export function fitToSchema(profile: ProfileSnapshot): ProfileSnapshot {
  return {
    ...profile,
    handle: cut(profile.handle, limits.short),
    name: text(profile.name),
    headline: text(profile.headline),
    location: text(profile.location),
    company: text(profile.company),
    about: text(profile.about),
    experience: profile.experience.slice(0, limits.experience).map(experience),
    education: profile.education.slice(0, limits.education).map(education),
    skills: profile.skills.slice(0, limits.skills).map((skill) => cut(skill, limits.short)),
    links: profile.links.filter((link) => link.length <= limits.url).slice(0, limits.links),
    signals: signals(profile.signals),
  };
}
