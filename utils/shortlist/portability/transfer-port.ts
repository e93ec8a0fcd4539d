import { z } from 'zod';
import { describeIssue } from '../../describe-issue';
import { ShortlistError } from '../store/errors';
import { importLimits } from './export-format';
import { MAX_PARTS, PART_CHARS } from './transfer';

// exports and imports over a runtime port between the dashboard and the background: the export
// streams out in parts as it is read, an upload goes in without a round trip per part, and both
// report progress. Every message is checked with zod on arrival, in both directions

export const EXPORT_PORT = 'mentorlens-export';
export const IMPORT_PORT = 'mentorlens-import';

/**
 * a page may ask, by the port's name, for the messages of a transfer on a BroadcastChannel of that
 * name: a runtime port sends each message as JSON (escaping a 1 MB part costs more than reading
 * it), a channel copies it as it is. Only our own extension's pages and worker share its origin
 */
const channelled = /^(mentorlens-export|mentorlens-import)#([a-z0-9]{8,40})$/;

/** a port name that asks for the transfer's messages on a channel of the same name */
export const channelPortName = (port: typeof EXPORT_PORT | typeof IMPORT_PORT, id: string) =>
  `${port}#${id}`;

/** which transfer a port's name asks for, and the channel its messages go on (null: the port) */
export function transferOfPort(name: string): { port: string; channel: string | null } | null {
  if (name === EXPORT_PORT || name === IMPORT_PORT) return { port: name, channel: null };
  const match = channelled.exec(name);
  return match ? { port: match[1] as string, channel: name } : null;
}

/** the part of a BroadcastChannel both ends use */
export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}
export type OpenChannel = (name: string) => ChannelLike;

/** the part of a port both ends use (a runtime port, or a pair in memory in tests) */
export interface PortLike {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

const count = z.number().int().min(0).max(1e9);
const errorMessage = z.strictObject({ type: z.literal('error'), message: z.string().max(4_000) });
const progressFields = { done: count, of: count };

/** background → page, on the export port */
export const exportPortMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('part'),
    index: z.number().int().min(0).max(importLimits.bytes),
    text: z.string().max(PART_CHARS),
    ...progressFields,
  }),
  z.strictObject({
    type: z.literal('end'),
    parts: count,
    chars: count,
    bytes: z.number().int().min(0).max(importLimits.bytes),
    fileName: z.string().regex(/^mentorlens-export-\d{4}-\d{2}-\d{2}\.json$/),
    people: count,
    events: count,
    meetings: count,
    damaged: count,
  }),
  errorMessage,
]);
export type ExportPortMessage = z.infer<typeof exportPortMessageSchema>;
export type ExportEnd = Extract<ExportPortMessage, { type: 'end' }>;

const tokenSchema = z.string().min(1).max(100);

/** page → background, on the import port */
export const importPortRequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('begin'), parts: z.number().int().min(1).max(MAX_PARTS) }),
  z.strictObject({
    type: z.literal('part'),
    index: z.number().int().min(0).max(MAX_PARTS),
    text: z.string().max(PART_CHARS),
  }),
  /** a preview (commit false) or the import itself, of a whole upload */
  z.strictObject({ type: z.literal('check'), upload: tokenSchema, commit: z.boolean() }),
]);
export type ImportPortRequest = z.infer<typeof importPortRequestSchema>;

export const importStages = ['checking', 'merging', 'writing'] as const;
export type ImportStage = (typeof importStages)[number];
export interface ImportProgress {
  stage: ImportStage;
  done: number;
  of: number;
}

const names = z.array(z.string().max(2_000)).max(100);
/** what an import changes (ImportSummary), as the page accepts it */
export const importSummarySchema = z.strictObject({
  fromVersion: z.number().int().min(1).max(1_000),
  exportedAt: z.string().max(40),
  people: z.strictObject({
    added: count,
    updated: count,
    unchanged: count,
    addedNames: names,
    updatedNames: names,
  }),
  events: z.strictObject({ inFile: count, added: count }),
  meetings: z.strictObject({ added: count, updated: count, unchanged: count }),
  settings: z.array(z.string().max(40)).max(20),
  damagedInFile: count,
});

/** background → page, on the import port */
export const importPortReplySchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('received'),
    token: tokenSchema,
    received: count,
    parts: count,
  }),
  z.strictObject({
    type: z.literal('progress'),
    stage: z.enum(importStages),
    ...progressFields,
  }),
  z.strictObject({ type: z.literal('summary'), commit: z.boolean(), summary: importSummarySchema }),
  errorMessage,
]);
export type ImportPortReply = z.infer<typeof importPortReplySchema>;

/** why a port message can't be read: the first problem, short */
export const interrupted = (what: string) =>
  new ShortlistError(
    `The ${what} was interrupted: MentorLens stopped while sending it (it may have restarted). Nothing was saved; try again.`,
  );

/**
 * the page's side of a streamed export: parts in order, checked, until the end says how many
 * there were. Anything out of order or unreadable is an error, and no file is made from it.
 * `keep` turns each part into what is held (the dashboard: a Blob, encoded while the rest comes)
 */
export function exportAssembler<Kept = string>(
  keep: (text: string) => Kept = (text) => text as Kept,
) {
  const parts: Kept[] = [];
  let chars = 0;
  let ended: ExportEnd | null = null;
  let failed: unknown = null;
  const take = (raw: unknown): { done: number; of: number } | ExportEnd => {
    if (ended) throw new ShortlistError('The export sent more after its end. No file was saved.');
    const parsed = exportPortMessageSchema.safeParse(raw);
    if (!parsed.success)
      throw new ShortlistError(
        `The export came with an unreadable part (${describeIssue(parsed.error)}). No file was saved.`,
      );
    const message = parsed.data;
    if (message.type === 'error') throw new ShortlistError(message.message);
    if (message.type === 'part') {
      if (message.index !== parts.length)
        throw new ShortlistError(
          `Part ${message.index + 1} of the export came where part ${parts.length + 1} was expected. No file was saved.`,
        );
      parts.push(keep(message.text));
      chars += message.text.length;
      return { done: message.done, of: message.of };
    }
    if (message.parts !== parts.length || message.chars !== chars)
      throw new ShortlistError(
        `The export ended after ${parts.length} part(s) (${chars} characters) but said ${message.parts} (${message.chars}). No file was saved.`,
      );
    ended = message;
    return message;
  };
  return {
    /** one message from the background: its progress, or the end; throws on anything wrong, and after it */
    accept(raw: unknown): { done: number; of: number } | ExportEnd {
      if (failed) throw failed;
      try {
        return take(raw);
      } catch (error) {
        failed = error;
        throw error;
      }
    },
    parts: (): readonly Kept[] => parts,
  };
}
