import { matchKey } from '../match';
import { namesOnlyEmployer, profileFacts } from './facts';
import { findAll, jobAsks } from './phrases';
import { quoteList } from './quote';
import { fail, pass, type TactRule } from './types';

export const placeholdersFilled: TactRule = {
  id: 'placeholders-filled',
  label: 'Every placeholder is filled',
  check(draft) {
    const left = [...`${draft.subject}\n${draft.body}`.matchAll(/\{\{[^{}\n]{0,40}\}?\}?/g)].map(
      (m) => m[0],
    );
    if (left.length === 0) return pass('Every placeholder is filled.');
    return fail(
      `Still to fill: ${quoteList([...new Set(left)])}.`,
      'Fill or delete each highlighted placeholder.',
    );
  },
};

export const specific: TactRule = {
  id: 'specific',
  label: 'Cites something specific about them',
  kinds: ['first-approach'],
  check(draft, ctx) {
    const employers = (draft.employers ?? []).map((name) => matchKey(name).trim());
    // picked or typed, "your work at <employer>" is still only the employer
    const beyond = draft.specifics.filter((fact) => !namesOnlyEmployer(fact, employers));
    if (beyond.length > 0) return pass(`Cites ${quoteList(beyond)}.`);
    const example = profileFacts(ctx.profiles).find(
      (fact) => !employers.includes(matchKey(fact).trim()),
    );
    if (draft.specifics.length > 0) {
      return fail(
        `Names only their employer (${quoteList(draft.specifics)}): anyone there would get the same note.`,
        `Name a project, post, talk or topic of theirs${example ? `, e.g. “${example}”` : ''}.`,
      );
    }
    return fail(
      'Nothing specific about them: no project, post, role or shared ground we can recognise.',
      `Name one thing of theirs you actually used or read${example ? `, e.g. “${example}”` : ''}.`,
    );
  },
};

export const noJobAsk: TactRule = {
  id: 'no-job-ask',
  label: 'No job or referral ask',
  kinds: ['first-approach', 'follow-up', 'second-follow-up'],
  check(draft) {
    const found = findAll(jobAsks, draft.plain);
    if (found.length === 0) return pass('Doesn’t ask for a job or a referral.');
    return fail(
      `Mentions ${quoteList(found)}: asking a stranger for a job or referral in a first message closes doors.`,
      'Ask for advice now; a referral may come later, from them, once they know your work.',
    );
  },
};
