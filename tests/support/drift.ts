// seeded "next deploy" drifts of a saved page: what LinkedIn and GitHub change between deploys while a person sees the same page.
// each drift is deterministic for its seed, so a failure replays exactly.
import { type Random, seededRandom } from './random';

export type Drift = { name: string; apply: (doc: Document, random: Random) => void };

const hashChars = 'abcdef0123456789';

function hashedClass(random: Random): string {
  let name = '_';
  for (let index = 0; index < 8; index += 1) name += hashChars[random.int(hashChars.length)];
  return name;
}

/** every class name replaced by a random hash, the same hash for the same name throughout the page */
export function rehashClasses(doc: Document, random: Random): void {
  const mapping = new Map<string, string>();
  for (const element of doc.querySelectorAll('[class]')) {
    const tokens = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const renamed = tokens.map((token) => {
      let hashed = mapping.get(token);
      if (!hashed) {
        hashed = hashedClass(random);
        mapping.set(token, hashed);
      }
      return hashed;
    });
    element.setAttribute('class', renamed.join(' '));
  }
}

/** embedded data removed: `<code>` blocks, JSON and JSON-LD scripts */
export function removeEmbeddedData(doc: Document): void {
  for (const element of doc.querySelectorAll('code, script')) {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (element.tagName === 'CODE' || type.includes('json')) element.remove();
  }
}

// containers a layout change may wrap once more; never list items, table parts or inline text
const wrappable = new Set(['DIV', 'SECTION', 'UL', 'OL', 'ARTICLE']);

/** about one container in five wrapped in a new `<div>`, and every element's attributes re-added in a shuffled order */
export function wrapAndShuffle(doc: Document, random: Random): void {
  const root = doc.body ?? doc.documentElement;
  if (!root) return;
  const elements = [...root.getElementsByTagName('*')];
  for (const element of elements) {
    if (element.attributes.length > 1) {
      const attributes = [...element.attributes].map((attribute) => [
        attribute.name,
        attribute.value,
      ]);
      for (let index = attributes.length - 1; index > 0; index -= 1) {
        const other = random.int(index + 1);
        [attributes[index], attributes[other]] = [
          attributes[other] as string[],
          attributes[index] as string[],
        ];
      }
      for (const [name] of attributes) element.removeAttribute(name as string);
      for (const [name, value] of attributes) element.setAttribute(name as string, value as string);
    }
    if (wrappable.has(element.tagName) && element.parentElement && random.chance(0.2)) {
      const wrapper = doc.createElement('div');
      wrapper.setAttribute('class', hashedClass(random));
      element.before(wrapper);
      wrapper.append(element);
    }
  }
}

export const drifts: readonly Drift[] = [
  { name: 'rehash-classes', apply: rehashClasses },
  { name: 'remove-embedded-data', apply: (doc) => removeEmbeddedData(doc) },
  { name: 'wrap-and-shuffle', apply: wrapAndShuffle },
];

/** applies one drift to a document in place, seeded */
export function applyDrift(doc: Document, drift: Drift, seed: number): Document {
  drift.apply(doc, seededRandom(seed));
  return doc;
}

/** the fields a person sees in the top card; embedded data removed must keep all of them */
export const topCardFields = [
  'name',
  'headline',
  'location',
  'company',
  'followers',
  'connections',
] as const;

export type DriftPage = { name: string; url: string; html: string };

type Snapshot = Record<string, unknown> & { signals?: Record<string, unknown> };

const stable = (value: unknown): string => JSON.stringify(value ?? null);

/** "6K followers" is what a person sees; embedded data may hold the exact 5,740: a count within the shown rounding is kept */
function closeCount(before: unknown, after: unknown): boolean {
  if (typeof before !== 'number' || typeof after !== 'number') return false;
  return Math.abs(before - after) <= Math.max(1, before * 0.05);
}

/** field-by-field differences between two extraction results, as readable lines */
export function snapshotDifferences(
  before: ExtractLike,
  after: ExtractLike,
  fields: readonly string[] | null = null,
): string[] {
  if (!before.ok || !after.ok) {
    const reason = (result: ExtractLike) => (result.ok ? 'ok' : (result.reason ?? '?'));
    return reason(before) === reason(after) ? [] : [`result ${reason(before)} -> ${reason(after)}`];
  }
  const a = before.profile as Snapshot;
  const b = after.profile as Snapshot;
  const out: string[] = [];
  for (const key of fields ?? Object.keys(a)) {
    if (key === 'signals' && fields === null) {
      const keys = new Set([...Object.keys(a.signals ?? {}), ...Object.keys(b.signals ?? {})]);
      for (const signal of keys) {
        const x = stable(a.signals?.[signal]);
        const y = stable(b.signals?.[signal]);
        if (x !== y) out.push(`signals.${signal}: ${x.slice(0, 80)} -> ${y.slice(0, 80)}`);
      }
    } else if (stable(a[key]) !== stable(b[key])) {
      out.push(`${key}: ${stable(a[key]).slice(0, 80)} -> ${stable(b[key]).slice(0, 80)}`);
    }
  }
  return out;
}

export type ExtractLike =
  | { ok: true; profile: unknown }
  | { ok: false; reason?: string; detail?: string };

/** what a drift changed that it must not: every field for a re-hash or re-wrap, the top card for removed data */
export function driftProblems(
  page: DriftPage,
  drift: Drift,
  seed: number,
  parse: (html: string) => Document,
  extract: (doc: Document, url: string) => ExtractLike,
  before: ExtractLike = extract(parse(page.html), page.url),
): string[] {
  const after = extract(applyDrift(parse(page.html), drift, seed), page.url);
  if (drift.name !== 'remove-embedded-data') return snapshotDifferences(before, after);
  // without embedded data: every top-card field a person sees is kept (a details page shows only the name)
  if (!before.ok || !after.ok) return snapshotDifferences(before, after);
  const details = /\/details\/|\/recent-activity\//.test(page.url);
  const fields = details ? ['name'] : [...topCardFields];
  const a = before.profile as Snapshot;
  const b = after.profile as Snapshot;
  return snapshotDifferences(before, after, fields).filter(
    (line) => !closeCount(a[line.split(':')[0] as string], b[line.split(':')[0] as string]),
  );
}
