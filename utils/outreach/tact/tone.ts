import { firstNameFrom, nameTokens } from '../names';
import { profileFacts } from './facts';
import { findAll, flattery, genericGreetings, pressure } from './phrases';
import { quote, quoteList } from './quote';
import { fail, pass, type TactRule } from './types';

const greetingWord =
  /^(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening))\b[\s,]*/i;
const generic = new Set(['there', 'all', 'everyone', 'team', 'folks', 'friend', 'friends']);
const titleWord = /^(?:dr|prof|professor|mr|mrs|ms|miss|mx|sir|dame)\.?$/i;

/** the name a greeting uses: "Dear Dr. Priya Raman," → ["Priya", "Raman"]; [] for none or "there" */
export function greetedName(firstLine: string): string[] {
  const match = greetingWord.exec(firstLine);
  if (!match) return [];
  const rest = firstLine.slice(match[0].length).split(/[,!:;\n]|\s[-–—]\s/)[0] ?? '';
  const words: string[] = [];
  for (const raw of rest.trim().split(/\s+/)) {
    if (!raw || titleWord.test(raw)) continue;
    // names start upper-case (or are in a script without case); "I'm" and lower-case words end the name
    const word = raw.replace(/[.?]+$/, '');
    if (!/^[\p{Lu}\p{Lo}]/u.test(word) || /^I(?:'m|'ve|'d)?$/.test(word) || words.length >= 4)
      break;
    words.push(word);
    if (raw.endsWith('.')) break;
  }
  return words;
}

export const greeting: TactRule = {
  id: 'greeting',
  label: 'Greets them by their name',
  check(draft, ctx) {
    const first =
      ctx.firstName || firstNameFrom(ctx.profiles.find((profile) => profile.name)?.name);
    const mass = findAll(genericGreetings, draft.firstLine);
    if (mass.length > 0) {
      return fail(
        `Opens with ${quote(mass[0] ?? '')}, which reads as a mass mailing.`,
        `Greet them by name: “Hi ${first || '<their first name>'},”.`,
      );
    }
    const greeted = greetedName(draft.firstLine).filter((word) => !word.includes('{'));
    if (greeted.length === 0 || greeted.every((word) => generic.has(word.toLowerCase()))) {
      return pass('No name in the greeting to check.');
    }
    const known = new Set([
      ...nameTokens(ctx.firstName),
      ...ctx.profiles.flatMap((profile) => nameTokens(profile.name)),
    ]);
    if (known.size === 0) return pass('Their name is unknown, so the greeting can’t be checked.');
    const wrong = greeted.find((word) => !nameTokens(word).every((token) => known.has(token)));
    if (wrong) {
      return fail(
        `Greets ${quote(wrong)}, which is not their name${first ? ` (${first})` : ''}.`,
        `Use their first name${first ? `: “Hi ${first},”` : ''}; if they go by a nickname on their profile, ignore this.`,
      );
    }
    return pass(`Greets them by name (${greeted.join(' ')}).`);
  },
};

export const noPressure: TactRule = {
  id: 'no-pressure',
  label: 'No pressure words',
  check(draft) {
    const found = findAll(pressure, draft.plain);
    if (found.length === 0) return pass('No pressure words.');
    return fail(
      `Pressure words: ${quoteList(found)}.`,
      'Remove them: a mentor owes you nothing, and urgency reads as entitlement.',
    );
  },
};

const exampleFix = (fact: string | undefined) =>
  fact
    ? `Say what exactly helped you, e.g. what “${fact}” changed for you.`
    : 'Say what exactly helped you: name the project or post and what it changed for you.';

export const noEmptyFlattery: TactRule = {
  id: 'no-empty-flattery',
  label: 'Praise is specific, not generic',
  kinds: ['first-approach', 'follow-up', 'second-follow-up', 'meeting-request'],
  check(draft, ctx) {
    const found = findAll(flattery, draft.plain);
    if (found.length === 0) return pass('No generic flattery.');
    if (draft.specifics.length > 0) {
      return pass(`Praise is tied to something specific (${quoteList(draft.specifics)}).`);
    }
    return fail(
      `${quoteList(found)} without anything specific reads as flattery.`,
      exampleFix(profileFacts(ctx.profiles)[0]),
    );
  },
};
