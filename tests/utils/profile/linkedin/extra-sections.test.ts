import { describe, expect, it } from 'vitest';
import { extractProfile } from '@/utils/profile/extract';
import {
  readCertifications,
  readFeatured,
  readHonors,
} from '@/utils/profile/linkedin/extra-sections';
import { headingTables } from '@/utils/profile/linkedin/section-headings';
import { profileSnapshotSchema, type Signals } from '@/utils/profile/snapshot';
import {
  hasRealFixtures,
  parseHtml,
  readRealFixture,
  realFixture,
  realFixturesSkipNote,
} from '../../../support/real-fixtures';

function signalsOf(file: string): Signals {
  const result = extractProfile(parseHtml(readRealFixture(file)), realFixture(file).pageUrl);
  if (!result.ok) throw new Error(`expected a profile, got ${result.reason}`);
  expect(profileSnapshotSchema.safeParse(result.profile).success).toBe(true);
  return result.profile.signals;
}

// expected values read off each saved page by eye
describe.skipIf(!hasRealFixtures)(
  `Licenses, Honors and Featured on real saved pages${realFixturesSkipNote}`,
  () => {
    it('signed-in 2024 (eduardo): two LinkedIn Learning certificates and one award', () => {
      const signals = signalsOf('linkedin/loggedin-2024-eduardo.html');
      expect(signals.certifications).toEqual([
        {
          name: 'Agile at Work: Planning with Agile User Stories',
          issuer: 'LinkedIn',
          issued: '2022-08',
        },
        {
          name: 'Software Design: Developing Effective Requirements',
          issuer: 'LinkedIn',
          issued: '2022-08',
        },
      ]);
      // "Associated with KTH" and the description are not the issuer
      expect(signals.honors).toEqual([
        { title: 'Idea Cup 2019', issuer: 'Venture Cup', date: '2019-12' },
      ]);
    });

    it('signed-in 2024 (sri): certificates with their issuers', () => {
      expect(signalsOf('linkedin/loggedin-2024-sri.html').certifications?.[0]).toEqual({
        name: 'Certified SAFe® 6 Release Train Engineer',
        issuer: 'Scaled Agile, Inc.',
        issued: '2024-04',
      });
    });

    it('signed-in 2022 (austin): three scholarships and prizes', () => {
      expect(
        signalsOf('linkedin/loggedin-2022-austin.html').honors?.map((honor) => honor.title),
      ).toEqual([
        'Walter Thumm Memorial Scholarship',
        'Coleman Tutor Scholarship',
        'Susan Near Prize in Physics',
      ]);
    });

    it('guest pages: honors with issuer and date, certificates without "See credential"', () => {
      const reid = signalsOf('linkedin/guest-2026-reidhoffman.html');
      expect(reid.honors?.[0]).toEqual({
        title: 'Sigillum Magnum',
        issuer: 'University of Bologna',
        date: '2023-09',
      });
      expect(reid.honors?.every((honor) => honor.issuer !== null && honor.date !== null)).toBe(
        true,
      );
      const eduardo = signalsOf('linkedin/guest-2024-eduardo.html');
      expect(eduardo.certifications?.length).toBeGreaterThanOrEqual(6);
      expect(JSON.stringify(eduardo.certifications)).not.toMatch(/credential/i);
      expect(signalsOf('linkedin/guest-2023-dulitha.html').certifications?.[0]).toEqual({
        name: 'Oracle Certified Java Web Developer',
        issuer: 'Oracle',
        issued: '2011-10',
      });
    });

    it('signed-in 2026 (adivirsingh13): the Featured posts by their first line and link, not the "Post" label', () => {
      const featured = signalsOf('linkedin/loggedin-2026-adivirsingh13.html').featured ?? [];
      expect(featured.length).toBe(3);
      expect(featured[1]).toEqual({
        title: 'The best things in life are free. AgentMail is now free for everyone.',
        url: 'https://www.linkedin.com/feed/update/urn:li:activity:7394069255471894528/',
      });
      expect(featured.some((item) => item.title === 'Post')).toBe(false);
    });

    it('pages without these sections carry no such signals (absent, never an empty guess)', () => {
      const satya = signalsOf('linkedin/guest-2026-satyanadella.html');
      expect(satya.certifications).toBeUndefined();
      expect(signalsOf('linkedin/loggedin-2026-08-abdeali-topcard.html').featured).toBeUndefined();
    });
  },
);

const url = 'https://www.linkedin.com/in/ada-okafor-ml/';
const page = (sections: string) =>
  parseHtml(`<html><head><title>Ada Okafor | LinkedIn</title></head><body><main>
    <section><h1>Ada Okafor</h1><div>ML engineer</div><a href="${url}">Ada</a></section>${sections}</main></body></html>`);

const localized = {
  de: ['Ausgestellt: Jan. 2024', 'Ausgestellt von Verband · März 2021', 'Verband'],
  fr: ['Émis le janv. 2024', 'Émis par Association · mars 2021', 'Association'],
  es: ['Expedición: ene. 2024', 'Otorgado por Asociación · mar. 2021', 'Asociación'],
  it: ['Data di rilascio: gen 2024', 'Rilasciato da Associazione · mar 2021', 'Associazione'],
  pt: ['Emitido em jan. de 2024', 'Emitido por Associação · mar. de 2021', 'Associação'],
  en: ['Issued Jan 2024', 'Issued by Association · Mar 2021', 'Association'],
} as const;

describe('the three sections in each supported UI language (invented pages)', () => {
  it.each(Object.keys(localized) as (keyof typeof localized)[])('%s', (language) => {
    const table = headingTables[language];
    const [issued, issuedBy, issuer] = localized[language];
    const doc = page(`
      <section><h2>${table.certifications?.[0]}</h2><ul><li><div>Cert ML</div><div>Kestrel Academy</div><div>${issued}</div></li></ul></section>
      <section><h2>${table.honors?.[0]}</h2><ul><li><div>Best Paper</div><div>${issuedBy}</div></li></ul></section>
      <section><h2>${table.featured?.[0]}</h2><ul><li><a href="https://example.org/talk"><p>Talk on evals</p></a></li></ul></section>`);
    const result = extractProfile(doc, url);
    if (!result.ok) throw new Error(result.reason);
    expect(result.profile.signals.certifications).toEqual([
      { name: 'Cert ML', issuer: 'Kestrel Academy', issued: '2024-01' },
    ]);
    expect(result.profile.signals.honors).toEqual([
      {
        title: 'Best Paper',
        issuer,
        date: '2021-03',
      },
    ]);
    expect(result.profile.signals.featured).toEqual([
      { title: 'Talk on evals', url: 'https://example.org/talk' },
    ]);
  });
});

const section = (inner: string) =>
  parseHtml(`<section>${inner}</section>`).querySelector('section') as Element;

describe('malformed and hostile entries', () => {
  it('markup-looking text stays literal; script and relative links are never a Featured URL', () => {
    expect(
      readCertifications(
        section(
          '<h2>Licenses &amp; certifications</h2><ul><li><div>&lt;img src=x onerror=alert(1)&gt;</div><div>{{issuer}}</div></li></ul>',
        ),
      ),
    ).toEqual([{ name: '<img src=x onerror=alert(1)>', issuer: '{{issuer}}', issued: null }]);
    expect(
      readFeatured(
        section(
          '<ul><li><a href="javascript:alert(1)"><p>Click</p></a></li><li><a href="mailto:x@y.z"><p>Mail</p></a></li></ul>',
        ),
        url,
      ),
    ).toEqual([
      { title: 'Click', url: null },
      { title: 'Mail', url: null },
    ]);
  });

  it('a redirect-wrapped Featured link is unwrapped', () => {
    const wrapped = 'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fexample.org%2Fpaper';
    expect(
      readFeatured(section(`<ul><li><a href="${wrapped}"><p>Paper</p></a></li></ul>`), url),
    ).toEqual([{ title: 'Paper', url: 'https://example.org/paper' }]);
  });

  it('credential and skills lines are not issuers; over-long lines are not titles; at most 50 entries', () => {
    expect(
      readCertifications(
        section(
          '<ul><li><div>Cert</div><div>Credential ID 12345</div><div>Skills: Python · SQL</div><div>Issued Jun 2020</div></li></ul>',
        ),
      ),
    ).toEqual([{ name: 'Cert', issuer: null, issued: '2020-06' }]);
    expect(
      readHonors(section(`<ul><li><div>${'x'.repeat(500)}</div><div>Org</div></li></ul>`)),
    ).toEqual([]);
    const many = Array.from(
      { length: 500 },
      (_, index) => `<li><div>Award ${index}</div><div>Org</div></li>`,
    );
    expect(readHonors(section(`<ul>${many.join('')}</ul>`)).length).toBe(50);
  });

  it('empty or missing sections give nothing', () => {
    expect(readCertifications(null)).toEqual([]);
    expect(readHonors(section('<h2>Honors &amp; awards</h2>'))).toEqual([]);
    expect(readFeatured(section('<ul><li></li></ul>'), url)).toEqual([]);
  });

  it('the schema rejects a featured item with neither title nor link, and a non-http link', () => {
    const base = {
      source: 'linkedin',
      handle: 'a',
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
    };
    expect(
      profileSnapshotSchema.safeParse({
        ...base,
        signals: { featured: [{ title: null, url: null }] },
      }).success,
    ).toBe(false);
    expect(
      profileSnapshotSchema.safeParse({
        ...base,
        signals: { featured: [{ title: 'x', url: 'javascript:alert(1)' }] },
      }).success,
    ).toBe(false);
    expect(
      profileSnapshotSchema.safeParse({
        ...base,
        signals: { honors: [{ title: 'x', issuer: null, date: '20-1' }] },
      }).success,
    ).toBe(false);
    expect(
      profileSnapshotSchema.safeParse({
        ...base,
        signals: { certifications: [{ name: 'x', issuer: null, issued: '2024-02' }] },
      }).success,
    ).toBe(true);
  });
});
