import { describe, expect, it } from 'vitest';
import { extractLinkedin, findLinkedinHintAnchor } from '@/utils/profile/linkedin/extract';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import {
  hasRealFixtures,
  parseHtml,
  readRealFixture,
  realFixture,
  realFixturesSkipNote,
} from '../../../support/real-fixtures';
import { profileOf } from './fixture';

// expected values were read off each saved page by eye; the pages are read in place, never copied
function load(file: string): { doc: Document; url: URL; profile: () => ProfileSnapshot } {
  const row = realFixture(file);
  const doc = parseHtml(readRealFixture(file));
  const url = new URL(row.pageUrl);
  return { doc, url, profile: () => profileOf(extractLinkedin(doc, url)) };
}

describe.skipIf(!hasRealFixtures)(`LinkedIn real saved pages${realFixturesSkipNote}`, () => {
  it('signed-in 2026 (hashed classes): adivirsingh13', () => {
    const page = load('linkedin/loggedin-2026-adivirsingh13.html');
    const profile = page.profile();
    expect(profile).toMatchObject({
      handle: 'adivirsingh13',
      name: 'Adi Singh',
      headline: 'Co-Founder, AgentMail (YC S25)',
      location: 'San Francisco Bay Area',
      company: 'AgentMail (YC S25)',
      about: "We're not AI for your email, we're email for your AI :)",
      followers: 11_239,
      links: ['https://agentmail.to/'],
    });
    // the card holds both "· 1st" and "· 2nd" variants, which the card alone cannot tell apart; his own
    // posts in Activity show "Adi Singh • 2nd" (reposted authors' "• 2nd" beside other names never count)
    expect(profile.signals.degree).toBe(2);
    expect(profile.signals.mutualConnections).toBe(8);
    expect(profile.signals.sharedHighlights).toEqual([
      'You and Adi are both in AI & Machine Learning Community (moderated)',
    ]);
    expect(profile.signals.premium).toBe(true);
    expect(profile.signals.recentActivity?.slice(0, 3)).toEqual(['3h', '1w', '6d']);
    // not loaded yet is not on this page: absent, never "couldn't read"
    // "AgentMail (YC S25) · Y Combinator": the card's school, while the Education section has not loaded
    expect(profile.education).toEqual([
      { school: 'Y Combinator', degree: null, start: null, end: null },
    ]);
    expect(profile.signals.absent).toEqual(['experience', 'skills']);
    expect(profile.signals.missing).toEqual([]);
    expect(findLinkedinHintAnchor(page.doc, page.url)?.textContent).toBe(
      'Co-Founder, AgentMail (YC S25)',
    );
  });

  it('signed-in 2024, another member: sri-lalitha-jeevanige (embedded JSON is about other people)', () => {
    const profile = load('linkedin/loggedin-2024-sri.html').profile();
    expect(profile).toMatchObject({
      name: 'Sri Lalitha Jeevanige',
      headline: 'SAFe certified Scrum Master @ Swedbank | Pega Senior System Architect',
      location: 'Stockholm, Stockholm County, Sweden',
      company: 'Swedbank',
      followers: 357,
      connections: 357,
    });
    expect(profile.experience.slice(0, 3)).toEqual([
      {
        title: 'Scrum Master - Software Engineer',
        company: 'Swedbank',
        start: '2021-11',
        end: null,
        location: 'Stockholm County, Sweden',
        description: null,
      },
      {
        title: 'Software Engineer',
        company: 'Swedbank',
        start: '2019-05',
        end: '2021-12',
        location: 'Sundbyberg, Stockholm County, Sweden',
        description: null,
      },
      {
        title: 'Senior System Software Engineer',
        company: 'Accenture',
        start: '2017-01',
        end: '2019-04',
        location: 'Hyderabad Area, India',
        description: null,
      },
    ]);
    expect(profile.education[0]).toEqual({
      school: 'SASTRA University',
      degree: 'Bachelor of Technology (BTech), Electronics and Communication Engineering',
      start: '2010',
      end: '2014',
    });
    expect(profile.skills).toEqual(['Agile Methodologies', 'Agile']);
    expect(profile.signals).toMatchObject({ degree: 2, mutualConnections: 4 });
    const text = JSON.stringify(profile);
    for (const other of ['Gretchen Rubin', 'Eduardo', 'Shuyi', 'Jobs in Sweden'])
      expect(text).not.toContain(other);
  });

  it('signed-in 2024: eduardo-alvarez-nowak (JSON for the matching handle, not the viewer)', () => {
    const profile = load('linkedin/loggedin-2024-eduardo.html').profile();
    expect(profile).toMatchObject({
      name: 'Eduardo Alvarez Nowak',
      headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
      company: 'Novare Potential',
      connections: 500,
    });
    expect(profile.experience[0]).toMatchObject({
      title: 'Tech Education Team Lead',
      company: 'Novare Potential',
      start: '2021-07',
      end: null,
    });
    expect(
      profile.experience
        .filter((entry) => entry.company === 'Bu Multimedia')
        .map((entry) => entry.title),
    ).toEqual(['General Manager', 'Project Lead']);
    expect(profile.education[0]).toMatchObject({
      school: 'KTH Royal Institute of Technology',
      start: '2019',
      end: '2021',
    });
    expect(profile.signals.premium).toBe(true);
    // the signed-in viewer's own headline is in the same JSON: it must not leak
    expect(JSON.stringify(profile)).not.toContain('Student at Novare Potential');
  });

  it('signed-in 2022: austinoboyle', () => {
    const profile = load('linkedin/loggedin-2022-austin.html').profile();
    expect(profile).toMatchObject({
      name: "Austin O'Boyle",
      headline: 'Software Engineer at Google',
      location: 'Palo Alto, California, United States',
      company: 'Google',
      followers: 726,
      connections: 500,
    });
    expect(profile.experience[0]).toEqual({
      title: 'Software Engineer',
      company: 'Google',
      start: '2019-12',
      end: null,
      location: 'San Francisco Bay Area',
      description: null,
    });
    expect(profile.experience[1]).toMatchObject({
      title: 'Software Engineer',
      company: 'Bounced Inc.',
      start: '2018-09',
      end: '2019-12',
    });
    expect(profile.education[0]).toEqual({
      school: "Queen's University",
      degree: 'Bachelor of Science - BS, Physics',
      start: '2014',
      end: '2019-06',
    });
    expect(profile.skills).toEqual(['Python', 'React.js', 'Node.js']);
    expect(profile.links).toContain('https://www.austinoboyle.com/blog');
    expect(profile.signals.degree).toBe(3);
    expect(JSON.stringify(profile)).not.toContain('Shadi Khalifa');
    // this saved file is re-indented: its line breaks inside the text are layout, shown as spaces
    expect(profile.about).toBe(
      "I am a graduate of Queen's University, where I majored in physics, and focused my electives in mathematics and computer science.",
    );
    // the author's own breaks (<br>) stay
    expect(profile.experience[1]?.description).toMatch(
      /^- Re-factored monolithic back-end integration tests into parallelizable component tests, halving build times and improving modularity\.\n- Wrote component logic/,
    );
  });

  it('signed-in 2022 details page: all 12 experiences of austinoboyle', () => {
    const profile = load('linkedin/loggedin-2022-austin-details-experience.html').profile();
    expect(profile.handle).toBe('austinoboyle');
    expect(profile.name).toBe("Austin O'Boyle");
    expect(profile.headline).toBe('Software Engineer at Google');
    expect(profile.experience).toHaveLength(12);
    expect(profile.experience[5]?.description).toMatch(
      /^16 month internship in the 'cognitive analytics hub' division of the Queen's Centre for Advanced computing\.\n\n● Lead developer on a team of 4 interns\n/,
    );
    expect(profile.experience[11]).toMatchObject({
      title: 'Program Assistant',
      company: 'Best Buddies Canada',
      start: '2014-06',
      end: '2014-08',
    });
  });

  it('guest 2026: reidhoffman', () => {
    const page = load('linkedin/guest-2026-reidhoffman.html');
    const profile = page.profile();
    expect(profile).toMatchObject({
      name: 'Reid Hoffman',
      location: 'United States',
      company: 'Manas AI',
      followers: 3_000_000,
      connections: 500,
    });
    expect(profile.headline).toMatch(/^Co-Founder, LinkedIn, Manas AI & Inflection AI/);
    expect(profile.about).toMatch(/^My current priority is investing in and building with AI/);
    expect(profile.experience[0]).toMatchObject({
      title: 'Co-Founder, Executive Board Chair',
      company: 'Manas AI',
      start: '2025-01',
      end: null,
    });
    expect(profile.experience[1]).toMatchObject({
      title: 'Co-Founder, Board Member',
      company: 'Inflection AI',
      location: 'Palo Alto, California, United States',
    });
    expect(profile.skills.slice(0, 3)).toEqual(['CEOs', 'Founding', 'Early-Stage Startups']);
    expect(profile.skills).toContain('Mentoring');
    expect(profile.links).toEqual(['https://www.superagency.ai/']);
    expect(profile.signals.recentActivity?.[0]).toBe('2026-07-22');
    expect(findLinkedinHintAnchor(page.doc, page.url)?.textContent?.trim()).toMatch(
      /^Co-Founder, LinkedIn/,
    );
  });

  it('guest 2026: satyanadella', () => {
    const profile = load('linkedin/guest-2026-satyanadella.html').profile();
    expect(profile).toMatchObject({
      name: 'Satya Nadella',
      headline: 'Chairman and CEO at Microsoft',
      location: 'Redmond, Washington, United States',
      company: 'Microsoft',
      followers: 12_000_000,
      links: ['https://snscratchpad.com/'],
    });
    expect(profile.experience[0]).toMatchObject({
      title: 'Chairman and CEO',
      company: 'Microsoft',
      start: '2014-02',
      end: null,
      location: 'Greater Seattle Area',
    });
    expect(profile.education[0]).toEqual({
      school: 'The University of Chicago Booth School of Business',
      degree: null,
      start: '1994',
      end: '1996',
    });
    // the page has no Skills section: absent, not unreadable
    expect(profile.signals.absent).toEqual(['skills']);
    expect(profile.signals.missing).toEqual([]);
  });

  it('guest 2024 on se.linkedin.com, with JSON-LD: eduardo-alvarez-nowak', () => {
    const profile = load('linkedin/guest-2024-eduardo.html').profile();
    expect(profile).toMatchObject({
      url: 'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
      name: 'Eduardo Alvarez Nowak',
      location: 'Greater Stockholm Metropolitan Area',
      company: 'Novare Potential',
      followers: 564,
      connections: 500,
    });
    expect(profile.experience[0]).toMatchObject({
      title: 'Tech Education Team Lead',
      company: 'Novare Potential',
      start: '2021-07',
      end: null,
    });
    expect(profile.education.map((entry) => entry.school)).toEqual([
      'KTH Royal Institute of Technology',
      'Universidad de Guayaquil',
      'IGAD',
    ]);
    // "Bachelor's degree · Graphic Design · 9.7 of 10" and "Infographics · 18 of 20": the grade is no degree
    expect(profile.education.map((entry) => entry.degree)).toEqual([
      "Master's degree, Arts, Entertainment, and Media Management",
      "Bachelor's degree, Graphic Design",
      'Infographics',
    ]);
    expect(profile.links).toContain('https://novare-tech-education.web.app/');
  });

  it('guest 2023 on sg.linkedin.com: dulithawijewantha', () => {
    const profile = load('linkedin/guest-2023-dulitha.html').profile();
    expect(profile).toMatchObject({
      name: 'Dulitha Wijewantha',
      location: 'Singapore',
      company: 'Aristotle - Co-Pilot for Cold Sales',
      // the exact count of the JSON-LD, the top card rounds it to "6K"
      followers: 5740,
      connections: 500,
    });
    expect(profile.headline).toMatch(/^Building businesses on the Internet/);
    expect(profile.experience[0]).toMatchObject({
      title: 'Co-Founder & CTO',
      company: 'Aristotle - Co-Pilot for Cold Sales',
      start: '2023-03',
      end: null,
    });
    expect(profile.education[0]).toMatchObject({
      school: 'National University of Ireland, Galway',
      degree: "Master's degree, Information Technology",
    });
    expect(profile.links).toEqual(
      expect.arrayContaining(['http://dulitha.me/', 'https://github.com/dulichan/']),
    );
    expect(profile.signals.openTo).toEqual(['Providing services']);
  });

  it('signed-in August 2026 top card (newer hashed classes, no embedded JSON): abde-ali-vania', () => {
    // before the by-meaning reader this page was "unrecognized"
    const page = load('linkedin/loggedin-2026-08-abdeali-topcard.html');
    const profile = page.profile();
    expect(profile).toMatchObject({
      handle: 'abde-ali-vania-62323089',
      name: 'AbdeAli Vaniya',
      headline: 'Digital Marketing Consultant | Marketing Strategist | MBA in Marketing',
      company: 'Azguards Technologies LLP',
      location: 'Gujarat, India',
      connections: 500,
      // the card shows no follower count and no mutual connections
      followers: null,
    });
    expect(profile.signals).toMatchObject({ degree: 3, mutualConnections: null });
    // the saved page is the top card alone: its sections are not on it, which is no failure
    expect(profile.education).toEqual([
      {
        school: 'Faculty Of Management | GLS University | Ahmedabad',
        degree: null,
        start: null,
        end: null,
      },
    ]);
    expect(profile.signals.absent).toEqual(['about', 'experience', 'skills']);
    expect(profile.signals.missing).toEqual([]);
    expect(findLinkedinHintAnchor(page.doc, page.url)?.textContent).toBe(profile.headline);
  });

  it('guest pages: "See your mutual connections" is a sign-in prompt, not a count', () => {
    for (const file of [
      'linkedin/guest-2026-reidhoffman.html',
      'linkedin/guest-2026-satyanadella.html',
      'linkedin/guest-2024-eduardo.html',
    ]) {
      expect(load(file).profile().signals.mutualConnections, file).toBeNull();
    }
    // three large pages parsed in one test: slow under load, not wrong
  }, 30_000);

  it('guest 2024 authwall and not-found pages are unavailable', () => {
    for (const file of [
      'linkedin/guest-2024-authwall.html',
      'linkedin/guest-2024-not-found.html',
    ]) {
      const page = load(file);
      expect(extractLinkedin(page.doc, page.url), file).toMatchObject({
        ok: false,
        reason: 'unavailable',
      });
      expect(findLinkedinHintAnchor(page.doc, page.url), file).toBeNull();
    }
  });

  it('legacy pages do not crash', () => {
    const guest2016 = load('legacy/linkedin-guest-2016.html');
    const result2016 = extractLinkedin(guest2016.doc, guest2016.url);
    expect(result2016.ok && result2016.profile.name).toBe('Jeff Weiner');
    // read by meaning where no class is known: the headline line and the roles in reading order
    expect(result2016.ok && result2016.profile).toMatchObject({
      headline: 'CEO at LinkedIn',
      company: 'LinkedIn',
      // "Location" / "San Francisco Bay Area" under the headline: on the page, so read, never "absent"
      location: 'San Francisco Bay Area',
    });
    expect(result2016.ok && result2016.profile.signals.absent).toEqual(['education']);
    expect(result2016.ok && result2016.profile.experience[0]).toMatchObject({
      title: 'CEO',
      company: 'LinkedIn',
      start: '2008-12',
      end: null,
    });
    const fragment = load('legacy/linkedin-loggedin-2018-fragment.html');
    // the fragment shows Sean Cahalan while its URL names "someone": the URL decides, so nothing is read
    expect(extractLinkedin(fragment.doc, fragment.url)).toMatchObject({
      ok: false,
      reason: 'unrecognized',
    });
  });
});
