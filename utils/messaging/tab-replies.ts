import { z } from 'zod';
import { describeIssue } from '../describe-issue';
import { listKindSchema, listPersonSchema } from '../lists/schema';
import type { ListResult } from '../lists/types';
import {
  type ExtractResult,
  extractFailureReasons,
  profileSnapshotSchema,
} from '../profile/snapshot';

// what a tab's content script answers the popup (TabRequest): a boundary like any message, parsed
// where it arrives. The content scripts send these without zod; the popup validates them with it

const extractResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), profile: profileSnapshotSchema }),
  z.strictObject({
    ok: z.literal(false),
    reason: z.enum(extractFailureReasons),
    detail: z.string().max(2_000),
  }),
]);

const listResultSchema = z.strictObject({
  kind: listKindSchema,
  people: z.array(listPersonSchema).max(1_000),
});

/** the profile the tab read; null when nothing answered; a malformed answer is an unreadable page, saying why */
export function parseProfileReply(reply: unknown): ExtractResult | null {
  if (reply === null || reply === undefined) return null;
  const parsed = extractResultSchema.safeParse(reply);
  if (parsed.success) return parsed.data;
  return {
    ok: false,
    reason: 'unrecognized',
    detail: `MentorLens's script in this tab answered with something it could not use (${describeIssue(parsed.error, reply)}). Reload the tab and try again.`,
  };
}

/** the people the tab lists; null when nothing answered; throws, saying why, on a malformed answer */
export function parseListReply(reply: unknown): ListResult | null {
  if (reply === null || reply === undefined) return null;
  const parsed = listResultSchema.safeParse(reply);
  if (parsed.success) return parsed.data;
  throw new Error(
    `MentorLens's script in this tab sent a list it could not use (${describeIssue(parsed.error, reply)}). Reload the tab and try again.`,
  );
}
