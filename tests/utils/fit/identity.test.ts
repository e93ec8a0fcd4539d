import { describe, expect, it } from 'vitest';
import {
  linkEachOther,
  linkedProfileKeys,
  normaliseCompany,
  normaliseName,
  profileKeyOfUrl,
  suggestSamePerson,
} from '@/utils/fit/identity';
import { detectGithubPage, githubPageExamples } from '@/utils/profile/github/detect';
import { person, role } from './build';

const github = (fields: Parameters<typeof person>[0] = {}) =>
  person({ handle: 'nquill', name: 'Nadia Quill', ...fields }, 'github');
const linkedin = (fields: Parameters<typeof person>[0] = {}) =>
  person({ handle: 'nadia-quill-42', name: 'Nadia Quill', ...fields }, 'linkedin');

describe('profileKeyOfUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/Nadia-Quill-42/', 'linkedin:nadia-quill-42'],
    ['https://se.linkedin.com/in/nadia-quill-42?trk=x', 'linkedin:nadia-quill-42'],
    ['linkedin.com/in/j%C3%B6rg-m', 'linkedin:jörg-m'],
    ['https://github.com/NQuill', 'github:nquill'],
    ['https://github.com/nquill/', 'github:nquill'],
  ])('%s → %s', (url, key) => {
    expect(profileKeyOfUrl(url)).toBe(key);
  });

  it.each([
    ['https://github.com/nquill/tiny-llm'],
    ['https://github.com/sponsors/nquill'],
    ['https://github.com/features'],
    ['https://github.com/-bad-'],
    ['https://gist.github.com/nquill'],
    ['https://www.linkedin.com/company/quillworks/'],
    ['https://www.linkedin.com/in/'],
    ['https://evil.example/linkedin.com/in/x'],
    ['https://linkedin.com.evil.example/in/x'],
    ['https://www.linkedin.com/in/%E0%A4%A'],
    ['not a url at all'],
    [''],
  ])('%s is not a person key', (url) => {
    expect(profileKeyOfUrl(url)).toBeNull();
  });
});

describe('linkedProfileKeys', () => {
  it('a GitHub profile links its LinkedIn, in links or in README text', () => {
    expect(
      linkedProfileKeys(github({ links: ['https://www.linkedin.com/in/nadia-quill-42/'] })),
    ).toEqual(['linkedin:nadia-quill-42']);
    expect(
      linkedProfileKeys(github({ about: 'Find me at linkedin.com/in/nadia-quill-42.' })),
    ).toEqual(['linkedin:nadia-quill-42']);
  });

  it('a LinkedIn profile links its GitHub account, not repos', () => {
    const profile = linkedin({
      links: [
        'https://github.com/nquill',
        'https://github.com/quillworks/tiny-llm',
        'https://github.com/features',
      ],
      about: 'Code: https://github.com/nquill/dotfiles',
    });
    expect(linkedProfileKeys(profile)).toEqual(['github:nquill']);
  });

  it('ignores links to the same site and look-alike hosts', () => {
    expect(
      linkedProfileKeys(
        github({ links: ['https://github.com/someone-else'], about: 'notlinkedin.com/in/x' }),
      ),
    ).toEqual([]);
  });

  it('copes with empty and huge input', () => {
    expect(linkedProfileKeys(github())).toEqual([]);
    const huge = github({ about: 'linkedin.com/in/a '.repeat(5_000) });
    expect(linkedProfileKeys(huge)).toEqual(['linkedin:a']);
  });
});

describe('suggestSamePerson', () => {
  it('linked only when each links the other, whichever order', () => {
    const gh = github({ links: ['https://www.linkedin.com/in/nadia-quill-42/'] });
    const li = linkedin({ links: ['https://github.com/nquill'] });
    expect(suggestSamePerson(gh, li).confidence).toBe('linked');
    expect(suggestSamePerson(li, gh)).toEqual({
      confidence: 'linked',
      reason: 'linkedin:nadia-quill-42 and github:nquill link to each other',
    });
    expect(linkEachOther(gh, li)).toBe(true);
  });

  it('a one-sided claim is only a suggestion, whatever the name', () => {
    const stranger = github({
      handle: 'stranger',
      name: 'Someone Else',
      links: ['https://www.linkedin.com/in/nadia-quill-42/'],
    });
    expect(suggestSamePerson(stranger, linkedin())).toEqual({
      confidence: 'suggested',
      reason:
        'github:stranger links to linkedin:nadia-quill-42, but not the other way round: confirm it is the same person',
    });
    expect(suggestSamePerson(linkedin(), stranger).confidence).toBe('suggested');
    expect(linkEachOther(stranger, linkedin())).toBe(false);
  });

  it('suggested for the same name and the same company', () => {
    const result = suggestSamePerson(
      github({ company: '@Quillworks' }),
      linkedin({
        name: 'Dr. Nadia Quill, PhD (she/her)',
        experience: [role('ML Engineer', '2020-01', null, { company: 'Quillworks AB' })],
      }),
    );
    expect(result).toEqual({
      confidence: 'suggested',
      reason: 'same name and same company (quillworks): confirm it is the same person',
    });
  });

  it('suggested for the same name and the same personal website', () => {
    const result = suggestSamePerson(
      github({ links: ['https://nadiaquill.dev/'] }),
      linkedin({ links: ['https://www.nadiaquill.dev/blog'] }),
    );
    expect(result.confidence).toBe('suggested');
    expect(result.reason).toMatch(/same website \(nadiaquill\.dev\)/);
  });

  it('none for the same name alone: unrelated people share names', () => {
    expect(suggestSamePerson(github(), linkedin()).confidence).toBe('none');
  });

  it('none when a shared platform is the only common site', () => {
    const result = suggestSamePerson(
      github({ links: ['https://medium.com/@someone'] }),
      linkedin({ links: ['https://medium.com/@other'] }),
    );
    expect(result.confidence).toBe('none');
  });

  it('none for different names even at the same company, or a missing name', () => {
    expect(
      suggestSamePerson(
        github({ company: 'Quillworks' }),
        linkedin({ name: 'Omar Reyes', company: 'Quillworks' }),
      ).confidence,
    ).toBe('none');
    expect(suggestSamePerson(github({ name: null }), linkedin()).reason).toBe('a name is missing');
  });

  it('the same profile twice is linked', () => {
    expect(suggestSamePerson(github(), github()).confidence).toBe('linked');
  });
});

describe('normalising names and companies', () => {
  it.each([
    ['Dr. Ana María López, PhD', 'ana maria lopez'],
    ['  JOSÉ   Núñez (he/him) 🚀', 'jose nunez'],
    [null, ''],
  ])('name %s → %s', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });

  it.each([
    ['@Quillworks-Labs', 'quillworks labs'],
    ['Quillworks Labs, Inc.', 'quillworks labs'],
    ['Fjord Freight AB', 'fjord freight'],
  ])('company %s → %s', (raw, expected) => {
    expect(normaliseCompany(raw)).toBe(expected);
  });
});

describe('profile keys follow the one GitHub page detector', () => {
  // the detector's own examples are the test: a key exactly where the detector sees a profile
  const cases = Object.entries(githubPageExamples).flatMap(([kind, urls]) =>
    urls.filter((url) => new URL(url).hostname === 'github.com').map((url) => [kind, url] as const),
  );
  it.each(cases)('%s: %s', (kind, url) => {
    const parsed = new URL(url);
    // a key is the profile itself: the same login whatever tab, query or fragment
    const isProfile = detectGithubPage(parsed).kind === 'profile';
    expect(kind === 'profile').toBe(isProfile);
    expect(profileKeyOfUrl(`${parsed.origin}${parsed.pathname}`) !== null).toBe(isProfile);
  });

  it.each(['models', 'gist', 'why-github', 'business'])(
    'github.com/%s is a GitHub page, not a person',
    (page) => {
      expect(profileKeyOfUrl(`https://github.com/${page}`)).toBeNull();
      expect(detectGithubPage(new URL(`https://github.com/${page}`)).kind).not.toBe('profile');
    },
  );
});
