import { describe, expect, it } from 'vitest';
import { extractProfile } from '@/utils/profile/extract';
import {
  readSignedInEducation,
  readSignedInExperience,
  readSignedInSkills,
  signedInEntities,
} from '@/utils/profile/linkedin/entities';
import {
  hasRealFixtures,
  parseHtml,
  readRealFixture,
  realFixture,
  realFixturesSkipNote,
} from '../../../support/real-fixtures';
import { ownPage } from './fixture';

/** every class attribute removed: LinkedIn's entity markers are gone, the screen-reader copies stay */
function withoutClasses(doc: Document): Document {
  for (const element of doc.querySelectorAll('[class]')) element.removeAttribute('class');
  return doc;
}

function lists(doc: Document, url: string) {
  const result = extractProfile(doc, url);
  if (!result.ok) throw new Error(`expected a profile, got ${result.reason}`);
  const { experience, education, skills, company } = result.profile;
  return { experience, education, skills, company };
}

describe.skipIf(!hasRealFixtures)(
  `signed-in lists without their entity class${realFixturesSkipNote}`,
  () => {
    it.each([
      'linkedin/loggedin-2022-austin.html',
      'linkedin/loggedin-2022-austin-details-experience.html',
    ])('%s reads the same roles, schools, skills and company', (file) => {
      const url = realFixture(file).pageUrl;
      const classed = lists(parseHtml(readRealFixture(file)), url);
      const bare = lists(withoutClasses(parseHtml(readRealFixture(file))), url);
      expect(classed.experience.length).toBeGreaterThan(0);
      expect(bare).toEqual(classed);
    });

    it('austin: the lines are the visible ones, never doubled by the spoken copy', () => {
      const file = 'linkedin/loggedin-2022-austin.html';
      const bare = lists(
        withoutClasses(parseHtml(readRealFixture(file))),
        realFixture(file).pageUrl,
      );
      expect(bare.experience[0]).toMatchObject({
        title: 'Software Engineer',
        company: 'Google',
        start: '2019-12',
        end: null,
      });
      expect(bare.education[0]?.school).toBe("Queen's University");
      expect(bare.skills).toEqual(['Python', 'React.js', 'Node.js']);
    });
  },
);

describe('our own 2024 details page without classes', () => {
  it('keeps every role and the current company', () => {
    const file = 'signed-in-2024-tomas-lindqvist-details-experience.html';
    const url = 'https://www.linkedin.com/in/tomas-lindqvist-data/details/experience/';
    const classed = lists(ownPage(file), url);
    const bare = lists(withoutClasses(ownPage(file)), url);
    expect(classed.company).toBe('Fjordline Analytics');
    expect(bare).toEqual(classed);
  });
});

const spoken = (text: string) => `<span aria-hidden="true">${text}</span><span>${text}</span>`;

describe('entries by the screen-reader pattern, on malformed and hostile lists', () => {
  it('no spoken copies: not a signed-in list (another reader takes it)', () => {
    const section = parseHtml(
      '<section><ul><li><span aria-hidden="true">Engineer</span><span>Different</span></li></ul></section>',
    ).querySelector('section') as Element;
    expect(signedInEntities(section).size).toBe(0);
  });

  it('a company with two dated roles gives two roles at that company; undated nested items are descriptions', () => {
    const section = parseHtml(`<section><ul><li>
      ${spoken('Kestrel Labs')}${spoken('Full-time · 3 yrs')}
      <ul>
        <li>${spoken('Staff Engineer')}${spoken('Jan 2024 - Present')}<ul><li>${spoken('Leads the eval team.')}</li></ul></li>
        <li>${spoken('Senior Engineer')}${spoken('Mar 2021 - Dec 2023')}</li>
      </ul></li></ul></section>`).querySelector('section') as Element;
    expect(readSignedInExperience(section)).toEqual([
      {
        title: 'Staff Engineer',
        company: 'Kestrel Labs',
        start: '2024-01',
        end: null,
        location: null,
        description: 'Leads the eval team.',
      },
      {
        title: 'Senior Engineer',
        company: 'Kestrel Labs',
        start: '2021-03',
        end: '2023-12',
        location: null,
        description: null,
      },
    ]);
  });

  it('markup-looking text stays literal; skills are named once; schools keep their degree', () => {
    const doc = parseHtml(`<section id="s"><ul>
      <li>${spoken('&lt;img src=x onerror=alert(1)&gt;')}<ul><li>${spoken('Endorsed by 3 people')}</li></ul></li>
      <li>${spoken('&lt;img src=x onerror=alert(1)&gt;')}</li></ul></section>
      <section id="e"><ul><li>${spoken('Uni {{school}}')}${spoken('MSc, AI')}${spoken('2014 - 2016')}</li></ul></section>`);
    expect(readSignedInSkills(doc.getElementById('s') as Element)).toEqual([
      '<img src=x onerror=alert(1)>',
    ]);
    expect(readSignedInEducation(doc.getElementById('e') as Element)).toEqual([
      { school: 'Uni {{school}}', degree: 'MSc, AI', start: '2014', end: '2016' },
    ]);
  });

  it('thousands of items and deep nesting give a schema-valid snapshot, never a throw', () => {
    const items = Array.from(
      { length: 2_000 },
      (_, index) => `<li>${spoken(`Role ${index}`)}${spoken('2020 - 2021')}</li>`,
    );
    const deep = `${'<ul><li>'.repeat(300)}${spoken('Deep')}${'</li></ul>'.repeat(300)}`;
    const doc = parseHtml(`<html><head><title>Ada Okafor | LinkedIn</title></head><body><main>
      <section><h1>Ada Okafor</h1><a href="https://www.linkedin.com/in/ada-okafor-ml/">Ada</a></section>
      <section><h2>Experience</h2><ul>${items.join('')}</ul>${deep}</section></main></body></html>`);
    const result = extractProfile(doc, 'https://www.linkedin.com/in/ada-okafor-ml/');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.profile.experience.length).toBeGreaterThan(0);
      expect(result.profile.experience.length).toBeLessThanOrEqual(200);
      expect(result.profile.experience[0]).toMatchObject({
        title: 'Role 0',
        start: '2020',
        end: '2021',
      });
    }
  }, 30_000);
});
