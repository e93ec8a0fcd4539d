import { describe, expect, it } from 'vitest';
import { extractGithub } from '@/utils/profile/github/extract';
import { type ProfileSnapshot, profileSnapshotSchema } from '@/utils/profile/snapshot';
import {
  hasRealFixtures,
  loadRealPage,
  realFixturesSkipNote,
} from '../../../support/real-fixtures';

// expected values were read off each saved page by eye
const cache = new Map<string, ProfileSnapshot>();

/** extracted once per file, inside a test (never while collecting, when the folder may be absent) */
function realProfile(file: string): ProfileSnapshot {
  const cached = cache.get(file);
  if (cached) return cached;
  const { doc, pageUrl } = loadRealPage(file);
  const result = extractGithub(doc, new URL(pageUrl));
  if (!result.ok)
    throw new Error(`${file}: expected a profile, got ${result.reason}: ${result.detail}`);
  expect(profileSnapshotSchema.safeParse(result.profile).success).toBe(true);
  cache.set(file, result.profile);
  return result.profile;
}

describe.skipIf(!hasRealFixtures)(
  `real github profile, 2021, signed-in own page${realFixturesSkipNote}`,
  () => {
    const profile = () => realProfile('github/profile-2021-mayowa-ojo.html');

    it('reads the card', () => {
      expect(profile()).toMatchObject({
        source: 'github',
        handle: 'Mayowa-Ojo',
        url: 'https://github.com/Mayowa-Ojo',
        name: 'Mayowa Ojo',
        headline: 'Backend Engineering | APIs | Automation',
        company: null,
        location: null,
        followers: 16,
        contributionsLastYear: 3_453,
      });
      expect(profile().signals.following).toBe(12);
      expect(profile().signals.publicEmail).toBeNull();
    });

    it('reads the website and twitter from the card, then README links without image wrappers', () => {
      expect(profile().links).toEqual([
        'https://mayowa-ojo.github.io/',
        'https://twitter.com/unorthodev',
        'https://github.com/benawad/dogehouse.git',
        'https://github.com/golang/go',
        'https://github.com/flutter/flutter',
        'https://discord.gg/',
        'https://dev.to/unorthodev',
      ]);
    });

    it('reads the six pinned repositories; a missing star link stays unknown', () => {
      expect(profile().repos.map(({ name, language, stars }) => [name, language, stars])).toEqual([
        ['eyeball', 'Go', 4],
        ['chillspot-client', 'JavaScript', null],
        ['chillspot-server', 'TypeScript', null],
        ['go-musings', 'Go', 2],
        ['kora-client', 'Vue', 2],
        ['kora-server', 'Go', 3],
      ]);
      expect(profile().repos[0]?.description).toBe(
        'Simple cli tool to display file stats for your projects.',
      );
      expect(profile().repos.every((repo) => repo.forks === null)).toBe(true);
    });

    it('reads the README, the status (emoji as its alias), achievements and the organisation filter', () => {
      expect(profile().signals.hasReadme).toBe(true);
      expect(profile().about).toMatch(/^Hi there I'm Mayowa\. You see I could go on/);
      expect(profile().about).toContain('Ask me about Node.js, React, Vue and Football Manager');
      expect(profile().signals.status).toBe(':beetle: Breaking Bug');
      expect(profile().signals.achievements).toEqual(['Arctic Code Vault Contributor']);
      expect(profile().organizations).toEqual(['turingschool']);
      expect(profile().signals.sponsors).toBe(false);
      expect(profile().signals.missing).toEqual([]);
    });
  },
);

describe.skipIf(!hasRealFixtures)(
  `real github profile, 2018, served at /rubyhero${realFixturesSkipNote}`,
  () => {
    const profile = () => realProfile('github/profile-2018-pdabrowski6.html');

    it('reads the card and the tab counters', () => {
      expect(profile()).toMatchObject({
        handle: 'rubyhero',
        url: 'https://github.com/rubyhero',
        name: 'John Doe',
        headline: null,
        company: 'Company',
        location: 'Poland',
        about: null,
        followers: 6,
        links: ['http://pdabrowski.com/blog/'],
        organizations: [],
        contributionsLastYear: 11,
      });
      expect(profile().signals).toMatchObject({
        following: 1,
        publicEmail: null,
        hasReadme: false,
        sponsors: false,
        missing: [],
      });
    });

    it('reads the popular repository, its bare-text language and stars', () => {
      expect(profile().repos).toEqual([
        {
          name: 'wordprss',
          description:
            'A simple Ruby interface for pulling a RSS feed of any blog with the wordpress engine',
          language: 'Ruby',
          stars: 5,
          forks: null,
        },
      ]);
    });
  },
);

describe.skipIf(!hasRealFixtures)(`legacy github pages (2012, 2015)${realFixturesSkipNote}`, () => {
  it('reads the 2015 card, stats, organisation and popular repositories', () => {
    const profile = realProfile('legacy/github-2015.html');
    expect(profile).toMatchObject({
      handle: 'raabbajam',
      name: 'Muhammad Abdul Jabbaar',
      company: 'Jasaprogrammer',
      location: 'Yogyakarta, ID',
      followers: 7,
      organizations: ['JasaProgrammer'],
      links: ['http://twitter.com/SpeakandCare'],
      contributionsLastYear: 835,
    });
    expect(profile.signals.following).toBe(7);
    expect(profile.signals.publicEmail).toMatch(/^[^@\s]+@gmail\.com$/);
    // popular repositories only, not the "repositories contributed to" box beside them
    expect(profile.repos.map((repo) => [repo.name, repo.stars])).toEqual([
      ['bassbull', 1],
      ['priceCacheCalendar', 1],
      ['snippets', 0],
      ['bgggraphy', 0],
      ['template', 0],
    ]);
  });

  it('reads the 2012 page it can and leaves the rest empty', () => {
    const profile = realProfile('legacy/github-2012.html');
    expect(profile).toMatchObject({
      handle: 'adarshpandit',
      name: 'Adarsh Pandit',
      followers: 2,
      organizations: ['thoughtbot'],
      repos: [],
    });
    expect(profile.signals.following).toBeNull();
  });
});
