import {
  SYNC_BYTES_TOTAL as SYNC_QUOTA_BYTES,
  SYNC_BYTES_PER_ITEM as SYNC_QUOTA_BYTES_PER_ITEM,
  syncItemBytes,
} from './sync-chunks';

// browser sync storage limits (chrome.storage.sync; Firefox's are the same), counted the shared way
export { SYNC_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM, syncItemBytes };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface SyncUsage {
  items: Array<{ key: string; bytes: number }>;
  total: number;
}

export function syncUsage(items: Record<string, unknown>): SyncUsage {
  const list = Object.entries(items)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => ({ key, bytes: syncItemBytes(key, value) }));
  return { items: list, total: list.reduce((sum, item) => sum + item.bytes, 0) };
}

const what: Record<string, string> = {
  menteeProfile: 'Your mentee profile (with its goals)',
  quietMode: 'The quiet mode setting',
  reminders: 'The reminder settings',
  channelLimits: 'The channel limits',
};

/** null when these items fit browser sync; otherwise a message saying which one is too big and by how much */
export function syncProblem(items: Record<string, unknown>): string | null {
  const usage = syncUsage(items);
  for (const item of usage.items) {
    if (item.bytes > SYNC_QUOTA_BYTES_PER_ITEM) {
      return `${what[item.key] ?? `The setting "${item.key}"`} is ${kb(item.bytes)}: more than the ${kb(SYNC_QUOTA_BYTES_PER_ITEM)} browser sync allows for one item. Shorten it (fewer or shorter goals, focus areas or notes) and save again; nothing was saved.`;
    }
  }
  if (usage.total > SYNC_QUOTA_BYTES) {
    return `Your settings take ${kb(usage.total)} in all, more than the ${kb(SYNC_QUOTA_BYTES)} browser sync allows. Remove some and save again; nothing was saved.`;
  }
  return null;
}
