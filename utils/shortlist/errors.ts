import type { z } from 'zod';

/** a message meant for the user: what went wrong and what was kept */
export class ShortlistError extends Error {
  override name = 'ShortlistError';
}

/** "people[2].savedAt" from a zod path */
export function pathText(path: readonly PropertyKey[], root = ''): string {
  let text = root;
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text ? `.${String(part)}` : String(part);
  }
  return text || 'value';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (!Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function shown(value: unknown): string {
  if (value === undefined) return '';
  let text: string;
  try {
    text =
      typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  if (text.length > 60) text = `${text.slice(0, 57)}…`;
  return ` (got ${text})`;
}

/** the first problem of a failed parse, with where it is and what was there */
export function describeIssue(error: z.ZodError, input: unknown, root = ''): string {
  const issue = error.issues[0];
  if (!issue) return `${root || 'value'}: invalid`;
  const where = pathText(issue.path, root);
  const value = issue.code === 'unrecognized_keys' ? undefined : valueAt(input, issue.path);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  return `${where}: ${issue.message}${shown(value)}${more}`;
}

const quotaNames = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** true when the browser refused a write for lack of space */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return (
    (typeof name === 'string' && quotaNames.has(name)) || (inner ? isQuotaError(inner) : false)
  );
}

/** turns a failed write into a message the user can act on; nothing was written when it aborted */
export function writeFailure(error: unknown, what: string): Error {
  if (error instanceof ShortlistError) return error;
  if (isQuotaError(error))
    return new ShortlistError(
      `Your browser's storage is full, so ${what} was not saved and nothing was half-written. Free some disk space (or remove people you no longer need), then try again.`,
    );
  const detail = error instanceof Error ? error.message : String(error);
  return new ShortlistError(`${what[0]?.toUpperCase() ?? ''}${what.slice(1)} failed: ${detail}`);
}
