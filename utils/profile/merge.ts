import type { ProfileSnapshot } from './snapshot';

type Field = keyof Omit<ProfileSnapshot, 'source' | 'handle' | 'url' | 'signals'>;
const fields: Field[] = [
  'name',
  'headline',
  'location',
  'company',
  'about',
  'followers',
  'connections',
  'experience',
  'education',
  'skills',
  'links',
  'repos',
  'contributionsLastYear',
  'organizations',
];

const empty = (value: unknown): boolean =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * what we knew, completed by what this page shows: a details page brings the full experience
 * list, a late section brings skills; a field this page couldn't read keeps its stored value
 */
export function mergeSnapshots(stored: ProfileSnapshot, fresh: ProfileSnapshot): ProfileSnapshot {
  const merged: ProfileSnapshot = { ...fresh, signals: { ...stored.signals, ...fresh.signals } };
  for (const field of fields) {
    if (empty(fresh[field]) && !empty(stored[field])) {
      (merged as Record<Field, unknown>)[field] = stored[field];
    }
  }
  // the top card's school alone never replaces a list read from an Education section
  if (
    fresh.signals.educationFromTopCard &&
    !empty(stored.education) &&
    !stored.signals.educationFromTopCard
  )
    merged.education = stored.education;
  // the flag follows the list it describes
  const educationFrom = merged.education === fresh.education ? fresh : stored;
  if (educationFrom.signals.educationFromTopCard) merged.signals.educationFromTopCard = true;
  else delete merged.signals.educationFromTopCard;
  // what is still missing is what neither page could read
  const missing = (fresh.signals.missing ?? []).filter((field) => empty(merged[field as Field]));
  const absent = (fresh.signals.absent ?? []).filter((field) => empty(merged[field as Field]));
  merged.signals = { ...merged.signals, missing };
  if (fresh.signals.absent !== undefined || stored.signals.absent !== undefined)
    merged.signals.absent = absent;
  // the profile's own URL, not a details page's
  merged.url = stored.url;
  return merged;
}

// key order differs between parsed and raw objects: compare with keys sorted
const sorted = (_key: string, value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : value;

/** true when two snapshots hold the same data, whatever their key order */
export const sameSnapshot = (a: ProfileSnapshot, b: ProfileSnapshot): boolean =>
  JSON.stringify(a, sorted) === JSON.stringify(b, sorted);
