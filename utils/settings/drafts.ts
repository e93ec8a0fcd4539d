import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { channelIdSchema } from '../outreach/channels';
import { isPlaceholderName } from '../outreach/placeholders';
import { personIdSchema } from '../person-id';
import { SettingsError } from './errors';

// one draft per person, on this device only (local:draft:<person id>): closing the popup never loses text

const citationChoice = z.string().min(1).max(400).nullable().optional();

export const savedDraftSchema = z.strictObject({
  v: z.literal(1),
  personId: personIdSchema,
  channel: channelIdSchema,
  templateId: z.string().min(1).max(80),
  /** the citation picked per placeholder (a candidate id); null = none, the user writes their own */
  citations: z.strictObject({ theirWork: citationChoice, sharedGround: citationChoice }),
  /** what the user typed for placeholders, by placeholder name */
  values: z
    .partialRecord(
      z.string().refine(isPlaceholderName, 'not a placeholder name'),
      z.string().max(2_000),
    )
    .refine((values) => Object.keys(values).length <= 40, 'too many values'),
  subject: z.string().max(1_000),
  body: z.string().max(20_000),
  /** true once the user typed in the message or subject: the text is theirs, not the template's */
  edited: z.boolean(),
  /** the user asked to see templates for every stage, not only the current one */
  allKinds: z.boolean(),
  savedAt: z.iso.datetime(),
});
export type SavedDraft = z.infer<typeof savedDraftSchema>;
export type SavedDraftInput = Omit<SavedDraft, 'v' | 'savedAt'>;

export type DraftLoad =
  | { status: 'none' }
  | { status: 'ok'; draft: SavedDraft }
  | { status: 'damaged'; error: string };

export const draftKey = (personId: string) => `local:draft:${personId}` as const;

/** the saved draft for a person; a damaged one is reported (and replaced on the next save), never trusted */
export async function loadDraft(personId: string): Promise<DraftLoad> {
  const raw = await storage.getItem<unknown>(draftKey(personId));
  if (raw === null) return { status: 'none' };
  const parsed = savedDraftSchema.safeParse(raw);
  if (!parsed.success || parsed.data.personId !== personId) {
    const issue = parsed.success ? null : parsed.error.issues[0];
    const why = issue
      ? `${issue.path.join('.') || 'value'}: ${issue.message}`
      : 'it belongs to someone else';
    return { status: 'damaged', error: `Your saved draft could not be read (${why}).` };
  }
  return { status: 'ok', draft: parsed.data };
}

/** validates and stores the draft; the parsed value is what was stored */
export async function saveDraft(input: SavedDraftInput, now = new Date()): Promise<SavedDraft> {
  const parsed = savedDraftSchema.safeParse({ ...input, v: 1, savedAt: now.toISOString() });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SettingsError(
      `The draft was not saved (${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}).`,
    );
  }
  await storage.setItem(draftKey(parsed.data.personId), parsed.data);
  return parsed.data;
}

/** forgets a person's draft (after it was sent, or when they are removed) */
export async function clearDraft(personId: string): Promise<void> {
  await storage.removeItem(draftKey(personId));
}
