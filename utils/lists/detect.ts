import { isAccountSegment } from '../profile/github/detect';
import type { ListKind } from './types';

// linkedin.com, www. and two-letter regional hosts
const linkedinHost = /^(?:(?:www|[a-z]{2})\.)?linkedin\.com$/;

type Detector = { kind: ListKind; test(segments: string[], url: URL): boolean; examples: string[] };

const linkedin: Detector[] = [
  {
    kind: 'linkedin-search',
    test: (s) => s[0] === 'search' && s[1] === 'results' && s[2] === 'people' && s.length <= 4,
    examples: [
      'https://www.linkedin.com/search/results/people/?keywords=ml%20evaluation',
      'https://www.linkedin.com/search/results/people/?facetNetwork=%5B%22F%22%5D',
    ],
  },
  {
    kind: 'linkedin-company-people',
    test: (s) => (s[0] === 'company' || s[0] === 'school') && !!s[1] && s[2] === 'people',
    examples: [
      'https://www.linkedin.com/company/motionapp/people/',
      'https://www.linkedin.com/school/some-university/people/?keywords=ml',
    ],
  },
  {
    kind: 'linkedin-connections',
    test: (s) =>
      s[0] === 'mynetwork' && s[1] === 'invite-connect' && s[2] === 'connections' && s.length <= 4,
    examples: ['https://www.linkedin.com/mynetwork/invite-connect/connections/'],
  },
  {
    kind: 'linkedin-follows',
    test: (s) =>
      s[0] === 'mynetwork' &&
      ((s[1] === 'network-manager' && /^people-follow/.test(s[2] ?? '')) ||
        s[1] === 'followers' ||
        s[1] === 'following'),
    examples: [
      'https://www.linkedin.com/mynetwork/network-manager/people-follow/following/',
      'https://www.linkedin.com/mynetwork/network-manager/people-follow/followers/',
    ],
  },
  {
    // a profile page: its sidebars list other people
    kind: 'linkedin-sidebar',
    test: (s) => s[0] === 'in' && !!s[1] && s.length === 2,
    examples: [
      'https://www.linkedin.com/in/ada-example/',
      'https://se.linkedin.com/in/ada-example',
    ],
  },
];

const login = isAccountSegment;

const github: Detector[] = [
  {
    kind: 'github-followers',
    test: (s, url) =>
      s.length === 1 &&
      login(s[0]) &&
      /^(followers|following)$/.test(url.searchParams.get('tab') ?? ''),
    examples: [
      'https://github.com/octo-example?tab=followers',
      'https://github.com/octo-example?tab=following',
    ],
  },
  {
    kind: 'github-stargazers',
    test: (s) => s.length === 3 && login(s[0]) && !!s[1] && s[2] === 'stargazers',
    examples: ['https://github.com/example-org/tiny-llm/stargazers'],
  },
  {
    kind: 'github-contributors',
    test: (s) =>
      login(s[0]) &&
      !!s[1] &&
      ((s[2] === 'graphs' && s[3] === 'contributors') || s[2] === 'contributors'),
    examples: ['https://github.com/example-org/tiny-llm/graphs/contributors'],
  },
  {
    kind: 'github-org-people',
    test: (s) => s[0] === 'orgs' && login(s[1]) && s[2] === 'people' && s.length === 3,
    examples: ['https://github.com/orgs/example-org/people'],
  },
  {
    kind: 'github-user-search',
    test: (s, url) =>
      s.length === 1 &&
      s[0] === 'search' &&
      url.searchParams.get('type')?.toLowerCase() === 'users',
    examples: ['https://github.com/search?q=location%3ABerlin+language%3APython&type=users'],
  },
];

/** every detector with its own example URLs: tests run each against all the others' examples */
export const listDetectors: readonly Detector[] = [...linkedin, ...github];

function detectIn(family: readonly Detector[], url: URL, host: (name: string) => boolean) {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const path = url.pathname;
  // an encoded slash or backslash hides segments: not a list
  const lower = path.toLowerCase();
  if (path.length > 2_000 || lower.includes('%2f') || lower.includes('%5c')) return null;
  if (!host(url.hostname.toLowerCase())) return null;
  const segments = path.split('/').filter(Boolean);
  return family.find((detector) => detector.test(segments, url))?.kind ?? null;
}

// one per site, so each content script carries only its own site's lists
/** which LinkedIn list of people a URL shows, or null */
export const detectLinkedinList = (url: URL): ListKind | null =>
  detectIn(linkedin, url, (host) => linkedinHost.test(host));

/** which GitHub list of people a URL shows, or null */
export const detectGithubList = (url: URL): ListKind | null =>
  detectIn(github, url, (host) => host === 'github.com');

/** which list of people a URL shows, or null: the URL alone decides */
export function detectListPage(url: URL): ListKind | null {
  return detectLinkedinList(url) ?? detectGithubList(url);
}
