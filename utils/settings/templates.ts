import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { describeIssue } from '../describe-issue';
import { messageOf } from '../errors';
import {
  builtInTemplates,
  type Template,
  templateProblems,
  templateSchema,
} from '../outreach/templates';
import { SettingsError } from './errors';
import {
  chunkKey,
  joinChunks,
  kilobytes,
  readManifest,
  syncItemsFor,
  totalSyncBytes,
} from './sync-chunks';

// the user's own templates sync with the browser, split into chunks under sync:userTemplates;
// when they outgrow their share of sync storage they are kept on this device, and the user is told

const KEY = 'userTemplates';
/** templates' share of the 100 KB browser sync allows in all: the other settings need the rest */
export const TEMPLATES_SYNC_BUDGET = 60 * 1_024;
export const MAX_USER_TEMPLATES = 200;

export const userTemplateSchema = templateSchema.extend({
  id: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .refine((id) => !id.startsWith('builtin-'), 'ids starting with "builtin-" are reserved'),
  builtIn: z.literal(false),
});

export const userTemplatesSchema = z
  .array(userTemplateSchema)
  .max(MAX_USER_TEMPLATES, `at most ${MAX_USER_TEMPLATES} templates`)
  .superRefine((templates, ctx) => {
    const seen = new Set<string>();
    for (const [index, template] of templates.entries()) {
      if (seen.has(template.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `duplicate id ${template.id}`,
        });
      }
      seen.add(template.id);
    }
  });

const storedSchema = z.strictObject({
  v: z.literal(1),
  templates: userTemplatesSchema,
  /** set when kept on this device only: why */
  localReason: z.string().max(500).optional(),
});

export type TemplatesLocation = 'sync' | 'local' | 'none';

export interface LoadedTemplates {
  templates: Template[];
  where: TemplatesLocation;
  /** a plain sentence when something about where they are kept needs saying, else null */
  notice: string | null;
}

const localKey = `local:${KEY}` as const;
const syncKey = `sync:${KEY}` as const;
const syncChunk = (index: number) => `sync:${chunkKey(KEY, index)}` as const;

const onThisDevice = (reason: string) =>
  `Your templates are saved on this device only and don't sync to your other browsers: ${reason}`;

function parseStored(raw: unknown, where: string): z.infer<typeof storedSchema> {
  const parsed = storedSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SettingsError(
      `Your templates (${where}) could not be read (${describeIssue(parsed.error)}). “Delete my templates” starts over; the built-in ones are always there.`,
    );
  }
  return parsed.data;
}

async function readSynced(): Promise<z.infer<typeof storedSchema> | null> {
  const rawManifest = await storage.getItem<unknown>(syncKey);
  if (rawManifest === null) return null;
  const manifest = readManifest(rawManifest);
  if (!manifest) {
    throw new SettingsError(
      'Your synced templates could not be read (their index is damaged). “Delete my templates” starts over.',
    );
  }
  const keys = Array.from({ length: manifest.chunks }, (_, index) => syncChunk(index));
  const chunks = (await storage.getItems(keys)).map((item) => item.value as unknown);
  let text: string;
  try {
    text = joinChunks(manifest, chunks);
  } catch (error) {
    throw new SettingsError(
      `Your synced templates could not be read (${messageOf(error)}). If you just saved them in another browser they may still be syncing: reopen this page in a minute.`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SettingsError(
      'Your synced templates could not be read (they are not valid JSON). If you just saved them in another browser they may still be syncing: reopen this page in a minute.',
    );
  }
  return parseStored(raw, 'synced');
}

/** the user's templates (never the built-ins), and where they are kept; a damaged value throws a SettingsError */
export async function loadUserTemplates(): Promise<LoadedTemplates> {
  const synced = await readSynced();
  if (synced) return { templates: synced.templates, where: 'sync', notice: null };
  const local = await storage.getItem<unknown>(localKey);
  if (local === null) return { templates: [], where: 'none', notice: null };
  const stored = parseStored(local, 'on this device');
  return {
    templates: stored.templates,
    where: 'local',
    notice: onThisDevice(stored.localReason ?? 'they were too large for browser sync.'),
  };
}

/** the problems that stop one template from being saved, as sentences; [] when it may be saved */
export function templateSaveProblems(template: Template): string[] {
  const parsed = userTemplateSchema.safeParse(template);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const field = issue.path.join('.') || 'template';
        return `${field[0]?.toUpperCase()}${field.slice(1)}: ${issue.message}`;
      });
  const { subject, body } = templateProblems(template);
  for (const error of subject) problems.push(`Subject: ${error.message}`);
  for (const error of body) problems.push(`Body: ${error.message}`);
  return problems;
}

async function previousChunkCount(): Promise<number> {
  return readManifest(await storage.getItem<unknown>(syncKey))?.chunks ?? 0;
}

async function keepLocally(
  stored: z.infer<typeof storedSchema>,
  reason: string,
  staleChunks: number,
): Promise<LoadedTemplates> {
  await storage.setItem(localKey, { ...stored, localReason: reason });
  // the synced copy is older now: leaving it would win over this one on the next load
  await storage.removeItems([
    syncKey,
    ...Array.from({ length: staleChunks }, (_, index) => syncChunk(index)),
  ]);
  return { templates: stored.templates, where: 'local', notice: onThisDevice(reason) };
}

/**
 * validates every template (schema and placeholders) and stores them: in browser sync when they fit,
 * else on this device with a notice saying why. Refuses, with every problem named, when one is invalid.
 */
export async function saveUserTemplates(templates: readonly Template[]): Promise<LoadedTemplates> {
  const problems = templates.flatMap((template) =>
    templateSaveProblems(template).map(
      (problem) => `“${template.name || template.id}”: ${problem}`,
    ),
  );
  const parsed = userTemplatesSchema.safeParse(templates);
  // per-template problems already say what the schema would; the list-level ones (ids, count) don't
  if (!parsed.success && problems.length === 0) problems.push(describeIssue(parsed.error));
  if (problems.length > 0) throw new SettingsError(`Not saved. ${problems.join(' ')}`);
  const stored = { v: 1 as const, templates: parsed.data ?? [] };
  const stale = await previousChunkCount();
  if (stored.templates.length === 0) {
    await storage.removeItems([
      localKey,
      syncKey,
      ...Array.from({ length: stale }, (_, index) => syncChunk(index)),
    ]);
    return { templates: [], where: 'none', notice: null };
  }
  const items = syncItemsFor(KEY, JSON.stringify(stored));
  const bytes = totalSyncBytes(items);
  if (bytes > TEMPLATES_SYNC_BUDGET) {
    return keepLocally(
      stored,
      `together they take ${kilobytes(bytes)}, more than the ${kilobytes(TEMPLATES_SYNC_BUDGET)} of browser sync MentorLens gives templates. Shorten or delete some to sync them again.`,
      stale,
    );
  }
  try {
    await storage.setItems(
      Object.entries(items).map(([key, value]) => ({ key: `sync:${key}` as const, value })),
    );
  } catch (error) {
    return keepLocally(stored, `browser sync refused them (${messageOf(error)}).`, stale);
  }
  const written = Object.keys(items).length - 1;
  await storage.removeItems([
    localKey,
    ...Array.from({ length: Math.max(0, stale - written) }, (_, index) =>
      syncChunk(written + index),
    ),
  ]);
  return { templates: stored.templates, where: 'sync', notice: null };
}

/** deletes every template of the user's, wherever kept (the way out of a damaged value) */
export async function deleteUserTemplates(): Promise<void> {
  // the index may be the damaged part: find the chunks by their keys instead
  const synced = Object.keys(await storage.snapshot('sync')).filter((key) =>
    /^userTemplates(?:\.\d+)?$/.test(key),
  );
  await storage.removeItems([localKey, ...synced.map((key) => `sync:${key}` as const)]);
}

/** a fresh id for a user template */
export const newTemplateId = (): string => `user-${crypto.randomUUID()}`;

/** an editable copy of any template (a built-in one included), named so it is told apart */
export function duplicateTemplate(template: Template, existing: readonly Template[]): Template {
  const base = `${template.name.replace(/\s*\(copy(?: \d+)?\)$/, '')} (copy`;
  let name = `${base})`;
  for (let n = 2; existing.some((other) => other.name === name); n += 1) name = `${base} ${n})`;
  return { ...template, id: newTemplateId(), name: name.slice(0, 120), builtIn: false };
}

/** every template the editor offers: the built-ins first, then the user's */
export const allTemplates = (user: readonly Template[]): Template[] => [
  ...builtInTemplates,
  ...user,
];
