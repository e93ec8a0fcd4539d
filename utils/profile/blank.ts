import type { ProfileSnapshot, Source } from './snapshot';

/** a stable key for one profile: the same person is never stored twice */
export const profileKey = (profile: Pick<ProfileSnapshot, 'source' | 'handle'>): string =>
  `${profile.source}:${profile.handle.toLowerCase()}`;

/** a snapshot with every optional part empty: extractors fill what the page shows */
export function emptySnapshot(source: Source, handle: string, url: string): ProfileSnapshot {
  return {
    source,
    handle,
    url,
    name: null,
    headline: null,
    location: null,
    company: null,
    about: null,
    followers: null,
    connections: null,
    experience: [],
    education: [],
    skills: [],
    links: [],
    repos: [],
    contributionsLastYear: null,
    organizations: [],
    signals: {},
  };
}
