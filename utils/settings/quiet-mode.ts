import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

// zod/mini keeps the content scripts small: they read this on every profile view
export const quietModeSchema = z.object({ linkedin: z.boolean(), github: z.boolean() });
export type QuietMode = z.infer<typeof quietModeSchema>;

export const defaultQuietMode: QuietMode = { linkedin: false, github: false };

export const quietModeItem = storage.defineItem<unknown>('sync:quietMode', {
  fallback: defaultQuietMode,
  version: 1,
});

/** quiet mode per site; a damaged value counts as quiet, the safe side on LinkedIn */
export async function loadQuietMode(): Promise<QuietMode> {
  const parsed = quietModeSchema.safeParse(await quietModeItem.getValue());
  return parsed.success ? parsed.data : { linkedin: true, github: true };
}

export async function saveQuietMode(value: QuietMode): Promise<void> {
  await quietModeItem.setValue(quietModeSchema.parse(value));
}
