import { describe, expect, it } from 'vitest';
import { channelLimitsSchema, limitFor } from '@/utils/outreach/channels';
import {
  checkTact,
  type TactContext,
  type TactResult,
  tactProblems,
  tactRules,
} from '@/utils/outreach/tact';
import { tactRuleIds } from '@/utils/outreach/tact/types';
import { githubPerson, linkedinPerson } from './people';

const good =
  "Hi Priya, I've been following your tiny-llm repo. I'm moving into ML engineering; would you be open to a 15-minute chat sometime? No worries if you're busy. Sam";

function context(overrides: Partial<TactContext> = {}): TactContext {
  return {
    channel: 'linkedin-message',
    limit: limitFor('linkedin-message'),
    kind: 'first-approach',
    profiles: [linkedinPerson(), githubPerson()],
    ...overrides,
  };
}

function check(
  body: string,
  overrides: Partial<TactContext> = {},
  subject?: string,
): Record<string, TactResult> {
  return Object.fromEntries(
    checkTact({ body, subject }, context(overrides)).map((result) => [result.rule, result]),
  );
}

describe('checkTact', () => {
  it('reports every rule once, in order, each with a reason and a fix', () => {
    const results = checkTact({ body: good }, context());
    expect(results.map((result) => result.rule)).toEqual([...tactRuleIds]);
    expect(tactRules.map((rule) => rule.id)).toEqual([...tactRuleIds]);
    for (const result of results) {
      expect(result.reason.length).toBeGreaterThan(5);
      expect(result.fix.length).toBeGreaterThan(5);
      expect(result.reason).not.toContain('\n');
    }
  });

  it('passes a good first approach on every rule', () => {
    expect(tactProblems(checkTact({ body: good }, context()))).toEqual([]);
  });

  it('marks rules that do not apply as passing and not applied', () => {
    const results = check('Hi Priya, thank you for today. Sam', { kind: 'thank-you' });
    for (const rule of [
      'specific',
      'one-clear-ask',
      'time-box',
      'easy-out',
      'no-job-ask',
    ] as const) {
      expect(results[rule]).toMatchObject({ ok: true, applies: false });
      expect(results[rule]?.reason).toMatch(/Not checked/);
    }
    expect(results['no-pressure']?.applies).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\r\n\t '],
    ['markup', '<script>alert(1)</script><img src=x onerror=alert(1)>'],
    ['unbalanced braces', '{{{{}}}} }} {{'],
    ['huge', 'Hi Priya. '.repeat(30_000)],
    ['control characters', '\u0000\u0007\u202E hi'],
  ])('gives a clear result for a %s body, never a throw', (_, body) => {
    const results = checkTact({ body }, context());
    expect(results).toHaveLength(tactRuleIds.length);
    expect(results.some((result) => !result.ok)).toBe(true);
  });

  it('tolerates a missing body and no profiles', () => {
    const results = checkTact(
      { body: undefined as unknown as string, subject: null },
      context({ profiles: [] }),
    );
    expect(results).toHaveLength(tactRuleIds.length);
  });
});

describe('within-limit', () => {
  const note = (account: 'free' | 'premium') => ({
    channel: 'linkedin-connection-note' as const,
    limit: limitFor(
      'linkedin-connection-note',
      channelLimitsSchema.parse({ linkedinAccount: account }),
    ),
  });

  it('fails 201 characters on a free account and passes them on premium', () => {
    const body = `Hi Priya, ${'x'.repeat(191)}`;
    expect(body).toHaveLength(201);
    expect(check(body, note('free'))['within-limit']).toMatchObject({ ok: false });
    expect(check(body, note('free'))['within-limit']?.reason).toMatch(
      /^201 \/ 200 characters: 1 over/,
    );
    expect(check(body, note('premium'))['within-limit']).toMatchObject({
      ok: true,
      reason: '201 / 300 characters.',
    });
  });

  it('counts emoji as LinkedIn does: 100 👋 fit 200, 101 do not', () => {
    expect(check('👋'.repeat(100), note('free'))['within-limit']?.ok).toBe(true);
    expect(check('👋'.repeat(101), note('free'))['within-limit']?.ok).toBe(false);
  });

  it('counts CRLF line breaks once', () => {
    const body = `${'x'.repeat(99)}\r\n${'x'.repeat(100)}`;
    expect(check(body, note('free'))['within-limit']?.ok).toBe(true);
  });

  it('fails an InMail subject over 200 characters', () => {
    const result = check(
      good,
      { channel: 'linkedin-inmail', limit: limitFor('linkedin-inmail') },
      's'.repeat(201),
    );
    expect(result['within-limit']).toMatchObject({ ok: false });
    expect(result['within-limit']?.reason).toMatch(/subject is 201 \/ 200/);
  });

  it('passes any length of email body (the reading-time rule covers it)', () => {
    const result = check(
      'word '.repeat(5_000),
      { channel: 'email', limit: limitFor('email') },
      'Hello',
    );
    expect(result['within-limit']?.ok).toBe(true);
    expect(result['readable-in-20-seconds']?.ok).toBe(false);
  });
});

describe('subject', () => {
  it('fails a first email or InMail without a subject', () => {
    expect(check(good, { channel: 'email', limit: limitFor('email') }).subject?.ok).toBe(false);
    expect(check(good, { channel: 'email', limit: limitFor('email') }, '   ').subject?.ok).toBe(
      false,
    );
    expect(
      check(
        good,
        { channel: 'linkedin-inmail', limit: limitFor('linkedin-inmail') },
        'Learning from your repo',
      ).subject?.ok,
    ).toBe(true);
  });
  it('does not apply to a connection note or a reply in a thread', () => {
    expect(check(good).subject?.applies).toBe(false);
    expect(
      check(good, { channel: 'email', limit: limitFor('email'), kind: 'follow-up' }).subject
        ?.applies,
    ).toBe(false);
  });
});

describe('placeholders-filled', () => {
  it('fails while a {{placeholder}} is left in the body or subject', () => {
    expect(check('Hi {{firstName}}, …')['placeholders-filled']).toMatchObject({ ok: false });
    expect(check('Hi {{firstName}}, …')['placeholders-filled']?.reason).toContain('{{firstName}}');
    expect(check(good, {}, 'About {{theirWork}}')['placeholders-filled']?.ok).toBe(false);
    expect(check(good)['placeholders-filled']?.ok).toBe(true);
  });
});

describe('greeting', () => {
  it.each([
    ['Dear Sir/Madam,\nI would like…'],
    ['Dear Sir or Madam, hello'],
    ['To whom it may concern,'],
    ['Dear Hiring Manager,'],
    ['Respected Sir, greetings'],
  ])('fails the mass-mailing opening %j', (body) => {
    const result = check(body).greeting;
    expect(result?.ok).toBe(false);
    expect(result?.fix).toContain('Hi Priya,');
  });

  it('fails a greeting with someone else’s name and names the right one', () => {
    const result = check('Hi Sarah, I loved your tiny-llm repo.').greeting;
    expect(result?.ok).toBe(false);
    expect(result?.reason).toBe('Greets “Sarah”, which is not their name (Priya).');
  });

  it.each([
    ['Hi Priya,'],
    ['Hello PRIYA!'],
    ['Dear Dr. Raman,'],
    ['Dear Priya Raman,'],
    ['Hi there,'],
    ['Hey Priya - quick note'],
    ['Thanks for your repo!'],
    ['Hi Priya I saw your repo'],
  ])('passes %j', (body) => {
    expect(check(body).greeting?.ok).toBe(true);
  });

  it('passes when the name is unknown, saying it could not check', () => {
    const result = check('Hi Sarah,', { profiles: [githubPerson({ name: null })] }).greeting;
    expect(result?.ok).toBe(true);
    expect(result?.reason).toMatch(/unknown/);
  });

  it('uses the first name the user chose over the profile', () => {
    expect(check('Hi Pri,', { firstName: 'Pri' }).greeting?.ok).toBe(true);
  });

  it('accepts a right-to-left name and ignores accents', () => {
    const profiles = [linkedinPerson({ name: 'محمد علي' })];
    expect(check('Hi محمد,', { profiles }).greeting?.ok).toBe(true);
    expect(
      check('Hi Zoe,', { profiles: [linkedinPerson({ name: 'Zoë Ångström' })] }).greeting?.ok,
    ).toBe(true);
  });
});

describe('specific', () => {
  it.each([
    ['a repo', 'I learned a lot from your tiny-llm repo.'],
    ['a repo written differently', 'Your Tiny LLM code was great.'],
    ['their role at their employer', 'I saw your work as Staff ML Engineer at Acme Robotics.'],
    ['a past employer', 'I saw you were at Quillfeather Labs.'],
    ['their school (shared ground)', 'I also studied at Northfield University.'],
    ['mutual connections', 'We have a few mutual connections.'],
    ['their website', 'I read priyaraman.dev every week.'],
    ['a GitHub organization', 'I use open-robotics-lab tools.'],
    ['a headline phrase', 'Building small language models is my goal too.'],
    ['named work we could not see', 'Your talk at PyData Lisbon changed my mind.'],
  ])('passes when it cites %s', (_, body) => {
    expect(check(body).specific?.ok).toBe(true);
  });

  it('credits a phrase quoted from their page and a name their page uses, beyond the employer', () => {
    const page = [
      linkedinPerson({
        name: 'Louis Example',
        company: 'Pipelex',
        about: 'We turn know-how into software. Our Know-How Graph maps what experts do.',
        signals: {
          recentPosts: [
            { text: 'Declarative pipelines beat clever prompts, every time.', date: null },
          ],
        },
      }),
    ];
    const viewpoint =
      "Hi Louis, your Know-How Graph viewpoint changed how I structure my projects. I'm moving into ML; would you be open to a 15-minute chat? No worries if you're busy. Sam";
    expect(check(viewpoint, { profiles: page, firstName: 'Louis' }).specific).toMatchObject({
      ok: true,
      reason: 'Cites “Know-How Graph”.',
    });
    const quoted =
      'Hi Louis, I keep coming back to your post, “Declarative pipelines beat clever prompts”. Would you be open to a short call? No worries if not. Sam';
    expect(check(quoted, { profiles: page, firstName: 'Louis' }).specific?.ok).toBe(true);
    // a phrase they never wrote is not credited
    const invented =
      'Hi Louis, I loved “your thoughts on graph databases”. Would you be open to a call?';
    expect(check(invented, { profiles: page, firstName: 'Louis' }).specific?.ok).toBe(false);
  });

  it('does not count their employer alone as specific, and says what to name instead', () => {
    const result = check("Hi Priya, I've been following your work at Acme Robotics.").specific;
    expect(result?.ok).toBe(false);
    expect(result?.reason).toMatch(/^Names only their employer \(“Acme Robotics”\)/);
    expect(result?.fix).toContain('tiny-llm');
  });

  it('credits what their page links to, a Featured title and an honour, typed by hand', () => {
    const profiles = [
      linkedinPerson({
        links: ['https://dev.to/unorthodev', 'https://www.linkedin.com/in/priya/', 'nonsense'],
        signals: {
          featured: [{ title: 'Evals for tiny LLMs, a field guide', url: null }],
          honors: [{ title: 'Marshall Medal', issuer: null, date: null }],
        },
      }),
    ];
    const typed = (body: string) => check(body, { profiles }).specific;
    expect(typed("Hi Priya, I've been following your writing at dev.to.")).toMatchObject({
      ok: true,
      reason: 'Cites “dev.to”.',
    });
    expect(typed('I read your “Evals for tiny LLMs, a field guide”.')?.ok).toBe(true);
    expect(typed('Congratulations on the Marshall Medal.')?.ok).toBe(true);
    // the profile's own platform names nothing about them
    expect(typed('I saw your page on linkedin.com.')?.ok).toBe(false);
  });

  it('passes a citation the user picked', () => {
    expect(check('I loved your keynote.', { cited: ['your keynote'] }).specific?.ok).toBe(true);
  });

  it('does not count a picked citation of their employer alone, but does their own work', () => {
    const employerOnly = "Hi Priya, I've been following your work at Acme Robotics.";
    const picked = check(employerOnly, { cited: ['your work at Acme Robotics'] }).specific;
    expect(picked?.ok).toBe(false);
    expect(picked?.reason).toMatch(/^Names only their employer/);
    // hostile spacing and case change nothing
    expect(
      check('I follow YOUR  WORK at acme-robotics!', { cited: ['your work at Acme Robotics'] })
        .specific?.ok,
    ).toBe(false);
    const ownWork = "Hi Priya, I've been following your tiny-llm repo (a small LLM trainer).";
    expect(
      check(ownWork, { cited: ['your tiny-llm repo (a small LLM trainer)'] }).specific,
    ).toMatchObject({ ok: true });
    // the employer and their role there is more than the employer
    expect(
      check('I saw your work as Staff ML Engineer at Acme Robotics.', {
        cited: ['your work as Staff ML Engineer at Acme Robotics'],
      }).specific?.ok,
    ).toBe(true);
  });

  it.each([
    ['generic praise', 'I admire your work and your career.'],
    ['only their name', 'Hi Priya, I would like to connect.'],
    ['a generic repo word', 'I read your blog and your notes.'],
  ])('fails %s', (_, body) => {
    const result = check(body).specific;
    expect(result?.ok).toBe(false);
    expect(result?.fix).toContain('tiny-llm');
  });
});

describe('one-clear-ask', () => {
  it('passes one question', () => {
    expect(check('Would you be open to a 15-minute call?')['one-clear-ask']?.ok).toBe(true);
  });

  it.each([
    ['two questions', 'Would you be open to a call? Could you also review my project?', /2 asks/],
    [
      'two asks in one sentence',
      'Would you be open to a call, and could you review my project?',
      /2 asks/,
    ],
    [
      'a question and a request',
      'Would you be open to a call? I would appreciate your feedback on my repo too.',
      /2 asks/,
    ],
    ['pick your brain', "I'd love to pick your brain sometime.", /open-ended/],
    ['be my mentor', 'Would you be my mentor?', /open-ended/],
    ['any advice', 'Any advice would help.', /open-ended/],
    ['no ask at all', 'I really like your repo. Thanks.', /No clear ask/],
  ])('fails %s', (_, body, reason) => {
    const result = check(body)['one-clear-ask'];
    expect(result?.ok).toBe(false);
    expect(result?.reason).toMatch(reason);
  });

  it('does not count the easy out as an ask', () => {
    expect(
      check(
        "Would you be open to a 15-minute call? I'd understand if you can't. Please let me know if now isn't a good time.",
      )['one-clear-ask']?.ok,
    ).toBe(true);
  });
});

describe('time-box', () => {
  it.each([
    ['a 15-minute call'],
    ['a 15-min call'],
    ['20 minutes'],
    ['half an hour'],
    ['thirty minutes'],
  ])('passes an ask with %j', (box) => {
    expect(check(`Would you be open to ${box} sometime?`)['time-box']?.ok).toBe(true);
  });

  it('passes a time box in the sentence after the ask', () => {
    expect(
      check('Would you be open to a call? It would take 20 minutes at most.')['time-box']?.ok,
    ).toBe(true);
  });

  it('fails an ask without a time box, even if a duration appears elsewhere', () => {
    expect(
      check('I spent 20 minutes on your repo. Thanks for it. Would you be open to a call?')[
        'time-box'
      ]?.ok,
    ).toBe(false);
  });
});

describe('easy-out', () => {
  it.each([
    ['No worries if not.'],
    ["If you're too busy, I completely understand."],
    ['No pressure at all.'],
    ['If now isn’t a good time, that’s fine.'],
    ['Feel free to ignore this.'],
  ])('passes %j', (out) => {
    expect(check(`Would you be open to a 15-minute call? ${out}`)['easy-out']?.ok).toBe(true);
  });

  it('fails without one', () => {
    const result = check('Would you be open to a 15-minute call?')['easy-out'];
    expect(result?.ok).toBe(false);
    expect(result?.fix).toMatch(/No worries/);
  });
});

describe('no-pressure', () => {
  it.each([
    ['ASAP', 'Please reply ASAP.'],
    ['urgent', 'This is urgent.'],
    ['quick favor', 'Can I ask a quick favor?'],
    ['just following up again', 'Just following up again on this.'],
    ['need', 'I need your help.'],
    ['needs', 'My career needs this.'],
    ['deadline', 'I have a deadline on Friday.'],
  ])('fails %s', (word, body) => {
    const result = check(body)['no-pressure'];
    expect(result?.ok).toBe(false);
    expect(result?.reason.toLowerCase()).toContain(word.toLowerCase());
  });

  it.each([['No need to reply.'], ['That was exactly what I needed.'], [good]])(
    'passes %j',
    (body) => {
      expect(check(body)['no-pressure']?.ok).toBe(true);
    },
  );

  it('applies to every kind of message and looks at the subject too', () => {
    expect(
      check('Thanks!', { kind: 'thank-you', channel: 'email', limit: limitFor('email') }, 'URGENT')[
        'no-pressure'
      ]?.ok,
    ).toBe(false);
  });
});

describe('no-job-ask', () => {
  it.each([
    ['Is your team hiring?'],
    ['Could you refer me for a role?'],
    ['A referral would mean a lot.'],
    ['I am looking for a job in ML.'],
    ['I attached my resume.'],
    ['Are there open roles on your team?'],
  ])('fails %j in a first message', (body) => {
    expect(check(body)['no-job-ask']?.ok).toBe(false);
  });

  it.each([['Great job on your keynote.'], ['I work on computer vision (CV) models.'], [good]])(
    'passes %j',
    (body) => {
      expect(check(body)['no-job-ask']?.ok).toBe(true);
    },
  );

  it('is not checked once a relationship exists', () => {
    expect(
      check('The job advice helped.', { kind: 'progress-update' })['no-job-ask']?.applies,
    ).toBe(false);
    expect(check('Are you hiring?', { kind: 'follow-up' })['no-job-ask']?.ok).toBe(false);
  });
});

describe('no-empty-flattery', () => {
  it('fails praise with nothing specific', () => {
    const result = check("You're a legend and I'm a huge fan. Would you be open to a call?")[
      'no-empty-flattery'
    ];
    expect(result?.ok).toBe(false);
    expect(result?.reason).toContain('“legend”');
    expect(result?.reason).toContain('“huge fan”');
  });

  it('passes praise tied to something specific', () => {
    expect(check('Your tiny-llm repo is amazing.')['no-empty-flattery']?.ok).toBe(true);
  });

  it('passes no praise', () => {
    expect(check(good)['no-empty-flattery']).toMatchObject({
      ok: true,
      reason: 'No generic flattery.',
    });
  });
});

describe('readable-in-20-seconds', () => {
  const note = {
    channel: 'linkedin-connection-note' as const,
    limit: limitFor('linkedin-connection-note'),
  };
  it('allows 65 words in a note and fails 66', () => {
    expect(check('word '.repeat(65), note)['readable-in-20-seconds']?.ok).toBe(true);
    expect(check('word '.repeat(66), note)['readable-in-20-seconds']?.ok).toBe(false);
  });
  it('allows 150 words in a message and fails 151', () => {
    expect(check('word '.repeat(150))['readable-in-20-seconds']?.ok).toBe(true);
    const result = check('word '.repeat(151))['readable-in-20-seconds'];
    expect(result?.ok).toBe(false);
    expect(result?.reason).toMatch(/151 words/);
  });
  it('does not apply to a meeting agenda', () => {
    expect(
      check('word '.repeat(400), { kind: 'meeting-agenda' })['readable-in-20-seconds']?.applies,
    ).toBe(false);
  });
});
