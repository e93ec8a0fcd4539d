import { describe, expect, it } from 'vitest';
import {
  detectGithubPage,
  type GithubPage,
  githubPageExamples,
  isGithubLogin,
  reservedFirstSegments,
} from '@/utils/profile/github/detect';

const kinds = Object.keys(githubPageExamples) as GithubPage['kind'][];

describe('detectGithubPage examples', () => {
  it('has examples for every kind', () => {
    expect(kinds.sort()).toEqual(['org', 'other', 'profile', 'repo']);
    for (const kind of kinds) expect(githubPageExamples[kind].length).toBeGreaterThan(3);
  });

  // every kind's examples are negatives for every other kind
  for (const kind of kinds) {
    it.each(githubPageExamples[kind])(`${kind}: %s`, (example) => {
      expect(detectGithubPage(new URL(example)).kind).toBe(kind);
    });
  }
});

describe('detectGithubPage on profiles', () => {
  it('returns the login as written in the URL, and the tab', () => {
    expect(detectGithubPage(new URL('https://github.com/Sam-Lindqvist/'))).toEqual({
      kind: 'profile',
      handle: 'Sam-Lindqvist',
      tab: null,
    });
    expect(detectGithubPage(new URL('https://github.com/ada-okafor?tab=stars&q=llm'))).toEqual({
      kind: 'profile',
      handle: 'ada-okafor',
      tab: 'stars',
    });
  });

  it('accepts the longest legal login and rejects one character more', () => {
    const longest = `a${'b'.repeat(37)}c`;
    expect(detectGithubPage(new URL(`https://github.com/${longest}`)).kind).toBe('profile');
    expect(detectGithubPage(new URL(`https://github.com/${longest}d`)).kind).toBe('other');
  });

  it.each([...reservedFirstSegments])('treats /%s as github’s own page', (segment) => {
    expect(detectGithubPage(new URL(`https://github.com/${segment}`)).kind).toBe('other');
  });

  it('treats reserved words case-insensitively', () => {
    expect(detectGithubPage(new URL('https://github.com/Settings')).kind).toBe('other');
  });

  it('names the owner and repository of a repo page, and the organisation of an /orgs page', () => {
    expect(
      detectGithubPage(new URL('https://github.com/ada-okafor/tiny-llm/tree/main/notes')),
    ).toEqual({
      kind: 'repo',
      owner: 'ada-okafor',
      repo: 'tiny-llm',
    });
    expect(detectGithubPage(new URL('https://github.com/orgs/lumenai/people'))).toEqual({
      kind: 'org',
      org: 'lumenai',
    });
  });
});

describe('detectGithubPage on bad input', () => {
  it.each([
    'https://github.com/%3Cscript%3E',
    'https://github.com/ada okafor',
    'https://github.com/ada_okafor',
    'https://github.com/ada.okafor',
    'https://github.com/..',
    'https://github.com/ada-okafor/..%2F..',
    'https://github.com/orgs/-bad-',
    'javascript:alert(1)',
    'data:text/html,github.com/ada',
    'file:///github.com/ada-okafor',
    `https://github.com/${'a'.repeat(5_000)}`,
    'https://user:pass@evil.example/github.com/ada-okafor',
    'https://github.com.evil.example/ada-okafor',
  ])('gives a clear "other" for %s', (raw) => {
    expect(detectGithubPage(new URL(raw)).kind).toBe('other');
  });
});

describe('isGithubLogin', () => {
  it.each(['a', 'A1', 'ada-okafor', 'x-1-y', '0'])('accepts %s', (login) => {
    expect(isGithubLogin(login)).toBe(true);
  });
  it.each(['', '-a', 'a-', 'a--b', 'a_b', 'a.b', 'ä', 'a'.repeat(40), 'a\nb'])(
    'rejects %j',
    (login) => {
      expect(isGithubLogin(login)).toBe(false);
    },
  );
});
