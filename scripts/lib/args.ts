import { parseArgs } from 'node:util';
import { messageOf } from '../../utils/errors';

/** bad command-line input: the caller prints the message and exits with 2 */
export class UsageError extends Error {}

export type PageArgs = { url: string; file: string; goals: string | null; explain: boolean };

/** `--url <page-url> [--goals <file>] <file.html>`; throws UsageError with a one-line message */
export function parsePageArgs(
  argv: readonly string[],
  usage: string,
  allowGoals: boolean,
  allowExplain = false,
): PageArgs {
  let parsed: {
    values: { url?: string; goals?: string; explain?: boolean };
    positionals: string[];
  };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        url: { type: 'string' },
        goals: { type: 'string' },
        explain: { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${firstLine(error)}; ${usage}`);
  }
  if (!allowGoals && parsed.values.goals !== undefined) {
    throw new UsageError(`Unknown option '--goals'; ${usage}`);
  }
  if (!allowExplain && parsed.values.explain !== undefined) {
    throw new UsageError(`Unknown option '--explain'; ${usage}`);
  }
  const { url, goals } = parsed.values;
  if (!url) throw new UsageError(`missing --url <page-url>; ${usage}`);
  if (!isHttpUrl(url)) throw new UsageError(`--url is not an http(s) URL: ${url.slice(0, 200)}`);
  const [file, ...extra] = parsed.positionals;
  if (!file) throw new UsageError(`missing the saved page <file.html>; ${usage}`);
  if (extra.length > 0)
    throw new UsageError(
      `one page at a time; unexpected: ${extra.join(' ').slice(0, 200)}; ${usage}`,
    );
  if (goals === '') throw new UsageError(`--goals needs a file; ${usage}`);
  return { url, file, goals: goals ?? null, explain: parsed.values.explain === true };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function firstLine(error: unknown): string {
  const message = messageOf(error);
  return message.split('\n')[0] ?? message;
}
