// seeded "next deploy" drifts of a saved page: what LinkedIn and GitHub change between deploys while a person sees the same page.
// each drift is deterministic for its seed, so a failure replays exactly.
import { type Random, seededRandom } from './mutate';

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
