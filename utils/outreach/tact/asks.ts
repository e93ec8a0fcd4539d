import { easyOuts, findAll, openEnded, requestVerbs, timeBox } from './phrases';
import { quote, quoteList } from './quote';
import { fail, type PreparedDraft, pass, type TactRule } from './types';

const isQuestion = (sentence: string) => /\?["'”)\]]*$/.test(sentence);

/** the sentences that ask for something, each with how many asks it holds */
export function asksIn(
  draft: PreparedDraft,
): Array<{ sentence: string; count: number; index: number }> {
  const asks: Array<{ sentence: string; count: number; index: number }> = [];
  draft.sentences.forEach((sentence, index) => {
    const verbs = [...sentence.matchAll(requestVerbs)].length;
    const question = isQuestion(sentence);
    // "I understand if you can't" is the easy out, not a request
    if (!question && findAll(easyOuts, sentence).length > 0) return;
    const count = question ? Math.max(1, verbs) : verbs;
    if (count > 0) asks.push({ sentence, count, index });
  });
  return asks;
}

const askKinds = ['first-approach', 'follow-up', 'second-follow-up', 'meeting-request'] as const;

export const oneClearAsk: TactRule = {
  id: 'one-clear-ask',
  label: 'One clear, small ask',
  kinds: askKinds,
  check(draft) {
    const vague = findAll(openEnded, draft.plain);
    if (vague.length > 0) {
      return fail(
        `${quoteList(vague)} ${vague.length > 1 ? 'are' : 'is'} open-ended: it leaves them to work out what you want.`,
        'Ask for one specific thing, e.g. “Would you be open to a 20-minute call about how you moved into ML?”',
      );
    }
    const asks = asksIn(draft);
    const total = asks.reduce((sum, ask) => sum + ask.count, 0);
    if (total === 0) {
      return fail(
        'No clear ask: they can’t tell what you’d like from them.',
        'End with one question, e.g. “Would you be open to a 20-minute call?”',
      );
    }
    if (total > 1) {
      return fail(
        `${total} asks: ${quoteList(asks.map((ask) => ask.sentence))}.`,
        'Keep the one that matters most; the rest can wait for the call.',
      );
    }
    return pass(`One ask: ${quote(asks[0]?.sentence ?? '')}.`);
  },
};

export const hasTimeBox: TactRule = {
  id: 'time-box',
  label: 'The ask has a time box',
  kinds: ['first-approach', 'meeting-request'],
  check(draft) {
    const asks = asksIn(draft);
    // the time box may sit in the ask or the sentence right after it
    const near = asks.flatMap((ask) => [ask.sentence, draft.sentences[ask.index + 1] ?? '']);
    const boxes = findAll(timeBox, near.join(' '));
    if (boxes.length > 0) return pass(`The ask is time-boxed (${quoteList(boxes)}).`);
    return fail(
      'The ask has no time box, so it reads as open-ended.',
      'Say how long: “a 15-minute call” or “20 minutes in the next few weeks”.',
    );
  },
};

export const easyOut: TactRule = {
  id: 'easy-out',
  label: 'Gives an easy out',
  kinds: askKinds,
  check(draft) {
    const outs = findAll(easyOuts, draft.plain);
    if (outs.length > 0) return pass(`Gives them an easy out (${quoteList(outs)}).`);
    return fail(
      'No easy out: a stranger may feel cornered.',
      'Add a line like “No worries at all if you’re busy.”',
    );
  },
};
