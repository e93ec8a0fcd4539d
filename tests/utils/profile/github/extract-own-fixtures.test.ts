import { describe, expect, it } from 'vitest';
import { extractGithub } from '@/utils/profile/github/extract';
import {
  type ExtractResult,
  type ProfileSnapshot,
  profileSnapshotSchema,
} from '@/utils/profile/snapshot';
import { loadOwnPage, type OwnPageId } from './fixtures';

function extractOwn(id: OwnPageId): ExtractResult {
  const { doc, url } = loadOwnPage(id);
  return extractGithub(doc, url);
}

/** the snapshot of a page that must be a profile, already checked against the schema */
function profileOf(id: OwnPageId): ProfileSnapshot {
  const result = extractOwn(id);
  if (!result.ok)
    throw new Error(`${id}: expected a profile, got ${result.reason}: ${result.detail}`);
  expect(profileSnapshotSchema.safeParse(result.profile).success).toBe(true);
  return result.profile;
}

describe('extractGithub on our invented 2025 profile of ada-okafor', () => {
  const profile = profileOf('ada');

  it('reads who she is', () => {
    expect(profile.source).toBe('github');
    expect(profile.handle).toBe('ada-okafor');
    expect(profile.url).toBe('https://github.com/ada-okafor');
    expect(profile.name).toBe('Ada Okafor');
    expect(profile.headline).toBe(
      'ML engineer at @lumenai. I build evaluation tooling for small language models and mentor early-career ML engineers.',
    );
    expect(profile.company).toBe('@lumenai');
    expect(profile.location).toBe('Lagos, Nigeria');
  });

  it('expands the abbreviated follower count and reads following', () => {
    expect(profile.followers).toBe(1_200);
    expect(profile.signals.following).toBe(87);
    expect(profile.connections).toBeNull();
  });

  it('lists card links first, then README links, once each, without the image wrapper', () => {
    expect(profile.links).toEqual([
      'https://blog.ada-okafor.example/',
      'https://www.linkedin.com/in/ada-okafor-ml/',
      'https://x.com/adaokafor_ml',
      'https://github.com/lumenai',
      'https://github.com/ada-okafor/tiny-llm',
      'https://cal.ada-okafor.example/office-hours',
    ]);
  });

  it('reads the four pinned repositories with language, stars and forks', () => {
    expect(profile.repos).toEqual([
      {
        name: 'tiny-llm',
        description:
          'A readable 40M-parameter transformer you can train on a laptop, with notes for learners.',
        language: 'Python',
        stars: 2_300,
        forks: 214,
      },
      {
        name: 'lumenai/eval-harness',
        description:
          'Reproducible evaluation suites for small language models: accuracy, calibration and cost in one report.',
        language: 'Python',
        stars: 863,
        forks: 97,
      },
      {
        name: 'yoruba-asr',
        description: 'Speech recognition baselines and a cleaned 120-hour corpus for Yorùbá.',
        language: 'Jupyter Notebook',
        stars: 412,
        forks: 58,
      },
      {
        name: 'mentor-notes',
        description:
          'Session templates, reading lists and a study plan I share with the people I mentor.',
        language: 'TypeScript',
        stars: 57,
        forks: null,
      },
    ]);
  });

  it('reads organisations, achievements (once each), sponsors and status', () => {
    expect(profile.organizations).toEqual(['lumenai', 'open-ml-africa']);
    expect(profile.signals.achievements).toEqual([
      'Pull Shark',
      'Galaxy Brain',
      'Pair Extraordinaire',
    ]);
    expect(profile.signals.sponsors).toBe(true);
    expect(profile.signals.status).toBe('🎯 Mentoring office hours on Fridays');
    expect(profile.signals.publicEmail).toBe('ada.okafor@mail.example');
    expect(profile.signals.hireable).toBeUndefined();
  });

  it('reads the README as folded plain text and the contributions count', () => {
    expect(profile.signals.hasReadme).toBe(true);
    expect(profile.about).toMatch(
      /^Hi, I'm Ada 👋 I'm a senior ML engineer at Lumen AI, where I work/,
    );
    expect(profile.about).toContain('Mentoring: I run free office hours every Friday');
    expect(profile.about).not.toMatch(/\s{2,}|\n/);
    expect(profile.contributionsLastYear).toBe(1_482);
  });

  it('leaves LinkedIn-only fields empty and reports what it read', () => {
    expect(profile.experience).toEqual([]);
    expect(profile.education).toEqual([]);
    expect(profile.skills).toEqual([]);
    expect(profile.signals.missing).toEqual([]);
    expect(profile.signals.found).toEqual([
      'name',
      'handle',
      'headline',
      'company',
      'location',
      'about',
      'followers',
      'following',
      'links',
      'repos',
      'organizations',
      'achievements',
      'contributionsLastYear',
      'status',
      'publicEmail',
    ]);
  });
});

describe('extractGithub on our invented profile of sam-lindqvist (popular repos, no README)', () => {
  const profile = profileOf('sam');

  it('reads the card', () => {
    expect(profile).toMatchObject({
      source: 'github',
      handle: 'sam-lindqvist',
      url: 'https://github.com/sam-lindqvist',
      name: 'Sam Lindqvist',
      headline: 'Data scientist. Forecasting, causal inference and tidy notebooks.',
      company: 'Nordvik Analytics',
      location: 'Umeå, Sweden',
      about: null,
      followers: 23,
      links: ['https://samlindqvist.example/'],
      organizations: [],
      contributionsLastYear: 212,
      connections: null,
      experience: [],
      education: [],
      skills: [],
    });
    expect(profile.signals).toEqual({
      following: 41,
      achievements: [],
      sponsors: false,
      status: null,
      publicEmail: null,
      hasReadme: false,
      found: [
        'name',
        'handle',
        'headline',
        'company',
        'location',
        'followers',
        'following',
        'links',
        'repos',
        'contributionsLastYear',
      ],
      missing: [],
    });
  });

  it('falls back to the popular repositories, keeping unknowns null', () => {
    expect(profile.repos.map((repo) => repo.name)).toEqual([
      'churn-forecasting',
      'causal-notes',
      'tidy-eval',
      'dotfiles',
      'swedish-holidays',
      'advent-of-code-2025',
    ]);
    expect(profile.repos[0]).toEqual({
      name: 'churn-forecasting',
      description: 'Forecasting customer churn with gradient boosting and honest backtests.',
      language: 'Jupyter Notebook',
      stars: 14,
      forks: null,
    });
    expect(profile.repos[3]).toEqual({
      name: 'dotfiles',
      description: null,
      language: 'Shell',
      stars: null,
      forks: null,
    });
  });
});

describe('extractGithub on pages that are not a person', () => {
  it('says an organisation is not a profile, though its URL looks like one', () => {
    expect(extractOwn('org')).toEqual({
      ok: false,
      reason: 'not-a-profile',
      detail: 'github.com/lumenai is an organisation, not a person',
    });
  });

  it('says a repository is not a profile from its URL alone', () => {
    const result = extractOwn('repo');
    expect(result).toMatchObject({ ok: false, reason: 'not-a-profile' });
  });

  it('does not mistake a repository page served at a profile URL for a person', () => {
    const { doc } = loadOwnPage('repo');
    const result = extractGithub(doc, new URL('https://github.com/ada-okafor'));
    expect(result).toMatchObject({ ok: false, reason: 'unrecognized' });
  });

  it('says a 404 page is unavailable', () => {
    expect(extractOwn('not-found')).toEqual({
      ok: false,
      reason: 'unavailable',
      detail: 'github answered "page not found"',
    });
  });

  it('still says unavailable when the 404 title is gone but the illustration remains', () => {
    const { doc, url } = loadOwnPage('not-found');
    doc.title = 'GitHub';
    expect(extractGithub(doc, url)).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});
