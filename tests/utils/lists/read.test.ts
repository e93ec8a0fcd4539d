import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import {
  detectGithubList,
  detectLinkedinList,
  detectListPage,
  listDetectors,
} from '@/utils/lists/detect';
import { readList } from '@/utils/lists/read';
import type { ListPerson } from '@/utils/lists/types';
import {
  hasRealFixtures,
  projectRoot,
  realFixturesDir,
  realFixturesSkipNote,
} from '../../support/real-fixtures';

function parse(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
const own = (file: string) => readFileSync(path.join(projectRoot, 'tests/fixtures', file), 'utf8');
const read = (html: string, url: string) => readList(parse(html, url), url);
const handles = (people: ListPerson[] | undefined) =>
  (people ?? []).map((p) => p.handle ?? p.memberId);

describe('detectListPage', () => {
  it.each(listDetectors.flatMap((d) => d.examples.map((url) => [d.kind, url] as const)))(
    '%s: %s, and no other detector claims it',
    (kind, url) => {
      expect(detectListPage(new URL(url))).toBe(kind);
      const claimed = listDetectors.filter((d) =>
        d.test(new URL(url).pathname.split('/').filter(Boolean), new URL(url)),
      );
      expect(claimed.map((d) => d.kind)).toEqual([kind]);
    },
  );
  it.each(listDetectors.flatMap((d) => d.examples.map((url) => [d.kind, url] as const)))(
    "each site's own detector knows %s (%s), the other site's doesn't",
    (kind, url) => {
      const [own, other] = kind.startsWith('github-')
        ? [detectGithubList, detectLinkedinList]
        : [detectLinkedinList, detectGithubList];
      expect(own(new URL(url))).toBe(kind);
      expect(other(new URL(url))).toBeNull();
    },
  );
  it.each([
    'https://evil-linkedin.com/search/results/people/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/ada/details/experience/',
    'https://github.com/octo',
    'https://github.com/orgs/x/people/extra',
    'https://github.com/search?q=x&type=repositories',
    'https://gist.github.com/octo?tab=followers',
    'javascript:alert(1)',
  ])('not a list: %s', (url) => {
    expect(detectListPage(new URL(url))).toBeNull();
  });
});

describe('LinkedIn lists (our fixtures)', () => {
  it('search: people with links; never the viewer, ads or "LinkedIn Member"', () => {
    const list = read(
      own('linkedin-lists/search.html'),
      'https://www.linkedin.com/search/results/people/?keywords=ml',
    );
    expect(list?.kind).toBe('linkedin-search');
    expect(handles(list?.people)).toEqual([
      'ada-lovelace-ml',
      'bruno-evals',
      'ACoAAAInventedMemberIdOnly42',
      'hostile-hal',
      'cleo-data',
    ]);
    const ada = list?.people[0];
    expect(ada).toMatchObject({
      source: 'linkedin',
      name: 'Ada Lovelace',
      headline: 'Principal ML Engineer at Example AI | mentor, office hours for career changers',
      location: 'London, England, United Kingdom',
      degree: 2,
      mutual: 5,
      url: 'https://www.linkedin.com/in/ada-lovelace-ml/',
    });
    expect(list?.people[2]).toMatchObject({
      handle: null,
      memberId: 'ACoAAAInventedMemberIdOnly42',
      degree: 3,
    });
  });

  it('hostile card text stays text, clipped', () => {
    const list = read(
      own('linkedin-lists/search.html'),
      'https://www.linkedin.com/search/results/people/',
    );
    const hal = list?.people.find((p) => p.handle === 'hostile-hal');
    expect(hal?.name).toBe('<img src=x onerror=alert(1)> Hal {{name}}');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the card's hostile text is literal
    expect(hal?.headline?.startsWith('<script>alert(1)</script> ${evil} {{headline}}')).toBe(true);
    expect(hal?.headline?.length).toBeLessThanOrEqual(400);
  });

  it('follows and profile sidebars', () => {
    const follows = read(
      own('linkedin-lists/follows.html'),
      'https://www.linkedin.com/mynetwork/network-manager/people-follow/following/',
    );
    expect(follows?.kind).toBe('linkedin-follows');
    expect(handles(follows?.people)).toEqual(['dana-mentor', 'eli-systems', 'fay-teacher']);
    expect(follows?.people[0]?.headline).toBe(
      'AI Researcher · writes about mentoring and ML careers',
    );
    const side = read(
      own('linkedin-lists/profile-sidebars.html'),
      'https://www.linkedin.com/in/gus-viewed/',
    );
    expect(side?.kind).toBe('linkedin-sidebar');
    // the viewed person, the viewer and the promoted card are not listed people
    expect(handles(side?.people)).toEqual([
      'hana-sidebar',
      'ivan-sidebar',
      'jo-premium',
      'kai-alsoviewed',
    ]);
    expect(side?.people[1]).toMatchObject({
      name: 'Ivan Sidebar',
      degree: 3,
      headline: 'Engineering Manager, ML platform',
    });
  });

  it('malformed pages give no people, not an error', () => {
    for (const html of [
      '',
      '<a href="/in/">x</a>',
      '<main><a href="https://www.linkedin.com/in/%E0%A4%A/">Bad</a></main>',
      '<main><a href="/in/ok-person/"></a></main>',
    ]) {
      expect(read(html, 'https://www.linkedin.com/search/results/people/')?.people).toEqual([]);
    }
  });
});

describe('GitHub lists (our fixtures)', () => {
  it('followers: name, bio, location; not the page owner or the viewer', () => {
    const list = read(
      own('github-lists/followers.html'),
      'https://github.com/olga-owner?tab=followers',
    );
    expect(list?.kind).toBe('github-followers');
    expect(handles(list?.people)).toEqual(['ml-mentor-mia', 'tensor-tom', 'nlp-nora']);
    expect(list?.people[0]).toMatchObject({
      name: 'Mia Mentor',
      headline: 'Staff ML engineer. Office hours for career changers.',
      location: 'Berlin, Germany',
      url: 'https://github.com/ml-mentor-mia',
    });
    expect(list?.people[1]?.name).toBe('tensor-tom');
  });
  it('stargazers skip the organisation; contributors keep the owner who contributed', () => {
    const stars = read(
      own('github-lists/stargazers.html'),
      'https://github.com/example-org/tiny-llm/stargazers',
    );
    expect(handles(stars?.people)).toEqual(['eval-eve', 'quant-quinn', 'gpu-gus']);
    expect(stars?.people[0]?.location).toBe('Toronto');
    const contributors = read(
      own('github-lists/contributors.html'),
      'https://github.com/ram-owner/fastgrad/graphs/contributors',
    );
    expect(handles(contributors?.people)).toEqual(['ram-owner', 'sam-autodiff', 'tia-kernels']);
    expect(contributors?.people[1]?.headline).toBeNull();
  });
  it('user search', () => {
    const list = read(
      own('github-lists/user-search.html'),
      'https://github.com/search?q=location%3ABerlin&type=users',
    );
    expect(list?.kind).toBe('github-user-search');
    expect(list?.people.map((p) => [p.handle, p.name, p.location])).toEqual([
      ['py-priya', 'Priya Python', 'Berlin'],
      ['ml-max', 'Max ML', 'Berlin, Germany'],
    ]);
  });
});

describe(`real list pages${realFixturesSkipNote}`, () => {
  const real = (file: string) => readFileSync(path.join(realFixturesDir, file), 'utf8');
  it.skipIf(!hasRealFixtures).each([
    // file, url, people found (listed by eye in brackets in the note)
    [
      'linkedin-lists/search-2025-04-first-connections.html',
      'https://www.linkedin.com/search/results/people/?facetNetwork=%5B%22F%22%5D',
      10,
    ],
    [
      'linkedin-lists/search-2022-09-fragment.html',
      'https://www.linkedin.com/search/results/people/?keywords=director%20in%20energy',
      2,
    ],
    [
      'linkedin-lists/company-people-2025-04.html',
      'https://www.linkedin.com/company/motionapp/people/',
      12,
    ],
    [
      'linkedin-lists/connections-2025-04.html',
      'https://www.linkedin.com/mynetwork/invite-connect/connections/',
      10,
    ],
    ['github-lists/org-people-2024-07-fragment.html', 'https://github.com/orgs/dwyl/people', 30],
    ['linkedin/loggedin-2026-adivirsingh13.html', 'https://www.linkedin.com/in/adivirsingh13/', 9],
    ['linkedin/loggedin-2022-austin.html', 'https://www.linkedin.com/in/austinoboyle/', 10],
    [
      'linkedin/loggedin-2024-sri.html',
      'https://www.linkedin.com/in/sri-lalitha-jeevanige-35520a61/',
      5,
    ],
    ['linkedin/guest-2024-eduardo.html', 'https://se.linkedin.com/in/eduardo-alvarez-nowak', 10],
    ['linkedin/guest-2023-dulitha.html', 'https://sg.linkedin.com/in/dulithawijewantha', 20],
  ])('%s (%s): %i people, each with a name and a link', (file, url, count) => {
    const list = read(real(file), url);
    expect(list?.people).toHaveLength(count);
    for (const person of list?.people ?? []) {
      expect(person.name).toBeTruthy();
      expect(person.handle ?? person.memberId).toBeTruthy();
      expect(person.name).not.toMatch(/LinkedIn Member|works here/i);
    }
  });
  it.skipIf(!hasRealFixtures)('2025 search cards: headline, location, degree, mutual', () => {
    const list = read(
      real('linkedin-lists/search-2025-04-first-connections.html'),
      'https://www.linkedin.com/search/results/people/',
    );
    expect(list?.people[0]).toMatchObject({
      handle: 'sikailee',
      name: 'Si Kai Lee',
      location: 'New York City Metropolitan Area',
      degree: 2,
      mutual: 6,
    });
  });
  it.skipIf(!hasRealFixtures)('connections join the member id from the message link', () => {
    const list = read(
      real('linkedin-lists/connections-2025-04.html'),
      'https://www.linkedin.com/mynetwork/invite-connect/connections/',
    );
    expect(list?.people[0]).toMatchObject({
      handle: 'kenaizawa',
      name: 'Ken Aizawa',
      degree: 1,
      headline: 'VP of Engineering at TheTake.ai',
    });
    expect(list?.people[0]?.memberId).toMatch(/^ACoAA/);
  });
  it.skipIf(!hasRealFixtures)('the org table reads name and login', () => {
    const list = read(
      real('github-lists/org-people-2024-07-fragment.html'),
      'https://github.com/orgs/dwyl/people',
    );
    expect(list?.people[0]).toMatchObject({
      handle: '2knal',
      name: 'Kunal Sonawane',
      url: 'https://github.com/2knal',
    });
  });
});
