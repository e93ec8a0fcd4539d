// placeholder syntax {{name}} (spaces inside the braces allowed); values are inserted literally, never re-scanned

export type PlaceholderInfo = {
  /** what the template manager's "insert placeholder" list shows */
  label: string;
  /** how the value reads in a sentence, so a user-written value fits the built-in templates */
  hint: string;
  example: string;
  /** who fills it: their profile, the user's mentee profile, the user's record of them (timeline, meetings), or the user */
  source: 'profile' | 'mentee' | 'record' | 'user';
};

export const placeholders = {
  firstName: {
    label: 'Their first name',
    hint: 'as they would sign, e.g. after “Hi”',
    example: 'Priya',
    source: 'profile',
  },
  fullName: {
    label: 'Their full name',
    hint: 'as on their profile',
    example: 'Priya Raman',
    source: 'profile',
  },
  theirWork: {
    label: 'Their work you cite',
    hint: 'follows “I’ve been following …”',
    example: 'your tiny-llm repo',
    source: 'profile',
  },
  sharedGround: {
    label: 'What you have in common',
    hint: 'follows “I noticed …”',
    example: 'we both studied at Northfield University',
    source: 'profile',
  },
  whyYou: {
    label: 'Why them',
    hint: 'follows “I’m …, ”: links their expertise to your goal',
    example: 'and your work on small language models is close to that',
    source: 'profile',
  },
  currentRole: {
    label: 'Their current role',
    hint: 'a job title',
    example: 'Staff ML Engineer',
    source: 'profile',
  },
  theirCompany: {
    label: 'Their company',
    hint: 'their current employer',
    example: 'Acme Robotics',
    source: 'profile',
  },
  myName: { label: 'Your name', hint: 'how you sign', example: 'Sam Lee', source: 'mentee' },
  myGoal: {
    label: 'Your goal in one line',
    hint: 'follows “I’m …”',
    example: 'moving from backend work into ML engineering',
    source: 'mentee',
  },
  theAsk: {
    label: 'Your one small ask',
    hint: 'follows “Would you be open to …”; include a time box',
    example: 'a 20-minute call in the next few weeks, at a time that suits you',
    source: 'user',
  },
  theirAdvice: {
    label: 'Their advice',
    hint: 'follows “your advice …”; start with “to” or “on”',
    example: 'to rebuild one paper end to end before reading more',
    source: 'user',
  },
  whatIDid: {
    label: 'What you did with it',
    hint: 'follows “Since then, …”',
    example: 'I rebuilt the attention paper in PyTorch and wrote up what I learned',
    source: 'user',
  },
  outcome: {
    label: 'What came of it',
    hint: 'follows “…, and …”',
    example: 'it got me my first ML interview',
    source: 'user',
  },
  nextStep: {
    label: 'Your next step',
    hint: 'follows “my next step is to …”',
    example: 'build a small evaluation harness this month',
    source: 'user',
  },
  lastMessage: {
    label: 'Your last message',
    hint: 'from your timeline: follows “resurface …”',
    example: 'my LinkedIn message of Tuesday 3 March',
    source: 'record',
  },
  lastReplyDate: {
    label: 'When they last replied',
    hint: 'from your timeline, e.g. “Friday 6 March”',
    example: 'Friday 6 March',
    source: 'record',
  },
  lastSpokeDate: {
    label: 'When you last spoke',
    hint: 'their last reply or your last meeting, e.g. “Friday 6 March”',
    example: 'Friday 6 March',
    source: 'record',
  },
  lastMeetingDate: {
    label: 'Your last meeting',
    hint: 'from your meetings and timeline, e.g. “Thursday 12 March”',
    example: 'Thursday 12 March',
    source: 'record',
  },
  lastMeetingTopic: {
    label: 'What your last meeting was about',
    hint: 'its first agenda topic',
    example: 'choosing between research and applied roles',
    source: 'record',
  },
  meetingTopic: {
    label: 'Meeting topic',
    hint: 'what you want to discuss',
    example: 'choosing between research and applied roles',
    source: 'user',
  },
  meetingDate: {
    label: 'Meeting date',
    hint: 'e.g. “Thursday 12 March”',
    example: 'Thursday 12 March',
    source: 'user',
  },
  progress: {
    label: 'Progress since last time',
    hint: 'one line',
    example: 'finished the fine-tuning course and shipped a demo',
    source: 'user',
  },
  questions: {
    label: 'Your questions',
    hint: 'one or two, short',
    example: 'how do you pick which papers to reproduce?',
    source: 'user',
  },
  challenge: {
    label: 'A challenge you are stuck on',
    hint: 'one line, specific',
    example: 'my eval scores don’t match the paper’s',
    source: 'user',
  },
} as const satisfies Record<string, PlaceholderInfo>;

export type PlaceholderName = keyof typeof placeholders;
export const placeholderNames = Object.keys(placeholders) as PlaceholderName[];

export const isPlaceholderName = (name: string): name is PlaceholderName =>
  Object.hasOwn(placeholders, name);

/** values a render uses; a missing, empty or blank value leaves the placeholder unfilled */
export type PlaceholderValues = Partial<Record<PlaceholderName, string | null>>;

export const defaultAsk = 'a 20-minute call in the next few weeks, at a time that suits you';

/** the {{name}} the editor inserts */
export const placeholderToken = (name: PlaceholderName): string => `{{${name}}}`;

export type TemplateError = {
  kind: 'unknown' | 'unclosed' | 'unopened' | 'empty' | 'invalid-name';
  /** offset in the template text, for the editor to highlight */
  index: number;
  length: number;
  message: string;
};

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; raw: string; index: number };

const identifier = /^[A-Za-z][A-Za-z0-9]*$/;
const maxErrors = 50;

function suggestion(name: string): string {
  const match = placeholderNames.find((known) => known.toLowerCase() === name.toLowerCase());
  return match ? ` Did you mean {{${match}}}?` : '';
}

/** next index of `needle` at or after `from`, remembering the last answer: keeps the scan linear */
function finder(haystack: string, needle: string) {
  let found = -2;
  return (from: number): number => {
    if (found === -1 || found >= from) return found;
    found = haystack.indexOf(needle, from);
    return found;
  };
}

/** one pass over the template: text, placeholders, and every malformed brace as an error */
function scan(template: string): { tokens: Token[]; errors: TemplateError[] } {
  const tokens: Token[] = [];
  const errors: TemplateError[] = [];
  const nextOpen = finder(template, '{{');
  const nextClose = finder(template, '}}');
  let text = '';
  let at = 0;
  const flushText = () => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  while (at < template.length) {
    const open = nextOpen(at);
    const close = nextClose(at);
    if (close !== -1 && (open === -1 || close < open)) {
      errors.push({
        kind: 'unopened',
        index: close,
        length: 2,
        message: `“}}” at position ${close + 1} closes nothing. Remove it, or add “{{” before the name.`,
      });
      text += template.slice(at, close + 2);
      at = close + 2;
      continue;
    }
    if (open === -1) {
      text += template.slice(at);
      break;
    }
    text += template.slice(at, open);
    const end = nextClose(open + 2);
    const reopen = nextOpen(open + 2);
    if (end === -1 || (reopen !== -1 && reopen < end)) {
      const shown = template.slice(open, open + 20).split('\n')[0] ?? '{{';
      errors.push({
        kind: 'unclosed',
        index: open,
        length: 2,
        message: `“${shown}” at position ${open + 1} is never closed. Add “}}” after the name.`,
      });
      text += '{{';
      at = open + 2;
      continue;
    }
    const raw = template.slice(open, end + 2);
    const name = template.slice(open + 2, end).trim();
    if (!name) {
      errors.push({
        kind: 'empty',
        index: open,
        length: raw.length,
        message: `“${raw}” has no name inside. Add one, e.g. {{firstName}}.`,
      });
      text += raw;
    } else if (!identifier.test(name)) {
      errors.push({
        kind: 'invalid-name',
        index: open,
        length: raw.length,
        message: `“${raw.slice(0, 60)}” is not a placeholder name: use letters and digits only, e.g. {{firstName}}.`,
      });
      text += raw;
    } else {
      if (!isPlaceholderName(name)) {
        errors.push({
          kind: 'unknown',
          index: open,
          length: raw.length,
          message: `{{${name}}} is not a known placeholder.${suggestion(name)}`,
        });
      }
      flushText();
      tokens.push({ kind: 'placeholder', name, raw, index: open });
    }
    at = end + 2;
  }
  flushText();
  // a pathological text gets its first problems listed, not thousands
  return { tokens, errors: errors.slice(0, maxErrors) };
}

/** every problem in a template's text, each with a message; [] when it is fine */
export function validateTemplate(body: string): TemplateError[] {
  return scan(body).errors;
}

/** the placeholder names a template uses, in order of first use */
export function placeholdersIn(body: string): string[] {
  const names = new Set<string>();
  for (const token of scan(body).tokens) if (token.kind === 'placeholder') names.add(token.name);
  return [...names];
}

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; text: string; name: PlaceholderName }
  | { kind: 'unfilled'; text: string; name: string };

export type Rendered = {
  /** the message as it would be copied; unfilled placeholders stay visible as {{name}} */
  text: string;
  /** names still to fill, in order: while non-empty the editor blocks Copy */
  unfilled: string[];
  /** for the editor's highlighting: filled values and unfilled placeholders marked apart */
  segments: Segment[];
  /** template syntax problems (validateTemplate): Copy is blocked while any remain */
  errors: TemplateError[];
};

/** fills {{name}} with values as literal text; unknown or blank ones stay visible and listed in `unfilled` */
export function renderTemplate(template: string, values: PlaceholderValues): Rendered {
  const { tokens, errors } = scan(template);
  const segments: Segment[] = [];
  const unfilled: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'text') {
      segments.push({ kind: 'text', text: token.text });
      continue;
    }
    const value = isPlaceholderName(token.name) ? values[token.name] : undefined;
    const filled = typeof value === 'string' ? value.trim() : '';
    if (filled && isPlaceholderName(token.name)) {
      segments.push({ kind: 'placeholder', text: filled, name: token.name });
    } else {
      segments.push({ kind: 'unfilled', text: `{{${token.name}}}`, name: token.name });
      if (!unfilled.includes(token.name)) unfilled.push(token.name);
    }
  }
  return { text: segments.map((segment) => segment.text).join(''), unfilled, segments, errors };
}
