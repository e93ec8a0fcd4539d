import type { z } from 'zod';

// what a failed parse says to a person: where, what was wrong, and what was there

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
export function describeIssue(error: z.ZodError, input?: unknown, root = ''): string {
  const issue = error.issues[0];
  if (!issue) return `${root || 'value'}: invalid`;
  const where = pathText(issue.path, root);
  const value = issue.code === 'unrecognized_keys' ? undefined : valueAt(input, issue.path);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  return `${where}: ${issue.message}${shown(value)}${more}`;
}
