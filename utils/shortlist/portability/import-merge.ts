import { later } from '../schema/dates';
import {
  type FitPoint,
  funnelStages,
  type Meeting,
  type Person,
  type Stages,
} from '../schema/person';
import { ShortlistError } from '../store/errors';

/** structural equality for plain JSON-like data (key order ignored) */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => sameData(item, b[index]));
  const left = Object.entries(a).filter(([, value]) => value !== undefined);
  const right = b as Record<string, unknown>;
  const rightCount = Object.values(right).filter((value) => value !== undefined).length;
  return left.length === rightCount && left.every(([key, value]) => sameData(value, right[key]));
}

const earlier = (a: string | null, b: string | null): string | null => {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
};

function mergeStages(a: Stages, b: Stages): Stages {
  const out = { ...a };
  for (const stage of funnelStages) out[stage] = earlier(a[stage], b[stage]);
  return out;
}

function mergeFitHistory(a: readonly FitPoint[], b: readonly FitPoint[]): FitPoint[] {
  const byKey = new Map<string, FitPoint>();
  for (const point of [...a, ...b]) byKey.set(`${point.at}|${point.score}|${point.band}`, point);
  return [...byKey.values()].sort((x, y) => Date.parse(x.at) - Date.parse(y.at)).slice(-100);
}

function mergeNotes(a: string, b: string): string {
  if (!a.trim() || a.includes(b)) return a.trim() ? a : b;
  if (!b.trim() || b.includes(a)) return b;
  return `${a}\n\n${b}`;
}

/**
 * one person from two records of them (stored and imported): the more recently updated one decides
 * status and profile fields; lists are united; do-not-contact wins; the earliest dates are kept
 */
export function mergePerson(stored: Person, incoming: Person): Person {
  const incomingNewer = Date.parse(incoming.updatedAt) > Date.parse(stored.updatedAt);
  const [newer, older] = incomingNewer ? [incoming, stored] : [stored, incoming];
  const profileKeys = [...new Set([...stored.profileKeys, ...incoming.profileKeys])];
  if (profileKeys.length > 10)
    throw new ShortlistError(
      `${stored.name ?? stored.id} would have more than 10 profiles after the import. Nothing was imported.`,
    );
  return {
    ...newer,
    id: stored.id,
    profileKeys,
    name: newer.name ?? older.name,
    headline: newer.headline ?? older.headline,
    profiles: { ...older.profiles, ...newer.profiles },
    fit: newer.fit ?? older.fit,
    savedAt: earlier(stored.savedAt, incoming.savedAt) ?? stored.savedAt,
    role: newer.role ?? older.role,
    tags: [...new Set([...stored.tags, ...incoming.tags])].slice(0, 50),
    notes: mergeNotes(stored.notes, incoming.notes),
    doNotContact: stored.doNotContact || incoming.doNotContact,
    focusArea: newer.focusArea ?? older.focusArea,
    cadence: newer.cadence !== 'none' ? newer.cadence : older.cadence,
    goalIds: [...new Set([...stored.goalIds, ...incoming.goalIds])].slice(0, 100),
    fitHistory: mergeFitHistory(stored.fitHistory, incoming.fitHistory),
    stages: mergeStages(stored.stages, incoming.stages),
    lastMeetingAt: later(stored.lastMeetingAt, incoming.lastMeetingAt),
  };
}

/** the newer of two versions of a meeting */
export const newerMeeting = (stored: Meeting, incoming: Meeting): Meeting =>
  Date.parse(incoming.updatedAt) > Date.parse(stored.updatedAt) ? incoming : stored;
