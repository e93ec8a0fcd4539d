import { normalizeLineBreaks } from '../count';
import { employerNames, pageWords, profileFacts, specificsIn } from './facts';
import type { PreparedDraft, TactContext, TactDraft } from './types';

const straighten = (text: string) => text.replace(/[’‘ʼ]/g, "'").replace(/[“”]/g, '"');

/** body sentences: split at line breaks and after . ? ! so each ask can be looked at alone */
export function sentencesOf(body: string): string[] {
  return body
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.?!…])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** everything the rules read, computed once; tolerates a missing or non-string body */
export function prepareDraft(draft: TactDraft, ctx: TactContext): PreparedDraft {
  const subject = typeof draft.subject === 'string' ? normalizeLineBreaks(draft.subject) : '';
  const body = typeof draft.body === 'string' ? normalizeLineBreaks(draft.body) : '';
  const combined = straighten(`${subject}\n${body}`);
  return {
    subject,
    body,
    plain: combined.replace(/\s+/g, ' ').trim(),
    sentences: sentencesOf(straighten(body)),
    firstLine: straighten(
      body
        .split('\n')
        .find((line) => line.trim())
        ?.trim() ?? '',
    ),
    specifics: specificsIn(
      combined,
      profileFacts(ctx.profiles),
      ctx.cited,
      pageWords(ctx.profiles),
      ctx.firstName ?? null,
    ),
    employers: employerNames(ctx.profiles),
  };
}
