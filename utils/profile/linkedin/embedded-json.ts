import { fold } from '../text';
import { unmasked } from './dom-text';
import { selectors } from './selectors';

/** what signed-in pages embed (in <code> elements) about the member whose handle is in the URL */
export type EmbeddedProfile = {
  name: string | null;
  headline: string | null;
  location: string | null;
  premium: boolean | null;
  degree: 1 | 2 | 3 | null;
};

type Json = unknown;
type JsonRecord = Record<string, Json>;
const maxCodeChars = 3_000_000;

function asRecord(value: Json): JsonRecord | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonRecord) : null;
}

function str(value: Json): string | null {
  return typeof value === 'string' ? fold(value) : null;
}

function distance(relationship: JsonRecord | null): 1 | 2 | 3 | null {
  const inner = asRecord(relationship?.memberRelationship);
  if (!inner) return null;
  if (asRecord(inner.connection)) return 1;
  const value = asRecord(inner.noConnection)?.memberDistance;
  if (value === 'DISTANCE_2') return 2;
  if (value === 'DISTANCE_3') return 3;
  return null;
}

function fromEntities(entities: JsonRecord[], handle: string): EmbeddedProfile | null {
  const wanted = handle.toLowerCase();
  const matches = entities.filter(
    (entity) =>
      typeof entity.publicIdentifier === 'string' &&
      entity.publicIdentifier.toLowerCase() === wanted,
  );
  if (matches.length === 0) return null;
  // the fullest entity (most keys) is the profile card, smaller ones are mini profiles
  const profile = matches.reduce((a, b) => (Object.keys(b).length > Object.keys(a).length ? b : a));
  const byUrn = new Map<string, JsonRecord>();
  for (const entity of entities)
    if (typeof entity.entityUrn === 'string') byUrn.set(entity.entityUrn, entity);
  const first = str(profile.firstName);
  const last = str(profile.lastName);
  const geoUrn = str(asRecord(profile.geoLocation)?.['*geo']);
  const geo = geoUrn ? byUrn.get(geoUrn) : undefined;
  const relationshipUrn = str(profile['*memberRelationship']);
  return {
    name: unmasked(fold([first, last].filter(Boolean).join(' '))),
    headline: unmasked(str(profile.headline) ?? str(profile.occupation)),
    location: geo ? unmasked(str(geo.defaultLocalizedName)) : null,
    premium: typeof profile.premium === 'boolean' ? profile.premium : null,
    degree: relationshipUrn ? distance(byUrn.get(relationshipUrn) ?? null) : null,
  };
}

/** merges what every embedded JSON block says about the handle; null when none mentions it */
export function readEmbeddedProfile(doc: Document, handle: string): EmbeddedProfile | null {
  const needle = `"publicidentifier":"${handle.toLowerCase()}"`;
  const entities: JsonRecord[] = [];
  for (const code of doc.querySelectorAll(selectors.embeddedJson)) {
    const text = code.textContent ?? '';
    // cheap filter first: most blocks are about navigation, ads or the signed-in viewer
    if (text.length > maxCodeChars || !text.toLowerCase().includes(needle)) continue;
    let parsed: Json;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    const record = asRecord(parsed);
    const included = record?.included;
    if (Array.isArray(included)) {
      for (const entity of included) {
        const entityRecord = asRecord(entity);
        if (entityRecord) entities.push(entityRecord);
      }
    }
  }
  return fromEntities(entities, handle);
}
