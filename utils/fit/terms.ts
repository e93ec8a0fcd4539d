import { type ConceptDef, concepts } from './concepts';
import { type PhraseIndex, phraseIndex, phrasesIn } from './phrase-index';

/**
 * the words of one or more concepts, as ids into a vocabulary's indexes; built once, on the first fit, or once
 * per mentee, never per call
 */
export type TermSet = {
  vocabulary: Vocabulary;
  /** phrases compared case-insensitively ("machine learning") */
  insensitive: ReadonlySet<number>;
  /** phrases compared as written ("React", "Rust") */
  sensitive: ReadonlySet<number>;
  /** words that count only beside one of their context's ("Go" near "language") */
  contextual: readonly { term: ReadonlySet<number>; context: ReadonlySet<number> }[];
  names: ReadonlySet<string>;
};

/** the phrases a text can be searched for, and the texts already searched (each is read once) */
type Vocabulary = {
  loose: PhraseIndex;
  exact: PhraseIndex;
  seen: Map<string, { loose: Set<number>; exact: Set<number> }>;
};

// about a profile's worth of distinct texts: a fit asks of the same text many times
const SEEN_TEXTS = 1_000;

function vocabularyOf(loose: readonly string[], exact: readonly string[]): Vocabulary {
  return { loose: phraseIndex(loose, true), exact: phraseIndex(exact, false), seen: new Map() };
}

/** what of the vocabulary this text says, searched once per text */
function found(vocabulary: Vocabulary, text: string) {
  const known = vocabulary.seen.get(text);
  if (known) return known;
  const result = {
    loose: phrasesIn(vocabulary.loose, text),
    exact: phrasesIn(vocabulary.exact, text),
  };
  if (vocabulary.seen.size >= SEEN_TEXTS) vocabulary.seen.clear();
  vocabulary.seen.set(text, result);
  return result;
}

const meets = (wanted: ReadonlySet<number>, said: ReadonlySet<number>): boolean => {
  if (wanted.size === 0 || said.size === 0) return false;
  const [small, large] = wanted.size <= said.size ? [wanted, said] : [said, wanted];
  for (const id of small) if (large.has(id)) return true;
  return false;
};

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function idsOf(index: PhraseIndex, phrases: readonly string[]): Set<number> {
  const ids = new Set<number>();
  for (const phrase of phrases) {
    const id = index.ids.get(phrase);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function termSetOf(vocabulary: Vocabulary, defs: readonly ConceptDef[]): TermSet {
  const { loose, exact } = vocabulary;
  const contextual: { term: Set<number>; context: Set<number> }[] = [];
  for (const def of defs) {
    const term = idsOf(loose, def.contextTerms ?? []);
    const context = idsOf(loose, def.context ?? []);
    if (term.size > 0 && context.size > 0) contextual.push({ term, context });
  }
  return {
    vocabulary,
    insensitive: idsOf(
      loose,
      defs.flatMap((def) => def.terms),
    ),
    sensitive: idsOf(
      exact,
      defs.flatMap((def) => def.exactTerms ?? []),
    ),
    contextual,
    names: new Set(defs.flatMap((def) => def.names ?? []).map((name) => name.toLowerCase())),
  };
}

/** a term set for a phrase the user typed that no concept knows, e.g. "graph neural networks" */
export function customTermSet(phrase: string): TermSet {
  const cleaned = phrase.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 200);
  const vocabulary = vocabularyOf(cleaned ? [cleaned] : [], []);
  return {
    vocabulary,
    insensitive: new Set(vocabulary.loose.phrases.map((_, id) => id)),
    sensitive: new Set(),
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
    const said = found(set.vocabulary, text);
    if (meets(set.insensitive, said.loose) || meets(set.sensitive, said.exact)) return true;
    for (const { term, context } of set.contextual) {
      if (
        meets(term, said.loose) &&
        (meets(context, said.loose) ||
          (around !== undefined && meets(context, found(set.vocabulary, around).loose)))
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

/** every concept's words in one vocabulary (a text is searched once for all of them) and the sets into it */
function conceptTables() {
  const vocabulary = vocabularyOf(
    concepts.flatMap((def) => [...def.terms, ...(def.contextTerms ?? []), ...(def.context ?? [])]),
    concepts.flatMap((def) => def.exactTerms ?? []),
  );
  const empty: TermSet = {
    vocabulary,
    insensitive: new Set(),
    sensitive: new Set(),
    contextual: [],
    names: new Set(),
  };
  // each concept's evidence once: both the ids and the related words come from it
  const evidence = new Map(concepts.map((def) => [def.id, evidenceFor(def.id)]));
  const evidenceOf = (def: ConceptDef) => evidence.get(def.id) ?? [];
  return {
    evidenceIds: new Map(
      concepts.map((def) => [def.id, new Set(evidenceOf(def).map((other) => other.id))]),
    ),
    direct: new Map(concepts.map((def) => [def.id, termSetOf(vocabulary, [def])])),
    related: new Map(concepts.map((def) => [def.id, termSetOf(vocabulary, evidenceOf(def))])),
    aiField: termSetOf(
      vocabulary,
      concepts.filter((def) => def.ai),
    ),
    empty,
  };
}

// built on the first fit, not at load: a worker started for an alarm or a backup never builds them
let built: ReturnType<typeof conceptTables> | null = null;
const tables = () => (built ??= conceptTables());

/** the concept's own words ("ML" = "machine learning") */
export function directTerms(id: string): TermSet {
  const { direct, empty } = tables();
  return direct.get(id) ?? empty;
}

/** words for narrower concepts that imply it ("PyTorch" → deep learning) */
export function relatedTerms(id: string): TermSet {
  const { related, empty } = tables();
  return related.get(id) ?? empty;
}

/** any word of the AI/ML field */
export const aiFieldTerms = (): TermSet => tables().aiField;

/** concept ids a short phrase names, e.g. "Senior ML engineer (PyTorch)" → ml-engineer, pytorch */
export function conceptsIn(phrase: string): string[] {
  const text = phrase.slice(0, 400);
  const entries = [normalise(text)];
  const ids = concepts
    .filter((def) => matchesTerms(directTerms(def.id), text, entries))
    .map((def) => def.id);
  // "ML engineer" also says "ML": keep the narrower concept only
  const { evidenceIds } = tables();
  return ids.filter((id) => !ids.some((other) => evidenceIds.get(id)?.has(other)));
}
