import type { Contribution, FitContext } from '../contribution';
import { clip, quoteAround } from '../format';
import { repeatedWords } from '../stuffing';

const floor = -30;

const recruiter =
  /\b(recruit(?:er|ers|ing|ment)|talent acquisition|talent partner|talent sourcer|sourcer|headhunt(?:er|ing)|staffing)\b/i;
const coursePromotion =
  /\b(my (?:course|program|programme|bootcamp|masterclass|cohort|academy)|enrol(?:l|ling)? (?:now|today|in my)|join my (?:course|program|cohort|community|academy|masterclass)|sign up for my|link in (?:bio|comments)|limited (?:spots|seats)|course creator|buy my|\d+% off|early[- ]bird)\b/i;
const away = /\b(vacation|holiday|busy|away|on leave|sabbatical|not available|unavailable|ooo)\b/i;

/** things that make a good outcome less likely, each said plainly */
export function cautions(ctx: FitContext): Contribution[] {
  const { person } = ctx;
  const out: Contribution[] = [];
  // only the job they hold now: "helped with recruitment" in an About is not a recruiter
  const roleTitles = [...person.headlines, ...person.currentRoles.map((role) => role.title ?? '')];
  const hiring = roleTitles.find((text) => recruiter.test(text));
  if (hiring) {
    out.push({
      signal: 'cautions',
      points: -20,
      text: `Recruiter (“${clip(hiring, 80)}”): they hire rather than mentor`,
    });
  }
  const promo = quoteAround(person.ownWords, coursePromotion);
  if (promo) {
    const practitioner =
      person.repos.length > 0 ||
      person.experience.some(
        (role) => role.title && !/course|coach|creator|instructor/i.test(role.title),
      );
    out.push(
      practitioner
        ? {
            signal: 'cautions',
            points: -3,
            text: `Promotes a paid course or programme (${promo}): ask whether mentoring is free`,
          }
        : {
            signal: 'cautions',
            points: -12,
            text: `Mostly sells courses or coaching (${promo}), with no practitioner roles shown`,
          },
    );
  }
  const stuffed = [
    person.stuffed.headline && 'headline',
    person.stuffed.about && 'About',
    person.stuffed.skills && 'skills',
  ].filter(Boolean);
  if (stuffed.length > 0) {
    // the evidence: the words repeated, else (a list stuffed with whole entries) its first entries
    const words = repeatedWords([
      ...(person.stuffed.headline ? person.headlines : []),
      ...(person.stuffed.about ? person.abouts : []),
    ]);
    const shown = words.length > 0 ? words : person.stuffed.skills ? person.skills.slice(0, 3) : [];
    const which =
      shown.length > 0 ? ` (${shown.map((word) => `“${clip(word, 40)}”`).join(', ')})` : '';
    out.push({
      signal: 'cautions',
      points: -5,
      text: `Their ${stuffed.join(' and ')} ${stuffed.length === 1 ? 'repeats' : 'repeat'} the same keywords${which}: each counted once, and weighed less`,
    });
  }
  const status = person.signals.status;
  if (status && away.test(status)) {
    out.push({
      signal: 'cautions',
      points: -3,
      text: `Status says “${clip(status, 60)}”: replies may be slow`,
    });
  }
  let left = floor;
  return out.map((c) => {
    const points = Math.max(c.points, left);
    left -= points;
    return { ...c, points };
  });
}
