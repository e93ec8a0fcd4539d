/** what a github.com URL points at; a user and an organisation look alike here, the DOM decides */
export type GithubPage =
  | { kind: 'profile'; handle: string; tab: string | null }
  | { kind: 'org'; org: string }
  | { kind: 'repo'; owner: string; repo: string }
  | { kind: 'other' };

// 1–39 letters, digits and single inner hyphens (github's sign-up rule)
const loginPattern = /^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i;
// repository names: letters, digits, '.', '-', '_' (never just dots)
const repoPattern = /^(?!\.+$)[\w.-]{1,100}$/;

/** first path segments that are github's own pages, never a person (lower case) */
export const reservedFirstSegments: ReadonlySet<string> = new Set([
  'about',
  'accelerator',
  'account',
  'advisories',
  'apps',
  'blog',
  'business',
  'codespaces',
  'collections',
  'contact',
  'copilot',
  'customer-stories',
  'dashboard',
  'discussions',
  'education',
  'enterprise',
  'enterprises',
  'events',
  'explore',
  'features',
  'gist',
  'git-guides',
  'github-copilot',
  'home',
  'issues',
  'join',
  'login',
  'logout',
  'marketplace',
  'mcp',
  'mobile',
  'models',
  'new',
  'nonprofit',
  'notifications',
  'open-source',
  'organizations',
  'orgs',
  'packages',
  'partners',
  'premium-support',
  'pricing',
  'projects',
  'pulls',
  'readme',
  'repositories',
  'resources',
  'search',
  'security',
  'session',
  'sessions',
  'settings',
  'signin',
  'signup',
  'site',
  'solutions',
  'spark',
  'sponsors',
  'stars',
  'team',
  'teams',
  'topics',
  'trending',
  'users',
  'watching',
  'why-github',
]);

export function isGithubLogin(value: string): boolean {
  return loginPattern.test(value);
}

/** a first path segment that names an account (github.com/<login>), not one of GitHub's own pages */
export function isAccountSegment(value: string | undefined): value is string {
  return !!value && isGithubLogin(value) && !reservedFirstSegments.has(value.toLowerCase());
}

/** classifies a URL by its shape alone: no network, no DOM */
export function detectGithubPage(url: URL): GithubPage {
  if (url.hostname !== 'github.com' || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return { kind: 'other' };
  }
  const segments = url.pathname.split('/').slice(1);
  // one trailing slash is the same page: "/ada/" is "/ada"
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  const [first = '', second] = segments;
  if (first === 'orgs') {
    return second && isGithubLogin(second) ? { kind: 'org', org: second } : { kind: 'other' };
  }
  if (!isGithubLogin(first) || reservedFirstSegments.has(first.toLowerCase())) {
    return { kind: 'other' };
  }
  if (second === undefined) {
    return { kind: 'profile', handle: first, tab: url.searchParams.get('tab') };
  }
  return repoPattern.test(second)
    ? { kind: 'repo', owner: first, repo: second }
    : { kind: 'other' };
}

/** example URLs per kind: every detector is tested against every other detector's examples */
export const githubPageExamples: Record<GithubPage['kind'], string[]> = {
  profile: [
    'https://github.com/ada-okafor',
    'https://github.com/ada-okafor/',
    'https://github.com/Sam-Lindqvist',
    'https://github.com/a',
    'https://github.com/x1-y2-z3',
    'https://github.com/ada-okafor?tab=repositories',
    'https://github.com/ada-okafor?tab=stars',
    'https://github.com/ada-okafor?tab=followers',
    'https://github.com/ada-okafor?tab=following',
    'https://github.com/ada-okafor?tab=projects',
    'https://github.com/ada-okafor?tab=packages',
    'https://github.com/ada-okafor?tab=sponsoring',
    'https://github.com/ada-okafor?tab=achievements',
    'https://github.com/ada-okafor?tab=overview&from=2025-01-01&to=2025-01-31',
    'https://github.com/ada-okafor#pinned',
    // an organisation has the same URL shape; the extractor tells them apart from the page
    'https://github.com/lumenai',
  ],
  org: [
    'https://github.com/orgs/lumenai/repositories',
    'https://github.com/orgs/lumenai/people',
    'https://github.com/orgs/lumenai/teams/research',
    'https://github.com/orgs/lumenai/discussions',
    'https://github.com/orgs/lumenai',
  ],
  repo: [
    'https://github.com/ada-okafor/tiny-llm',
    'https://github.com/ada-okafor/tiny-llm/',
    'https://github.com/ada-okafor/tiny-llm/issues/12',
    'https://github.com/ada-okafor/tiny-llm/blob/main/README.md',
    'https://github.com/lumenai/eval.harness/pulls?q=is%3Aopen',
    'https://github.com/ada-okafor/ada-okafor',
  ],
  other: [
    'https://github.com/',
    'https://github.com',
    'https://github.com/?tab=repositories',
    'https://github.com/settings/profile',
    'https://github.com/orgs',
    'https://github.com/explore',
    'https://github.com/topics/machine-learning',
    'https://github.com/notifications',
    'https://github.com/login?return_to=%2Fada-okafor',
    'https://github.com/search?q=mentoring&type=users',
    'https://github.com/sponsors/ada-okafor',
    'https://github.com/users/ada-okafor/contributions',
    'https://github.com/marketplace',
    'https://github.com/trending/python',
    'https://github.com/pulls',
    'https://github.com/features/copilot',
    'https://github.com/-ada',
    'https://github.com/ada-',
    'https://github.com/ada--okafor',
    'https://github.com/this-login-is-far-too-long-to-be-a-real-one',
    'https://github.com/robots.txt',
    'https://github.com//ada-okafor',
    'https://gist.github.com/ada-okafor',
    'https://www.linkedin.com/in/ada-okafor-ml/',
    'https://github.example.com/ada-okafor',
    'ftp://github.com/ada-okafor',
  ],
};
