/** a message meant for the user: what went wrong and what was kept */
export class ShortlistError extends Error {
  override name = 'ShortlistError';
}

// the one describer of zod failures, shared with settings and the messaging boundary
export { describeIssue, pathText } from '../../describe-issue';

const quotaNames = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
// what Chromium and Firefox say when the disk under the profile is full or failing: a write
// aborted without our asking, blobs that couldn't be written, a backing store that won't open
const diskTrouble =
  /transaction was aborted|Failed to write blobs|IOError|Internal error opening backing store|backing store|disk is full|No space left|NS_ERROR_FILE_NO_DEVICE_SPACE|NS_ERROR_FILE_(?:CORRUPTED|ACCESS_DENIED)/i;

function describe(error: unknown): { name: string; message: string } {
  if (!error || typeof error !== 'object') return { name: '', message: String(error ?? '') };
  const { name, message } = error as { name?: unknown; message?: unknown };
  return {
    name: typeof name === 'string' ? name : '',
    message: typeof message === 'string' ? message : '',
  };
}

/** true when the browser refused a write for lack of space */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return (
    (typeof name === 'string' && quotaNames.has(name)) || (inner ? isQuotaError(inner) : false)
  );
}

/** true when the error looks like a full or failing disk rather than a bug of ours */
export function isDiskError(error: unknown): boolean {
  if (isQuotaError(error)) return true;
  const { name, message } = describe(error);
  if (name === 'AbortError' || name === 'UnknownError') return true;
  const inner = (error as { inner?: unknown } | null)?.inner;
  return diskTrouble.test(message) || (inner ? isDiskError(inner) : false);
}

const whatToDo =
  'Free some disk space (or remove people you no longer need), then try again. If the browser had to restart, open the dashboard: it offers to restore your shortlist from its local backup if the database came back empty.';

/** turns a failed write into a message the user can act on; nothing was written when it aborted */
export function writeFailure(error: unknown, what: string): Error {
  if (error instanceof ShortlistError) return error;
  const detail = describe(error).message || String(error);
  if (isQuotaError(error))
    return new ShortlistError(
      `Your browser's storage is full, so ${what} was not saved and nothing was half-written. ${whatToDo}`,
    );
  if (isDiskError(error))
    return new ShortlistError(
      `The browser could not write to its storage (it said: "${detail}"), usually because the disk is full. ${what[0]?.toUpperCase() ?? ''}${what.slice(1)} was not saved and nothing was half-written. ${whatToDo}`,
    );
  return new ShortlistError(`${what[0]?.toUpperCase() ?? ''}${what.slice(1)} failed: ${detail}`);
}

/** the database would not open: what the browser said, and what to do */
export function openFailure(error: unknown): ShortlistError {
  if (error instanceof ShortlistError) return error;
  const detail = describe(error).message || String(error);
  return new ShortlistError(
    `MentorLens could not open its database (the browser said: "${detail}")${isDiskError(error) ? ', which usually means the disk is full or failing' : ''}. Free some disk space and restart the browser. Your data was not deleted; if the shortlist still can't be read, the dashboard offers to restore it from its local backup.`,
  );
}
