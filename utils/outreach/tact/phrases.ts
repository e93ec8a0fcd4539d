// the phrase lists behind the tact rules; matched case-insensitively on text with straight quotes

const escapeRegex = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** one case-insensitive regex per phrase list, whole words; entries may be regex source when marked with / */
function compile(phrases: readonly string[]): RegExp {
  const parts = phrases.map((phrase) =>
    phrase.startsWith('/') ? phrase.slice(1) : escapeRegex(phrase),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** every distinct phrase of the list found in the text, in order of appearance */
export function findAll(pattern: RegExp, text: string): string[] {
  const found = new Map<string, string>();
  for (const match of text.matchAll(pattern)) {
    const key = match[0].toLowerCase();
    if (!found.has(key)) found.set(key, match[0]);
  }
  return [...found.values()];
}

export const easyOuts = compile([
  'no worries',
  'no pressure',
  'no obligation',
  'no rush',
  'no hard feelings',
  'no problem if not',
  'no need to reply',
  'no need to respond',
  'no reply needed',
  'feel free to ignore',
  'feel free to say no',
  'fine to say no',
  'either way',
  "/(?:totally|completely|entirely|fully|i'd|i would|i'll|i will|i) understand(?: completely| entirely)? if",
  "/if (?:you're|you are) (?:too |very |really )?busy",
  "/if (?:now|this) (?:isn't|is not) (?:a good time|possible|convenient)",
  "/if (?:it's|it is) not a good time",
  "/if the timing (?:isn't|is not) right",
  "/if you (?:don't|do not) have (?:the )?time",
  "/if you (?:can't|cannot)",
  "/if you'd rather not",
  'if not',
  'later is fine',
]);

export const pressure = compile([
  'asap',
  'a.s.a.p',
  'urgent',
  'urgently',
  'as soon as possible',
  'immediately',
  'right away',
  'quick favor',
  'quick favour',
  'just following up again',
  'following up again',
  'circling back again',
  'bumping this',
  'bump this',
  'per my last',
  "/i (?:haven't|have not) heard back",
  "/you (?:haven't|have not) (?:replied|responded|answered)",
  'still waiting',
  '/waiting (?:for|on) your (?:reply|response|answer)',
  'please reply',
  'please respond',
  'kindly revert',
  'kindly respond',
  '/(?:reply|respond) soon',
  'by end of day',
  'eod',
  'by tomorrow',
  'deadline',
  '/(?<!no )needs?',
  'you must',
  'you have to',
  'last chance',
  "you won't regret",
  "/i know you're busy,? but",
]);

export const jobAsks = compile([
  // "great job on your talk" is praise, not a job ask
  '/(?<!(?:great|good|nice|fantastic|amazing|brilliant) )jobs?',
  'job search',
  'referral',
  'referrals',
  'refer me',
  'hiring',
  'open roles',
  'open positions',
  'any openings',
  'openings',
  'vacancy',
  'vacancies',
  'internship',
  'internships',
  'put in a good word',
  'recommend me for',
  // "CV" alone is computer vision in this field
  '/(?:my|attached|the attached) (?:resume|résumé|cv)',
  'get hired',
  '/(?:role|roles|position|positions) (?:on|in|at) your (?:team|company)',
  'join your team',
  'work for your company',
  'employment',
]);

export const flattery = compile([
  'huge fan',
  'big fan',
  'biggest fan',
  'amazing',
  'legend',
  'legendary',
  'genius',
  'rockstar',
  'rock star',
  'superstar',
  'guru',
  'idol',
  'my hero',
  'visionary',
  'ninja',
  'incredible',
  'awesome',
  'brilliant',
  'inspiring',
  'an inspiration',
  'i admire you',
  '/such an hono(?:u)?r',
  'world-class',
  'world class',
]);

export const openEnded = compile([
  'pick your brain',
  'any advice',
  'any tips',
  'any guidance',
  'any pointers',
  'any help',
  'be my mentor',
  'become my mentor',
  'mentor me',
  'guide me',
  'help me with my career',
  'tell me everything',
  'teach me everything',
  'anything you can share',
  'whatever you can',
  'all your knowledge',
]);

// who is asking for something: "would you", "could I", and firm requests without a question mark
export const requestVerbs = compile([
  '/(?:would|could|can|will) you',
  '/(?:could|can|may|might) i',
  'would it be possible',
  '/are you (?:open|willing|available)',
  "/i(?:'d| would) (?:love|like) (?:to (?:ask|know|hear|learn|get|have|meet|talk|chat|connect|request|invite)|if you)",
  "/i(?:'d| would) be (?:grateful|thankful) if",
  "/i(?:'d| would) (?:really )?appreciate (?:it if|your|a)",
  '/please (?:let me know|send|share|tell|review|introduce|connect|accept|get back)',
]);

export const timeBox = compile([
  '/(?:\\d{1,3}|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty)\\s*-?\\s*(?:min|mins|minute|minutes)',
  '/half[- ]an?[- ]hour',
  'half-hour',
  '/(?:an|one|1)\\s*-?\\s*hour',
  '/\\d{1,2}\\s*(?:h|hr|hrs|hours?)',
]);

export const genericGreetings = compile([
  '/dear (?:sir|madam)(?:\\s*(?:/|or|and)\\s*(?:sir|madam))?',
  'to whom it may concern',
  '/dear (?:hiring manager|recruiter|mentor|friend|all|team)',
  "/(?:respected|hello|hi|hey) (?:sir|madam|ma'am)",
]);
