import { describe, expect, it } from 'vitest';
import { menteeProfileSchema } from '@/utils/fit/mentee';
import { scoreFit } from '@/utils/fit/score';
import {
  type CitationCandidate,
  citationCandidates,
  citationKinds,
  placeholderValues,
  whyYouClause,
} from '@/utils/outreach/context';
import { extractProfile } from '@/utils/profile/extract';
import { emptySnapshot, type ProfileSnapshot } from '@/utils/profile/snapshot';
import { hasRealFixtures, loadRealPage, realFixturesSkipNote } from '../../support/real-fixtures';

const berlin = menteeProfileSchema.parse({
  name: 'Alex',
  targetRoles: ['Machine learning engineer'],
  focusAreas: [
    { topic: 'machine learning', priority: 'high' },
    { topic: 'Python', priority: 'high' },
  ],
  location: 'Berlin, Germany',
});

// an invented researcher whose page shows many kinds of work
const researcher = (fields: Partial<ProfileSnapshot> = {}): ProfileSnapshot => ({
  ...emptySnapshot('linkedin', 'mira-example', 'https://www.linkedin.com/in/mira-example/'),
  name: 'Mira Example',
  headline: 'Research lead at Northwind AI | TIME100 AI | Speaker at NeurIPS',
  company: 'Northwind AI',
  about: 'Author of Small Models, Big Ideas. Host of The Eval Hour podcast.',
  experience: [
    {
      title: 'Research lead',
      company: 'Northwind AI',
      start: '2021-01',
      end: null,
      location: null,
      description: null,
    },
  ],
  signals: { sharedHighlights: ['You both worked at Quillfeather Labs'], mutualConnections: 2 },
  ...fields,
});

const rankOf = (candidate: CitationCandidate) =>
  citationKinds.indexOf(candidate.kind ?? 'employer');
const work = (list: CitationCandidate[]) => list.filter((c) => c.placeholder === 'theirWork');

describe('citation ranking', () => {
  it('offers talks, awards, books and podcasts from their page, each before their role', () => {
    const list = work(citationCandidates([researcher()], null, berlin));
    const texts = list.map((c) => c.text);
    expect(texts).toContain('your talk at NeurIPS');
    expect(texts).toContain('the work that earned your TIME100 AI recognition');
    expect(texts).toContain('your book Small Models');
    expect(texts).toContain('your podcast The Eval Hour podcast');
    const role = texts.indexOf('your work as Research lead at Northwind AI');
    expect(role).toBe(texts.length - 1);
    // ranks never go down the list
    const ranks = list.map(rankOf);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('puts a pinned repo, with what it does, first, and the employer alone last', () => {
    const github = {
      ...emptySnapshot('github', 'mira', 'https://github.com/mira'),
      company: 'Northwind AI',
      repos: [
        {
          name: 'tiny-eval',
          description: 'Evaluate small language models on your laptop',
          language: 'Python',
          stars: 90,
          forks: 3,
        },
      ],
    };
    const list = work(citationCandidates([github], null, berlin));
    expect(list[0]).toMatchObject({
      kind: 'repo',
      text: 'your tiny-eval repo (evaluate small language models on your laptop)',
    });
    expect(list.at(-1)).toMatchObject({ kind: 'employer', text: 'your work at Northwind AI' });
  });

  it('keeps shared ground as its own slot: a shared employer, a group, mutual connections', () => {
    const shared = citationCandidates(
      [
        researcher({
          signals: {
            sharedHighlights: [
              'You both worked at Quillfeather Labs',
              'You and Mira are both in Applied ML Berlin (moderated)',
            ],
            mutualConnections: 2,
          },
        }),
      ],
      null,
      berlin,
    ).filter((c) => c.placeholder === 'sharedGround');
    expect(shared.map((c) => c.text)).toEqual([
      'we both worked at Quillfeather Labs',
      "we're both in Applied ML Berlin",
      'we have 2 mutual connections',
    ]);
  });

  it('offers what the fit suggested as shared ground ("you both worked at Stripe") in that slot', () => {
    const fit = scoreFit(researcher(), berlin);
    const list = citationCandidates([researcher()], {
      ...fit,
      cite: ['you both worked at Stripe'],
    });
    expect(list.find((c) => c.text === 'we both worked at Stripe')?.placeholder).toBe(
      'sharedGround',
    );
  });

  it('offers Featured items by their title and honours by name, skipping what names nothing', () => {
    const page = researcher({
      headline: 'Research lead at Northwind AI',
      about: null,
      signals: {
        featured: [
          { title: 'Why small models win.', url: 'https://www.linkedin.com/pulse/small-models/' },
          { title: null, url: 'https://example.com/only-a-link' },
          { title: 'Slides', url: 'not a url' },
          { title: 'Evals for tiny LLMs, a field guide', url: null },
        ],
        honors: [
          { title: 'Member, Academy of Things', issuer: null, date: null },
          { title: '"Salute to Greatness"\u200b', issuer: 'A Center', date: '2012-01' },
          { title: 'x'.repeat(200), issuer: null, date: null },
        ],
      },
    });
    const texts = work(citationCandidates([page], null, berlin)).map((c) => c.text);
    expect(texts).toEqual([
      'your article “Why small models win”',
      'your featured piece “Evals for tiny LLMs, a field guide…”',
      'the work that earned you the Salute to Greatness',
      'your work as Research lead at Northwind AI',
    ]);
  });

  it('the default draft uses the best candidate', () => {
    const values = placeholderValues([researcher()], null, berlin);
    expect(values.theirWork).toBe('your talk at NeurIPS');
    expect(values.sharedGround).toBe('we both worked at Quillfeather Labs');
  });

  it('says why this person, from what their page shows, for the user', () => {
    const ml = researcher({ headline: 'Machine learning research lead', about: null });
    expect(whyYouClause([ml], berlin)).toBe('and your machine learning work is close to that');
    // nothing matches: the user's own reason, claiming nothing about their work
    expect(whyYouClause([researcher({ headline: 'Florist', about: null })], berlin)).toBe(
      "and I'm looking for advice on the way there",
    );
    expect(whyYouClause([], berlin)).toBe("and I'm looking for advice on the way there");
  });

  it('a group both joined is said as just that, not as their work', () => {
    const member = researcher({
      headline: 'Florist',
      about: null,
      experience: [],
      signals: {
        sharedHighlights: ['You and Mira are both in Machine Learning Berlin (moderated)'],
      },
    });
    expect(whyYouClause([member], berlin)).toBe("and we're both in Machine Learning Berlin");
  });

  it('says what a repo does whole, or not at all: never a cut mid-sentence', () => {
    const repo = (name: string, description: string) => ({
      name,
      description,
      language: null,
      stars: 0,
      forks: null,
    });
    const coder = (description: string) =>
      work(
        citationCandidates(
          [
            {
              ...emptySnapshot('github', 'mira', 'https://github.com/mira'),
              repos: [repo('tool', description)],
            },
          ],
          null,
          berlin,
        ),
      )[0]?.text;
    expect(coder('A small LLM trainer.')).toBe('your tool repo (a small LLM trainer)');
    // too long to say whole: left out rather than cut
    expect(
      coder('Simple CLI tool to display file stats for any directory you point it at. Fast.'),
    ).toBe('your tool repo');
    expect(coder('Front-end repository for the chillspot web app, built with Vue')).toBe(
      'your tool repo (front-end repository for the chillspot web app)',
    );
    expect(coder('client repository for kora (a full-stack app for meetups)')).toBe(
      'your tool repo (client repository for kora)',
    );
    expect(coder('x'.repeat(500))).toBe('your tool repo');
  });
});

const real = {
  adi: ['linkedin/loggedin-2026-adivirsingh13.html', 'AgentMail'],
  reid: ['linkedin/guest-2026-reidhoffman.html', 'Manas AI'],
  dulitha: ['linkedin/guest-2023-dulitha.html', 'Aristotle'],
  austin: ['linkedin/loggedin-2022-austin.html', 'Google'],
  mayowa: ['github/profile-2021-mayowa-ojo.html', null],
} as const;

describe.skipIf(!hasRealFixtures)(
  `citation ranking on real pages${realFixturesSkipNote}`,
  { timeout: 60_000 },
  () => {
    const candidatesOf = (file: string) => {
      const { doc, pageUrl } = loadRealPage(file);
      const result = extractProfile(doc, pageUrl);
      if (!result.ok) throw new Error(`${file}: ${result.reason}`);
      const fit = scoreFit(result.profile, berlin);
      return citationCandidates([result.profile], fit, berlin);
    };

    it.each(Object.entries(real))(
      '%s: the best citation is something of theirs, not the employer alone',
      (_, [file, employer]) => {
        const list = work(candidatesOf(file));
        const best = list[0];
        expect(best?.specific).toBe(true);
        expect(best?.kind).not.toBe('employer');
        expect(best?.kind).not.toBe('role');
        if (employer) {
          // the employer-based candidates come after every other kind of work
          const firstEmployer = list.findIndex((c) => c.kind === 'employer' || c.kind === 'role');
          expect(firstEmployer).toBeGreaterThan(0);
        }
        const ranks = list.map(rankOf);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      },
    );

    it('reads the signed-in 2026 page: a Featured post first, then a phrase of theirs, the shared group as shared ground', () => {
      const list = candidatesOf(real.adi[0]);
      const texts = work(list).map((c) => c.text);
      // the card shows the post's opening words; the quote says it goes on
      expect(texts[0]).toBe(
        'your post “My two best friends and I just raised $6 million to build…”',
      );
      expect(work(list)[0]).toMatchObject({ kind: 'featured', specific: true });
      expect(texts).toContain("your take, “we're email for your AI”");
      expect(texts.indexOf("your take, “we're email for your AI”")).toBeGreaterThan(0);
      expect(list.find((c) => c.placeholder === 'sharedGround')?.text).toBe(
        "we're both in AI & Machine Learning Community",
      );
    });

    it.each([
      [real.reid[0], 'the work that earned you the Marshall Medal'],
      [real.austin[0], 'the work that earned you the Susan Near Prize in Physics'],
      [real.dulitha[0], 'the work that earned you the Best Academic Achievement'],
    ])(
      '%s: offers the Honors & awards it lists, after their own work and before their role',
      (file, honour) => {
        const list = work(candidatesOf(file));
        const at = list.findIndex((c) => c.text === honour);
        expect(list[at]).toMatchObject({ kind: 'honor', specific: true });
        const role = list.findIndex((c) => c.kind === 'role' || c.kind === 'employer');
        if (role >= 0) expect(at).toBeLessThan(role);
        // a membership is not an honour earned for their work
        expect(list.map((c) => c.text).join('\n')).not.toMatch(/earned you the Member/);
      },
    );

    it('real repos are described whole or not at all, and a shared group is not called their work', () => {
      const repos = work(candidatesOf(real.mayowa[0])).filter((c) => c.kind === 'repo');
      expect(repos.length).toBeGreaterThan(3);
      for (const repo of repos) expect(repo.text).not.toContain('…');
      expect(repos[0]?.text).toBe(
        'your eyeball repo (simple cli tool to display file stats for your projects)',
      );
      const { doc, pageUrl } = loadRealPage(real.adi[0]);
      const adi = extractProfile(doc, pageUrl);
      if (!adi.ok) throw new Error(adi.reason);
      // his only match is the group you share: said as that, not as "your machine learning work"
      expect(whyYouClause([adi.profile], berlin)).toBe(
        "and we're both in AI & Machine Learning Community",
      );
    });

    it('reads the book and the podcast from a headline', () => {
      const texts = work(candidatesOf(real.reid[0])).map((c) => c.text);
      expect(texts.slice(0, 2)).toEqual([
        'your book Superagency',
        'your podcast Possible and Masters of Scale',
      ]);
    });
  },
);
