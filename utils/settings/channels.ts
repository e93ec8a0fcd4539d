import { storage } from 'wxt/utils/storage';
import { describeIssue } from '../describe-issue';
import {
  type ChannelLimits,
  type ChannelLimitsInput,
  channelLimitsSchema,
  defaultChannelLimits,
} from '../outreach/channels';
import { SettingsError } from './errors';
import { kilobytes, SYNC_BYTES_PER_ITEM, syncItemBytes } from './sync-chunks';

// the user's LinkedIn account type and channel limits: LinkedIn changes them, so they are settings

const KEY = 'channelLimits';

// stored raw and parsed on every read: storage is a boundary
export const channelLimitsItem = storage.defineItem<unknown>(`sync:${KEY}`, {
  fallback: null,
  version: 1,
});

/** the limits in force: the defaults until the user saves their own; a damaged value throws a SettingsError */
export async function loadChannelLimits(): Promise<ChannelLimits> {
  const raw = await channelLimitsItem.getValue();
  if (raw === null) return defaultChannelLimits;
  const parsed = channelLimitsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SettingsError(
      `Your channel limits could not be read (${describeIssue(parsed.error)}). Open MentorLens options, Channels, to save them again.`,
    );
  }
  return parsed.data;
}

/** validates, then stores; the parsed value is what was stored */
export async function saveChannelLimits(input: ChannelLimitsInput): Promise<ChannelLimits> {
  const parsed = channelLimitsSchema.safeParse(input);
  if (!parsed.success) throw new SettingsError(`Not saved: ${describeIssue(parsed.error)}`);
  const bytes = syncItemBytes(KEY, parsed.data);
  // a handful of numbers never comes close; checked anyway so a future field can't fail silently
  if (bytes > SYNC_BYTES_PER_ITEM) {
    throw new SettingsError(
      `Not saved: the channel limits take ${kilobytes(bytes)}, more than the ${kilobytes(SYNC_BYTES_PER_ITEM)} browser sync allows for one setting.`,
    );
  }
  await channelLimitsItem.setValue(parsed.data);
  return parsed.data;
}

export async function resetChannelLimits(): Promise<void> {
  await channelLimitsItem.removeValue();
}
