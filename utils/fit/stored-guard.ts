// zod-free checks of the stored goals and weights, for the content scripts (which must not bundle
// zod). They accept only the exact form the options page saves (menteeProfileSchema's output);
// anything else gives null and the page asks the background, which validates with zod and explains
import type { FocusArea, Goal, MenteeProfile } from './mentee';
import { careerStages, helpWantedOptions, priorities } from './mentee-options';
import { defaultFitWeights, signalNames } from './weight-defaults';
import type { FitWeights } from './weights';

type Dict = Record<string, unknown>;
const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
// shortText: trimmed, at most 200 characters
const isShort = (value: unknown, min = 0): value is string =>
  typeof value === 'string' && value === value.trim() && value.length >= min && value.length <= 200;
const oneOf = <T extends string>(options: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (options as readonly string[]).includes(value);

function listOf<T>(value: unknown, max: number, item: (entry: unknown) => T | null): T[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const out: T[] = [];
  for (const entry of value) {
    const checked = item(entry);
    if (checked === null) return null;
    out.push(checked);
  }
  return out;
}
const shortItem = (entry: unknown) => (isShort(entry, 1) ? entry : null);

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isFinite(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function focusArea(entry: unknown): FocusArea | null {
  if (!isDict(entry) || !isShort(entry.topic, 1) || !oneOf(priorities, entry.priority)) return null;
  return { topic: entry.topic, priority: entry.priority };
}

function goal(entry: unknown): Goal | null {
  if (!isDict(entry)) return null;
  const { id, title, targetDate, status } = entry;
  if (typeof id !== 'string' || id.length < 1 || id.length > 64 || !isShort(title, 1)) return null;
  if (!(targetDate === null || (typeof targetDate === 'string' && isIsoDate(targetDate))))
    return null;
  if (!oneOf(['open', 'in progress', 'done', 'dropped'] as const, status)) return null;
  return { id, title, targetDate, status };
}

function preferences(value: unknown): MenteeProfile['preferences'] | null {
  if (!isDict(value) || typeof value.freeOnly !== 'boolean' || typeof value.remoteOk !== 'boolean')
    return null;
  const gap = value.seniorityGapYears;
  if (!isDict(gap) || !isNumber(gap.min, 0, 60) || !isNumber(gap.max, 0, 60) || gap.min > gap.max)
    return null;
  return {
    freeOnly: value.freeOnly,
    remoteOk: value.remoteOk,
    seniorityGapYears: { min: gap.min, max: gap.max },
  };
}

/** the saved mentee profile in its saved form, or null: let the background (zod) judge it */
export function storedMenteeProfile(raw: unknown): MenteeProfile | null {
  if (!isDict(raw)) return null;
  const targetRoles = listOf(raw.targetRoles, 20, shortItem);
  const focusAreas = listOf(raw.focusAreas, 50, focusArea);
  const helpWanted = listOf(raw.helpWanted, helpWantedOptions.length, (entry) =>
    oneOf(helpWantedOptions, entry) ? entry : null,
  );
  const languages = listOf(raw.languages, 20, shortItem);
  const sharedBackground = listOf(raw.sharedBackground, 20, shortItem);
  const goals = listOf(raw.goals, 100, goal);
  const prefs = preferences(raw.preferences);
  const { name, careerStage, yearsExperience, location, timeZone } = raw;
  if (
    !targetRoles ||
    !focusAreas ||
    !helpWanted ||
    !languages ||
    !sharedBackground ||
    !goals ||
    !prefs ||
    !isShort(name) ||
    !oneOf(careerStages, careerStage) ||
    !isNumber(yearsExperience, 0, 70) ||
    !isShort(location) ||
    !isShort(timeZone)
  )
    return null;
  return {
    name,
    targetRoles,
    focusAreas,
    helpWanted,
    careerStage,
    yearsExperience,
    location,
    timeZone,
    languages,
    preferences: prefs,
    sharedBackground,
    goals,
  };
}

/** the saved weights (a missing one takes its default, as the schema does), or null */
export function storedFitWeights(raw: unknown): FitWeights | null {
  if (!isDict(raw)) return null;
  const out = { ...defaultFitWeights };
  for (const name of signalNames) {
    const value = raw[name];
    if (value === undefined) continue;
    if (!isNumber(value, 0, 1)) return null;
    out[name] = value;
  }
  return out;
}
