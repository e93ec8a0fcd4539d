import { type ConceptDef, concepts } from './concepts';

/** compiled words for one or more concepts; built once at load or once per mentee, never per call */
export type TermSet = {
  insensitive: RegExp | null;
  sensitive: RegExp | null;
  contextual: readonly { term: RegExp; context: RegExp }[];
  names: ReadonlySet<string>;
};

// letters, digits and apostrophes on either side mean we are inside a word ("Mai", "j'ai")
const before = "(?<![\\p{L}\\p{N}_'’])";
const after = '(?![\\p{L}\\p{N}_])';

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** "machine learning" also matches "machine-learning", "machine_learning" and "#MachineLearning" */
function phraseSource(term: string): string {
  const parts = term
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  const body = parts.join('[\\s_-]*');
  // plural "LLMs", "data pipelines"
  return /[a-z]$/i.test(term) && !/s$/i.test(term) ? `${body}s?` : body;
}

function compile(terms: readonly string[], flags: string): RegExp | null {
  if (terms.length === 0) return null;
  // longer phrases first so alternation prefers "ML engineer" over "ML"
  const sources = [...new Set(terms)].sort((a, b) => b.length - a.length).map(phraseSource);
  return new RegExp(`${before}(?:${sources.join('|')})${after}`, flags);
}

function termSetOf(defs: readonly ConceptDef[]): TermSet {
  const contextual: { term: RegExp; context: RegExp }[] = [];
  for (const def of defs) {
    const term = def.contextTerms && compile(def.contextTerms, 'iu');
    const context = def.context && compile(def.context, 'iu');
    if (term && context) contextual.push({ term, context });
  }
  return {
    insensitive: compile(
      defs.flatMap((def) => def.terms),
      'iu',
    ),
    sensitive: compile(
      defs.flatMap((def) => def.exactTerms ?? []),
      'u',
    ),
    contextual,
    names: new Set(defs.flatMap((def) => def.names ?? []).map((name) => name.toLowerCase())),
  };
}

/** a term set for a phrase the user typed that no concept knows, e.g. "graph neural networks" */
export function customTermSet(phrase: string): TermSet {
  const cleaned = phrase.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 200);
  return {
    insensitive: cleaned ? compile([cleaned], 'iu') : null,
    sensitive: null,
    contextual: [],
    names: new Set(cleaned ? [cleaned.toLowerCase()] : []),
  };
}

/** does this text (or one of these whole entries, lower-cased) say any of the set's words */
export function matchesTerms(
  set: TermSet,
  text: string,
  entries?: readonly string[],
  /** more text around it (a role's company and description) that may supply the context */
  around?: string,
): boolean {
  if (text) {
    if (set.insensitive?.test(text)) return true;
    if (set.sensitive?.test(text)) return true;
    for (const { term, context } of set.contextual) {
      if (
        term.test(text) &&
        (context.test(text) || (around !== undefined && context.test(around)))
      ) {
        return true;
      }
    }
  }
  if (entries && set.names.size > 0) {
    for (const entry of entries) if (set.names.has(entry)) return true;
  }
  return false;
}

/** lower case, no accents, single spaces: for comparing names and phrases */
export function normalise(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export const conceptById: ReadonlyMap<string, ConceptDef> = new Map(
  concepts.map((def) => [def.id, def]),
);

// concepts that are evidence for each concept, through any chain of `implies`
function evidenceFor(id: string): ConceptDef[] {
  const found = new Set<string>();
  const visit = (target: string) => {
    for (const def of concepts) {
      if (!found.has(def.id) && def.implies?.includes(target)) {
        found.add(def.id);
        visit(def.id);
      }
    }
  };
  visit(id);
  found.delete(id);
  return concepts.filter((def) => found.has(def.id));
}

const evidenceIds = new Map(
  concepts.map((def) => [def.id, new Set(evidenceFor(def.id).map((other) => other.id))]),
);
const directSets = new Map(concepts.map((def) => [def.id, termSetOf([def])]));
const relatedSets = new Map(concepts.map((def) => [def.id, termSetOf(evidenceFor(def.id))]));
const empty: TermSet = { insensitive: null, sensitive: null, contextual: [], names: new Set() };

/** the concept's own words ("ML" = "machine learning") */
export function directTerms(id: string): TermSet {
  return directSets.get(id) ?? empty;
}

/** words for narrower concepts that imply it ("PyTorch" → deep learning) */
export function relatedTerms(id: string): TermSet {
  return relatedSets.get(id) ?? empty;
}

/** any word of the AI/ML field */
export const aiFieldTerms: TermSet = termSetOf(concepts.filter((def) => def.ai));

/** concept ids a short phrase names, e.g. "Senior ML engineer (PyTorch)" → ml-engineer, pytorch */
export function conceptsIn(phrase: string): string[] {
  const text = phrase.slice(0, 400);
  const entries = [normalise(text)];
  const ids = concepts
    .filter((def) => matchesTerms(directTerms(def.id), text, entries))
    .map((def) => def.id);
  // "ML engineer" also says "ML": keep the narrower concept only
  return ids.filter((id) => !ids.some((other) => evidenceIds.get(id)?.has(other)));
}
