import { describe, expect, it } from 'vitest';
import { extractLinkedin, findLinkedinHintAnchor } from '@/utils/profile/linkedin/extract';
import { profileSnapshotSchema } from '@/utils/profile/snapshot';
import { ownPage, profileOf } from './fixture';

const priyaUrl = new URL('https://www.linkedin.com/in/priya-raman-ml/');
const tomasUrl = new URL('https://www.linkedin.com/in/tomas-lindqvist-data/');
const weiLingUrl = new URL('https://sg.linkedin.com/in/wei-ling-tan-42');

describe('signed-in 2026 (hashed classes): priya-raman-ml', () => {
  const doc = ownPage('signed-in-2026-priya-raman.html');
  const profile = profileOf(extractLinkedin(doc, priyaUrl));

  it('reads the top card through structure, not classes', () => {
    expect(profile).toMatchObject({
      source: 'linkedin',
      handle: 'priya-raman-ml',
      url: 'https://www.linkedin.com/in/priya-raman-ml/',
      name: 'Priya Raman',
      headline:
        'ML Research Lead at Northwind AI | Speech & multilingual NLP | Mentor for women in ML',
      location: 'Bengaluru, Karnataka, India',
      company: 'Northwind AI',
      followers: 4812,
      connections: 500,
    });
    expect(profileSnapshotSchema.safeParse(profile).success).toBe(true);
  });

  it('reads about with its line breaks and the links she lists, unwrapped', () => {
    expect(profile.about).toMatch(/^I lead a small research team/);
    expect(profile.about).toContain('office hours for mentoring sessions');
    expect(profile.about).toContain('\n');
    expect(profile.links).toEqual([
      'https://priyaraman.example/notes',
      'https://github.com/priya-raman',
    ]);
  });

  it('never takes other people’s data: viewer JSON, reposts, people also viewed', () => {
    const text = JSON.stringify(profile);
    expect(text).not.toContain('ada-okafor');
    expect(text).not.toContain('Ada Okafor');
    expect(text).not.toContain('Sam Viewer');
    expect(text).not.toContain('Sticky header');
    expect(profile.followers).not.toBe(29_400);
  });

  it('reads the signals the fit uses', () => {
    expect(profile.signals).toMatchObject({
      degree: 2,
      mutualConnections: 5,
      sharedHighlights: [
        'You both studied at University of Pune',
        'You and Priya are both in Women in Machine Learning Circle',
      ],
      openTo: ['Providing services'],
      recentActivity: ['5d', '2w'],
      premium: false,
    });
  });

  it('reports the sections that load later as not on this page yet (absent), not as unreadable', () => {
    expect(profile.experience).toEqual([]);
    // the card's school stands in for the Education section that has not loaded
    expect(profile.education.map((entry) => entry.school)).toEqual(['University of Pune']);
    expect(profile.signals.absent).toEqual(['experience', 'skills']);
    expect(profile.signals.missing).toEqual([]);
    expect(profile.signals.found).toEqual(
      expect.arrayContaining(['name', 'headline', 'about', 'links', 'degree']),
    );
  });

  it('anchors the hint after the headline inside the top card', () => {
    const anchor = findLinkedinHintAnchor(doc, priyaUrl);
    expect(anchor?.textContent).toMatch(/^ML Research Lead at Northwind AI/);
    expect(anchor?.closest('main')).not.toBeNull();
    expect(anchor?.closest('aside')).toBeNull();
  });
});

describe('signed-in 2024: tomas-lindqvist-data', () => {
  const doc = ownPage('signed-in-2024-tomas-lindqvist.html');
  const profile = profileOf(extractLinkedin(doc, tomasUrl));

  it('reads the top card', () => {
    expect(profile).toMatchObject({
      name: 'Tomas Lindqvist',
      headline:
        'Head of Data Science at Fjordline Analytics · Teaching applied ML at evening school',
      location: 'Gothenburg, Västra Götaland County, Sweden',
      company: 'Fjordline Analytics',
      followers: 2310,
      connections: 1204,
    });
    expect(profile.signals).toMatchObject({
      degree: 1,
      mutualConnections: 14,
      openTo: ['Open to work'],
      premium: true,
    });
  });

  it('splits roles grouped under one company, newest first', () => {
    expect(profile.experience).toEqual([
      {
        title: 'Head of Data Science',
        company: 'Fjordline Analytics',
        start: '2021-03',
        end: null,
        location: 'Gothenburg, Sweden',
        description:
          'Lead a team of eight data scientists; started the internal mentoring programme.',
      },
      {
        title: 'Senior Data Scientist',
        company: 'Fjordline Analytics',
        start: '2018-06',
        end: '2021-02',
        location: 'Gothenburg, Sweden',
        description: null,
      },
      {
        title: 'Data Analyst',
        company: 'Kattegat Bank',
        start: '2015-09',
        end: '2018-05',
        location: 'Malmö, Sweden',
        description: null,
      },
    ]);
  });

  it('reads education, skills and links, not the Interests section', () => {
    expect(profile.education).toEqual([
      {
        school: 'Uppsala University',
        degree: 'Master of Science - MS, Statistics',
        start: '2013',
        end: '2015',
      },
      {
        school: 'Lund University',
        degree: 'Bachelor of Science - BS, Mathematics',
        start: '2010-08',
        end: '2013-06',
      },
    ]);
    expect(profile.skills).toEqual([
      'Machine Learning',
      'Python (Programming Language)',
      'Mentoring',
    ]);
    expect(profile.links).toEqual(['https://tomaslindqvist.example/talks']);
    expect(JSON.stringify(profile)).not.toContain('Ada Okafor');
    expect(profile.signals.recentActivity).toEqual(['1w', '3mo']);
    expect(profile.signals.missing).toEqual([]);
  });

  it('the details page gives the full experience list for the same handle', () => {
    const details = profileOf(
      extractLinkedin(
        ownPage('signed-in-2024-tomas-lindqvist-details-experience.html'),
        new URL('https://www.linkedin.com/in/tomas-lindqvist-data/details/experience/'),
      ),
    );
    expect(details.handle).toBe('tomas-lindqvist-data');
    expect(details.name).toBe('Tomas Lindqvist');
    expect(
      details.experience.map((entry) => [entry.title, entry.company, entry.start, entry.end]),
    ).toEqual([
      ['Head of Data Science', 'Fjordline Analytics', '2021-03', null],
      ['Senior Data Scientist', 'Fjordline Analytics', '2018-06', '2021-02'],
      ['Data Analyst', 'Kattegat Bank', '2015-09', '2018-05'],
      ['Research Assistant', 'Uppsala University', '2014-01', '2015-06'],
      ['Summer Intern', 'Öresund Logistics', '2012', '2012'],
    ]);
    expect(details.experience[0]?.description).toBe(
      'Lead a team of eight data scientists; started the internal mentoring programme.\nHiring plan, model review board, weekly office hours.',
    );
    expect(details.signals.missing).toEqual([]);
    expect(
      findLinkedinHintAnchor(
        ownPage('signed-in-2024-tomas-lindqvist-details-experience.html'),
        new URL('https://www.linkedin.com/in/tomas-lindqvist-data/details/experience/'),
      ),
    ).toBeNull();
  });
});

describe('guest 2025 with JSON-LD and masked text: wei-ling-tan-42', () => {
  const doc = ownPage('guest-2025-wei-ling-tan.html');
  const profile = profileOf(extractLinkedin(doc, weiLingUrl));

  it('reads the top card and prefers the exact follower count of the structured data', () => {
    expect(profile).toMatchObject({
      handle: 'wei-ling-tan-42',
      url: 'https://www.linkedin.com/in/wei-ling-tan-42/',
      name: 'Wei Ling Tan',
      headline:
        'AI Engineer at Merlion Robotics | Computer vision for warehouse robots | Bootcamp mentor',
      location: 'Singapore, Singapore',
      company: 'Merlion Robotics',
      followers: 1873,
      connections: 500,
    });
  });

  it('reads experience including grouped roles; masked text is not a value', () => {
    expect(
      profile.experience.map((entry) => [entry.title, entry.company, entry.start, entry.end]),
    ).toEqual([
      ['AI Engineer', 'Merlion Robotics', '2022-06', null],
      ['Data Scientist', 'Lionsgate Data', '2021-03', '2022-05'],
      ['Junior Data Analyst', 'Lionsgate Data', '2019-02', '2021-02'],
      ['Research Intern', null, '2018', '2018'],
    ]);
    expect(profile.experience[0]?.description).toBe(
      'Perception models for warehouse robots. Details for members.',
    );
    expect(profile.skills).toEqual(['Computer Vision', 'PyTorch', 'Mentoring']);
    expect(JSON.stringify(profile)).not.toMatch(/\*{3}/);
  });

  it('ignores sign-in modals, the similar-profiles rail and non-http links', () => {
    const text = JSON.stringify(profile);
    expect(text).not.toContain('Sign in to view');
    expect(text).not.toContain('Kwame');
    expect(text).not.toContain('javascript:');
    expect(profile.links).toEqual(['https://weiling.example/blog']);
    expect(profile.education).toEqual([
      {
        school: 'Nanyang Technological University',
        degree: 'Bachelor of Engineering - BE, Computer Science',
        start: '2014',
        end: '2018',
      },
    ]);
    expect(profile.signals.recentActivity).toEqual(['3d', '2025-03-04']);
    expect(profile.signals.degree).toBeNull();
  });

  it('anchors the hint after the guest headline', () => {
    expect(findLinkedinHintAnchor(doc, weiLingUrl)?.textContent).toMatch(
      /^AI Engineer at Merlion Robotics/,
    );
  });
});

describe('pages that are not profiles', () => {
  it('reads an authwall as unavailable', () => {
    const result = extractLinkedin(ownPage('guest-authwall.html'), priyaUrl);
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(!result.ok && result.detail).toMatch(/authwall/);
    expect(findLinkedinHintAnchor(ownPage('guest-authwall.html'), priyaUrl)).toBeNull();
  });

  it('reads "Profile Not Found" as unavailable', () => {
    const url = new URL('https://www.linkedin.com/in/no-such-person-42/');
    const result = extractLinkedin(ownPage('guest-not-found.html'), url);
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(!result.ok && result.detail).toMatch(/not found/i);
    expect(findLinkedinHintAnchor(ownPage('guest-not-found.html'), url)).toBeNull();
  });

  it('reads a LinkedIn page without profile structure as unrecognized', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><main><h2>Feed</h2><p>Nothing to see</p></main></body></html>',
      'text/html',
    );
    expect(extractLinkedin(doc, priyaUrl)).toMatchObject({ ok: false, reason: 'unrecognized' });
  });

  it('refuses URLs that are not LinkedIn profiles', () => {
    const doc = ownPage('signed-in-2026-priya-raman.html');
    expect(extractLinkedin(doc, new URL('https://www.linkedin.com/feed/'))).toMatchObject({
      ok: false,
      reason: 'not-a-profile',
    });
    expect(
      extractLinkedin(doc, new URL('https://evil-linkedin.com/in/priya-raman-ml/')),
    ).toMatchObject({ ok: false, reason: 'not-a-profile' });
  });

  it('the URL decides whose page it is: a top card of someone else is never read', () => {
    const doc = ownPage('signed-in-2026-priya-raman.html');
    const url = new URL('https://www.linkedin.com/in/ada-okafor-ml/');
    expect(extractLinkedin(doc, url)).toMatchObject({ ok: false, reason: 'unrecognized' });
    expect(findLinkedinHintAnchor(doc, url)).toBeNull();
  });
});
