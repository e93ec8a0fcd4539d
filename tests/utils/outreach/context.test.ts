import { describe, expect, it } from 'vitest';
import { defaultMenteeProfile, menteeProfileSchema } from '@/utils/fit/mentee';
import {
  applyCitation,
  citationCandidates,
  currentRoleOf,
  goalLine,
  placeholderValues,
} from '@/utils/outreach/context';
import { defaultAsk, renderTemplate } from '@/utils/outreach/placeholders';
import { builtInTemplates } from '@/utils/outreach/templates';
import { emptySnapshot } from '@/utils/profile/snapshot';
import { fitResult, githubPerson, linkedinPerson, mentee } from './people';

describe('placeholderValues', () => {
  it('fills what the profiles and the mentee profile say', () => {
    expect(placeholderValues([githubPerson(), linkedinPerson()], fitResult(), mentee)).toEqual({
      firstName: 'Priya',
      fullName: 'Priya Raman',
      theirWork: 'your tiny-llm repo (a 300-line GPT in PyTorch, for learning)',
      sharedGround: 'we both studied at Northfield University',
      whyYou: 'and your PyTorch and evaluation work is close to that',
      currentRole: 'Staff ML Engineer',
      theirCompany: 'Acme Robotics',
      myName: 'Sam Lee',
      myGoal: 'working towards an ML engineer role',
      theAsk: defaultAsk,
    });
  });

  it('leaves the goal unfilled while the user has not set their own', () => {
    expect(
      placeholderValues([linkedinPerson()], null, defaultMenteeProfile).myGoal,
    ).toBeUndefined();
    expect(
      placeholderValues([linkedinPerson()], fitResult({ usesDefaultProfile: true }), mentee).myGoal,
    ).toBeUndefined();
  });

  it('leaves out what is unknown, so the draft shows it unfilled and never says "undefined"', () => {
    const nameless = { ...emptySnapshot('github', 'x9', 'https://github.com/x9') };
    const values = placeholderValues([nameless], null, menteeProfileSchema.parse({}));
    expect(values).toEqual({ theAsk: defaultAsk });
    const note = builtInTemplates.find(
      (template) => template.id === 'builtin-first-approach-note-warm',
    );
    const rendered = renderTemplate(note?.body ?? '', values);
    expect(rendered.unfilled).toEqual(['firstName', 'theirWork', 'myGoal', 'myName']);
    expect(rendered.text).not.toMatch(/undefined|null/);
  });

  it.each([
    ['an emoji name', '🚀 Priya Raman 🤖', 'Priya', 'Priya Raman'],
    ['an all-caps name', 'PRIYA RAMAN', 'Priya', 'Priya Raman'],
    ['a right-to-left name', 'محمد علي', 'محمد', 'محمد علي'],
    ['a single-word name', 'Priya', 'Priya', 'Priya'],
    ['a titled name with pronouns', 'Dr. Priya Raman (she/her)', 'Priya', 'Dr. Priya Raman'],
  ])('derives the first name from %s', (_, name, firstName, fullName) => {
    const values = placeholderValues([linkedinPerson({ name })], null, mentee);
    expect(values.firstName).toBe(firstName);
    expect(values.fullName).toBe(fullName);
  });

  it('keeps hostile profile text literal all the way into the message', () => {
    const hostile = linkedinPerson({
      name: '<img src=x onerror=alert(1)> {{myName}}',
      headline: '{{firstName}} <script>alert(1)</script> at Evil{{theAsk}} Corp',
      company: null,
      experience: [],
      signals: {},
    });
    const values = placeholderValues([hostile], null, mentee);
    expect(values.firstName).toBeUndefined();
    expect(values.currentRole).toBe('{{firstName}} <script>alert(1)</script>');
    expect(values.theirCompany).toBe('Evil{{theAsk}} Corp');
    const rendered = renderTemplate('{{currentRole}} / {{theirCompany}}', values);
    expect(rendered.text).toBe('{{firstName}} <script>alert(1)</script> / Evil{{theAsk}} Corp');
    expect(rendered.unfilled).toEqual([]);
  });

  it('is unaffected by a 2,000-character About', () => {
    const about = 'I mentor and write. '.repeat(100);
    const values = placeholderValues([linkedinPerson({ about })], null, mentee);
    expect(Object.values(values).every((value) => (value?.length ?? 0) < 200)).toBe(true);
  });
});

describe('citationCandidates', () => {
  it('lists work to cite, most specific first and the role late, then shared ground', () => {
    const candidates = citationCandidates([linkedinPerson(), githubPerson()], null, mentee);
    expect(candidates.map((candidate) => candidate.id)).toEqual([
      'repo:github:tiny-llm',
      'repo:github:eval-kit',
      'headline:linkedin:0',
      'site',
      'org:open-robotics-lab',
      'role',
      'posts',
      'shared:linkedin:0',
      'mutual',
      'location',
    ]);
    const byId = Object.fromEntries(candidates.map((candidate) => [candidate.id, candidate]));
    expect(byId['repo:github:tiny-llm']).toEqual({
      id: 'repo:github:tiny-llm',
      label: 'Repo tiny-llm — A 300-line GPT in PyTorch, for learning (★ 2400)',
      text: 'your tiny-llm repo (a 300-line GPT in PyTorch, for learning)',
      placeholder: 'theirWork',
      specific: true,
      kind: 'repo',
    });
    expect(byId.role?.text).toBe('your work as Staff ML Engineer at Acme Robotics');
    expect(byId.posts).toMatchObject({ text: 'your recent posts', specific: false });
    expect(byId.site?.text).toBe('your writing on priyaraman.dev');
    expect(byId['shared:linkedin:0']).toMatchObject({
      text: 'we both studied at Northfield University',
      placeholder: 'sharedGround',
    });
    expect(byId.mutual?.text).toBe('we have 4 mutual connections');
    expect(byId.location?.text).toBe("we're both based in Lisbon");
  });

  it('puts the fit’s suggestions first, in the second person, without repeating a repo', () => {
    const candidates = citationCandidates(
      [githubPerson()],
      fitResult({ cite: ['their pinned repo tiny-llm', '12 years in ML'] }),
    );
    expect(candidates[0]).toMatchObject({ id: 'fit:0', text: 'your pinned repo tiny-llm' });
    expect(candidates.some((candidate) => candidate.id === 'repo:github:tiny-llm')).toBe(false);
    expect(candidates.some((candidate) => candidate.text.includes('12 years'))).toBe(false);
  });

  it('quotes recent posts by their opening words instead of a vague “your recent posts”', () => {
    const person = linkedinPerson({
      signals: {
        recentActivity: ['2026-02-10'],
        recentPosts: [
          {
            text: 'Why I stopped trusting leaderboard numbers for small models, and what I measure instead',
            date: '2026-02-10',
          },
        ],
      },
    });
    const candidates = citationCandidates([person], null);
    expect(candidates.find((candidate) => candidate.id === 'post:0')).toMatchObject({
      text: 'your post “Why I stopped trusting leaderboard numbers for small…”',
      specific: true,
    });
    expect(candidates.some((candidate) => candidate.id === 'posts')).toBe(false);
  });

  it('does not repeat the role or a post the fit already suggests, and ranks the post above the role', () => {
    const candidates = citationCandidates(
      [linkedinPerson()],
      fitResult({
        cite: ['their work as Staff ML Engineer at Acme Robotics', 'their post “Evals first”'],
      }),
    );
    const texts = candidates.map((candidate) => candidate.text);
    expect(texts[0]).toBe('your post “Evals first”');
    expect(texts.indexOf('your work as Staff ML Engineer at Acme Robotics')).toBeGreaterThan(0);
    expect(candidates.some((candidate) => candidate.id === 'role')).toBe(false);
  });

  it('rewrites shared highlights as “we” clauses and skips mutual-connection lines', () => {
    const person = linkedinPerson({
      signals: {
        sharedHighlights: [
          "You're both members of MLOps Circle",
          '3 mutual connections',
          'Worked at Quillfeather Labs',
        ],
      },
    });
    const shared = citationCandidates([person], null).filter(
      (candidate) => candidate.placeholder === 'sharedGround',
    );
    expect(shared.map((candidate) => candidate.text)).toEqual([
      "we're both members of MLOps Circle",
      'we have this in common: Worked at Quillfeather Labs',
    ]);
  });

  it('leaves out a candidate too long to read in a sentence', () => {
    const person = githubPerson({
      repos: [
        { name: 'x'.repeat(190), description: null, language: null, stars: null, forks: null },
      ],
      links: [],
      organizations: [],
    });
    expect(citationCandidates([person], null)).toEqual([]);
  });

  it('gives nothing for no profiles', () => {
    expect(citationCandidates([], null)).toEqual([]);
  });

  it('picking one sets its placeholder and keeps the rest', () => {
    const [repo] = citationCandidates([githubPerson()], null);
    if (!repo) throw new Error('expected a repo candidate');
    expect(applyCitation({ firstName: 'Priya', theirWork: 'old' }, repo)).toEqual({
      firstName: 'Priya',
      theirWork: 'your tiny-llm repo (a 300-line GPT in PyTorch, for learning)',
    });
    const [shared] = citationCandidates([linkedinPerson()], null).filter(
      (item) => item.placeholder === 'sharedGround',
    );
    if (!shared) throw new Error('expected a shared-ground candidate');
    expect(applyCitation({}, shared)).toEqual({ sharedGround: shared.text });
  });
});

describe('currentRoleOf', () => {
  it('falls back to a "Title at Company" headline', () => {
    const person = linkedinPerson({
      experience: [],
      company: null,
      headline: 'Research Scientist at Dunmore AI | Speaker',
    });
    expect(currentRoleOf([person])).toEqual({ title: 'Research Scientist', company: 'Dunmore AI' });
  });
  it('gives nulls when nothing says', () => {
    expect(currentRoleOf([githubPerson({ headline: 'I like trains' })])).toEqual({
      title: null,
      company: null,
    });
  });
});

describe('goalLine', () => {
  const withRole = (role: string, careerStage: 'student' | 'junior' = 'junior') =>
    goalLine(menteeProfileSchema.parse({ targetRoles: [role], careerStage }), null);

  it.each([
    ['ML engineer', 'working towards an ML engineer role'],
    ['AI researcher', 'working towards an AI researcher role'],
    ['Data scientist', 'working towards a data scientist role'],
    ['Machine learning engineer role', 'working towards a machine learning engineer role'],
  ])('%s → %s', (role, line) => {
    expect(withRole(role)).toBe(line);
  });

  it('says when the user is a student', () => {
    expect(withRole('ML engineer', 'student')).toBe(
      'a student working towards an ML engineer role',
    );
  });

  it('falls back to a high-priority focus area, then to nothing', () => {
    expect(
      goalLine(
        menteeProfileSchema.parse({ focusAreas: [{ topic: 'RLHF', priority: 'high' }] }),
        null,
      ),
    ).toBe('building my skills in RLHF');
    expect(goalLine(menteeProfileSchema.parse({ name: 'Sam' }), null)).toBeNull();
  });
});
