import { describe, expect, it } from 'vitest';
import { clip, limits } from '@/utils/profile/github/limits';
import {
  emptySnapshot,
  type ProfileSnapshot,
  profileSnapshotSchema,
} from '@/utils/profile/snapshot';

const base = () => emptySnapshot('github', 'ada-okafor', 'https://github.com/ada-okafor');
const repo = (name: string) => ({
  name,
  description: null,
  language: null,
  stars: null,
  forks: null,
});
const url = (length: number) =>
  `https://x.example/${'a'.repeat(length - 'https://x.example/'.length)}`;

// each setter puts exactly `size` into one field; the schema must accept it and refuse size + 1
const setters: Record<keyof typeof limits, (snapshot: ProfileSnapshot, size: number) => void> = {
  text: (s, n) => {
    s.about = 'a'.repeat(n);
  },
  handle: (s, n) => {
    s.handle = 'a'.repeat(n);
  },
  url: (s, n) => {
    s.links = [url(n)];
  },
  repoName: (s, n) => {
    s.repos = [repo('a'.repeat(n))];
  },
  language: (s, n) => {
    s.repos = [{ ...repo('r'), language: 'a'.repeat(n) }];
  },
  organization: (s, n) => {
    s.organizations = ['a'.repeat(n)];
  },
  email: (s, n) => {
    s.signals.publicEmail = 'a'.repeat(n);
  },
  links: (s, n) => {
    s.links = Array.from({ length: n }, (_, i) => `https://x.example/${i}`);
  },
  repos: (s, n) => {
    s.repos = Array.from({ length: n }, () => repo('r'));
  },
  organizations: (s, n) => {
    s.organizations = Array(n).fill('o');
  },
  achievements: (s, n) => {
    s.signals.achievements = Array(n).fill('a');
  },
  fieldNames: (s, n) => {
    s.signals.found = Array(n).fill('name');
  },
};
const cases = Object.entries(setters).map(
  ([name, set]) => [name, limits[name as keyof typeof limits], set] as const,
);

describe('limits mirror profileSnapshotSchema', () => {
  it.each(cases)('%s: %d fits, one more does not', (_, size, set) => {
    const fits = base();
    set(fits, size);
    expect(profileSnapshotSchema.safeParse(fits).success).toBe(true);
    const over = base();
    set(over, size + 1);
    expect(profileSnapshotSchema.safeParse(over).success).toBe(false);
  });
});

describe('clip', () => {
  it('leaves short text and null alone', () => {
    expect(clip('Ada', 3)).toBe('Ada');
    expect(clip(null, 3)).toBeNull();
  });

  it('cuts to exactly the limit, ending in an ellipsis', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('a'.repeat(30_000), limits.text)).toHaveLength(limits.text);
  });

  it('never leaves half of a surrogate pair', () => {
    const clipped = clip('ab😀cd', 4);
    expect(clipped).toBe('ab…');
    expect(clipped.isWellFormed()).toBe(true);
  });
});
