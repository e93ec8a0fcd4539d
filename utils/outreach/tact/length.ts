import { channelInfo } from '../channels';
import { characterCount, wordCount } from '../count';
import { fail, pass, type TactRule } from './types';

export const withinLimit: TactRule = {
  id: 'within-limit',
  label: 'Within the channel limit',
  check(draft, ctx) {
    const name = channelInfo[ctx.channel].label;
    const used = characterCount(draft.body);
    const subjectUsed = characterCount(draft.subject);
    const over = ctx.limit.body !== null && used > ctx.limit.body;
    const subjectOver = ctx.limit.subject !== null && subjectUsed > ctx.limit.subject;
    if (over) {
      const excess = used - (ctx.limit.body ?? 0);
      return fail(
        `${used} / ${ctx.limit.body} characters: ${excess} over the ${name} limit (emoji count 2 or more).`,
        `Cut ${excess} characters: drop a clause or shorten the citation.`,
      );
    }
    if (subjectOver) {
      const excess = subjectUsed - (ctx.limit.subject ?? 0);
      return fail(
        `The subject is ${subjectUsed} / ${ctx.limit.subject} characters, ${excess} over.`,
        'Shorten the subject to a few words.',
      );
    }
    if (ctx.limit.body === null) return pass(`${used} characters; ${name} has no hard limit.`);
    return pass(`${used} / ${ctx.limit.body} characters.`);
  },
};

export const subjectPresent: TactRule = {
  id: 'subject',
  label: 'Has a subject',
  kinds: ['first-approach'],
  appliesTo: (ctx) => channelInfo[ctx.channel].hasSubject,
  check(draft, ctx) {
    if (draft.subject.trim()) return pass('Has a subject line.');
    return fail(
      `No subject: a ${channelInfo[ctx.channel].label} without one looks like spam.`,
      'Add a short subject that names their work, e.g. “Learning from your <project>”.',
    );
  },
};

/** reading-time thresholds: ~20 seconds of skimming on a phone */
export const wordThresholds = { note: 65, message: 150 } as const;

export const readable: TactRule = {
  id: 'readable-in-20-seconds',
  label: 'Readable in 20 seconds',
  kinds: [
    'first-approach',
    'follow-up',
    'second-follow-up',
    'thank-you',
    'progress-update',
    'meeting-request',
    'ask-fees',
    'graceful-close',
  ],
  check(draft, ctx) {
    const words = wordCount(draft.body);
    const threshold =
      ctx.channel === 'linkedin-connection-note' ? wordThresholds.note : wordThresholds.message;
    if (words <= threshold)
      return pass(`${words} words: readable in about 20 seconds (up to ${threshold}).`);
    return fail(
      `${words} words: too long to read in 20 seconds (aim for ${threshold} or fewer).`,
      `Cut ${words - threshold} words: keep who you are, what you cite, the one ask and the easy out.`,
    );
  },
};
