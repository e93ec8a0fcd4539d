import { describe, expect, it } from 'vitest';
import { explainProfile, extractProfile } from '@/utils/profile/extract';
import { extractLinkedin, findLinkedinHintAnchor } from '@/utils/profile/linkedin/extract';
import { sectionOfHeading } from '@/utils/profile/linkedin/section-headings';
import { parseHtml } from '../../../support/real-fixtures';
import { ownPage, profileOf } from './fixture';

const lenaUrl = 'https://www.linkedin.com/in/lena-hartmann-ml-4821/';
const others = ['Viktor Petrov', 'Sofia Almeida', 'Noor Haddad', '9,876', '9876', '812'];

describe('August 2026 signed-in layout (invented Lena Hartmann): read by what a person sees', () => {
  const doc = ownPage('signed-in-2026-08-lena-hartmann.html');
  const { result, explain } = explainProfile(doc, lenaUrl);
  const profile = profileOf(result);

  it('reads the top card in reading order under the name heading', () => {
    expect(profile).toMatchObject({
      handle: 'lena-hartmann-ml-4821',
      name: 'Lena Hartmann',
      headline: 'Staff ML Engineer at Kestrel Labs | Evaluation, retrieval and ML mentoring',
      company: 'Kestrel Labs',
      location: 'Munich, Bavaria, Germany',
      followers: 1054,
      connections: 500,
    });
    // "Jonas, Mira and 12 other mutual connections"
    expect(profile.signals).toMatchObject({ degree: 2, mutualConnections: 14 });
  });

  it('reads the sections by their headings, entries in reading order', () => {
    expect(profile.about).toBe(
      'I build evaluation tooling for retrieval systems and mentor engineers moving into ML.\nAsk me about careers in applied ML.',
    );
    expect(profile.experience).toEqual([
      {
        title: 'Staff ML Engineer',
        company: 'Kestrel Labs',
        start: '2022-01',
        end: null,
        location: 'Munich, Bavaria, Germany',
        description:
          'Leads the evaluation platform for retrieval and ranking models used across the company and its customers.',
      },
      {
        title: 'Senior Data Scientist',
        company: 'Orbitale Analytics',
        start: '2018-03',
        end: '2021-12',
        location: 'Berlin, Germany',
        description: null,
      },
    ]);
    expect(profile.education).toEqual([
      {
        school: 'Technical University of Munich',
        degree: 'Master of Science - MS, Informatics',
        start: '2014',
        end: '2016',
      },
    ]);
    expect(profile.skills).toEqual(['Information retrieval', 'PyTorch', 'Mentoring']);
    expect(profile.signals.recentActivity).toEqual(['3h', '2w']);
    expect(profile.signals.missing).toEqual([]);
    expect(profile.signals.absent).toEqual([]);
  });

  it('never lets the sidebar people or the signed-in viewer leak into her fields', () => {
    const text = JSON.stringify(profile);
    for (const other of others) expect(text).not.toContain(other);
  });

  it('says which rule read each field', () => {
    expect(explain).toMatchObject({
      handle: 'url',
      name: 'heading',
      headline: 'reading-order',
      location: 'reading-order',
      company: 'reading-order',
      about: 'heading',
      experience: 'heading',
      education: 'heading',
      skills: 'heading',
      mutualConnections: 'reading-order',
    });
  });

  it('anchors the hint after the headline', () => {
    expect(findLinkedinHintAnchor(doc, new URL(lenaUrl))?.textContent).toBe(profile.headline);
  });
});

describe('August 2026 lazy sections: the snapshot fills in as they arrive', () => {
  const full = ownPage('signed-in-2026-08-lena-hartmann.html');
  const cards = [...full.querySelectorAll('[componentkey^="com.linkedin.sdui.profile.card.ref"]')]
    .filter((card) => !/Topcard$/.test(card.getAttribute('componentkey') ?? ''))
    .filter((card, index, all) => all.findIndex((other) => other.contains(card)) === index);

  it('top card only: the fields the card shows, the sections listed as not on this page', () => {
    const doc = ownPage('signed-in-2026-08-lena-hartmann-topcard.html');
    const profile = profileOf(extractLinkedin(doc, new URL(lenaUrl)));
    expect(profile).toMatchObject({ name: 'Lena Hartmann', company: 'Kestrel Labs' });
    // no Education section yet: the school the card names is what the page shows
    expect(profile.education).toEqual([
      { school: 'Technical University of Munich', degree: null, start: null, end: null },
    ]);
    expect(profile.signals.educationFromTopCard).toBe(true);
    expect(profile.signals.absent).toEqual(['about', 'experience', 'skills']);
    expect(profile.signals.missing).toEqual([]);
  });

  it('each appended section is read on the next pass', () => {
    const doc = ownPage('signed-in-2026-08-lena-hartmann-topcard.html');
    const column = doc.querySelector('[data-testid="lazy-column"]');
    if (!column) throw new Error('no lazy column');
    expect(cards.map((card) => card.querySelector('h2')?.textContent)).toEqual([
      'About',
      'Activity',
      'Experience',
      'Education',
      'Skills',
    ]);
    const seen: number[] = [];
    for (const card of cards) {
      column.append(doc.importNode(card, true));
      const profile = profileOf(extractLinkedin(doc, new URL(lenaUrl)));
      seen.push(profile.signals.absent?.length ?? -1);
    }
    expect(seen).toEqual([2, 2, 1, 1, 0]);
    const last = profileOf(extractLinkedin(doc, new URL(lenaUrl)));
    // the Education section replaces the card's school
    expect(last.signals.educationFromTopCard).toBeUndefined();
    expect(last.experience).toHaveLength(2);
    expect(last.skills).toEqual(['Information retrieval', 'PyTorch', 'Mentoring']);
  });
});

describe('August 2026 layout in other UI languages (invented people)', () => {
  const cases = [
    {
      file: 'signed-in-2026-08-de-jonas-becker-ki.html',
      url: 'https://www.linkedin.com/in/jonas-becker-ki/',
      name: 'Jonas Becker',
      headline: 'Leiter Machine Learning bei Nordlicht Daten GmbH',
      company: 'Nordlicht Daten GmbH',
      location: 'Stuttgart, Baden-Württemberg, Deutschland',
      followers: 2310,
      firstRole: { title: 'Leiter Machine Learning', start: '2021-01', end: null },
      secondEnd: '2020-12',
      school: 'Universität Stuttgart',
      skill: 'Maschinelles Lernen',
    },
    {
      file: 'signed-in-2026-08-fr-camille-durand-ia.html',
      url: 'https://www.linkedin.com/in/camille-durand-ia/',
      name: 'Camille Durand',
      headline: 'Responsable IA chez Lumière Données',
      company: 'Lumière Données',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      followers: 1204,
      firstRole: { title: 'Responsable IA', start: '2020-01', end: null },
      secondEnd: '2019-12',
      school: 'École polytechnique',
      skill: 'Apprentissage automatique',
    },
    {
      file: 'signed-in-2026-08-es-lucia-gomez-datos.html',
      url: 'https://www.linkedin.com/in/lucia-gomez-datos/',
      name: 'Lucía Gómez',
      headline: 'Científica de datos en Brisa Analítica',
      company: 'Brisa Analítica',
      location: 'Sevilla, Andalucía, España',
      followers: 3120,
      firstRole: { title: 'Científica de datos', start: '2021-01', end: null },
      secondEnd: '2020-12',
      school: 'Universidad de Sevilla',
      skill: 'Visión artificial',
    },
    {
      file: 'signed-in-2026-08-it-giulia-rossi-ml.html',
      url: 'https://www.linkedin.com/in/giulia-rossi-ml/',
      name: 'Giulia Rossi',
      headline: 'Ricercatrice di machine learning presso Laguna AI',
      company: 'Laguna AI',
      location: 'Milano, Lombardia, Italia',
      followers: 987,
      firstRole: { title: 'Ricercatrice di machine learning', start: '2022-01', end: null },
      secondEnd: '2021-12',
      school: 'Politecnico di Milano',
      skill: 'Elaborazione del linguaggio naturale',
    },
    {
      file: 'signed-in-2026-08-pt-ana-souza-ia.html',
      url: 'https://www.linkedin.com/in/ana-souza-ia/',
      name: 'Ana Souza',
      headline: 'Engenheira de aprendizado de máquina na Ipê Dados',
      company: 'Ipê Dados',
      location: 'São Paulo, São Paulo, Brasil',
      followers: 4560,
      firstRole: { title: 'Engenheira de aprendizado de máquina', start: '2020-01', end: null },
      secondEnd: '2019-12',
      school: 'Universidade de São Paulo',
      skill: 'Sistemas de recomendação',
    },
  ];

  it.each(cases.map((entry) => [entry.file, entry] as const))('%s', (_, entry) => {
    const profile = profileOf(extractLinkedin(ownPage(entry.file), new URL(entry.url)));
    expect(profile).toMatchObject({
      name: entry.name,
      headline: entry.headline,
      company: entry.company,
      location: entry.location,
      followers: entry.followers,
      connections: 500,
    });
    expect(profile.signals).toMatchObject({ degree: 2, mutualConnections: 14 });
    expect(profile.about).toMatch(/\S{10,}/);
    expect(profile.experience[0]).toMatchObject({ ...entry.firstRole, company: entry.company });
    expect(profile.experience[1]?.end).toBe(entry.secondEnd);
    expect(profile.education[0]?.school).toBe(entry.school);
    expect(profile.skills[0]).toBe(entry.skill);
    expect(profile.signals.missing).toEqual([]);
    expect(profile.signals.absent).toEqual([]);
    const text = JSON.stringify(profile);
    for (const other of others) expect(text).not.toContain(other);
  });

  it('knows the section headings of each language, and none that is not one', () => {
    expect(sectionOfHeading('Berufserfahrung')).toBe('experience');
    expect(sectionOfHeading('Expérience')).toBe('experience');
    expect(sectionOfHeading('Aptitudes')).toBe('skills');
    expect(sectionOfHeading('Formazione')).toBe('education');
    expect(sectionOfHeading('Formação acadêmica')).toBe('education');
    expect(sectionOfHeading('Experience (4)')).toBe('experience');
    expect(sectionOfHeading('Licenses & certifications')).toBe('certifications');
    expect(sectionOfHeading('Top skills')).toBe('topSkills');
    expect(sectionOfHeading('Articles by Lena')).toBe('activity');
    expect(sectionOfHeading('More profiles for you')).toBe('sidebar');
    expect(sectionOfHeading('Lena Hartmann')).toBeNull();
    expect(sectionOfHeading('Experienced engineer')).toBeNull();
    expect(sectionOfHeading('')).toBeNull();
  });
});

describe('never "unrecognized" on a profile URL that names its person; never someone else', () => {
  const url = 'https://www.linkedin.com/in/jana-novak-7f3a/';

  it('a page with only the title and unknown markup gives the name and the handle, the rest missing', () => {
    const doc = parseHtml(
      '<html><head><title>Jana Novak | LinkedIn</title></head><body><main><div><span>loading</span></div></main></body></html>',
    );
    const profile = profileOf(extractProfile(doc, url));
    expect(profile).toMatchObject({
      handle: 'jana-novak-7f3a',
      name: 'Jana Novak',
      headline: null,
    });
    expect(profile.signals.missing).toEqual(
      expect.arrayContaining(['headline', 'location', 'experience']),
    );
  });

  it('a page whose title and card name another person stays unrecognized', () => {
    const doc = ownPage('signed-in-2026-08-lena-hartmann.html');
    expect(extractProfile(doc, url)).toMatchObject({ ok: false, reason: 'unrecognized' });
    expect(findLinkedinHintAnchor(doc, new URL(url))).toBeNull();
  });

  it('another person in a "People also viewed" section inside main is never taken for the viewed one', () => {
    const doc = ownPage('signed-in-2026-08-lena-hartmann.html');
    const main = doc.querySelector('main');
    const section = doc.createElement('section');
    section.innerHTML =
      '<h2>People also viewed</h2><div><a href="https://www.linkedin.com/in/lena-hartmann-ml-4821-b/"><h3>Lena Hartmann-Berg</h3></a><p>· 2nd</p><p>CTO at Elsewhere</p><p>Oslo, Norway</p><button aria-label="Follow Lena Hartmann-Berg">Follow</button></div>';
    main?.prepend(section);
    const profile = profileOf(extractProfile(doc, lenaUrl));
    expect(profile.name).toBe('Lena Hartmann');
    expect(JSON.stringify(profile)).not.toMatch(/Elsewhere|Oslo|Hartmann-Berg/);
  });

  it('"Top skills" under About gives the skills while the Skills section has not arrived', () => {
    const doc = ownPage('signed-in-2026-08-lena-hartmann-topcard.html');
    const card = doc.createElement('section');
    card.innerHTML =
      '<h2>About</h2><p>I build evaluation tooling.</p><div><p>Top skills</p><p>Information retrieval • PyTorch • Mentoring</p></div>';
    doc.querySelector('[data-testid="lazy-column"]')?.append(card);
    const { result, explain } = explainProfile(doc, lenaUrl);
    const profile = profileOf(result);
    expect(profile.skills).toEqual(['Information retrieval', 'PyTorch', 'Mentoring']);
    expect(profile.about).toBe('I build evaluation tooling.');
    expect(explain.skills).toBe('heading');
    expect(profile.signals.absent).toEqual(['experience']);
  });

  it('a sign-in prompt about mutual connections counts nobody; a bare line is not taken for the employer', () => {
    const doc = parseHtml(
      '<html><head><title>Jana Novak | LinkedIn</title></head><body><main><section><h1>Jana Novak</h1>' +
        '<h2>Data engineer</h2><div>Vienna, Austria</div><button>See your mutual connections</button>' +
        '<a href="https://www.linkedin.com/in/jana-novak-7f3a/">Jana</a></section></main></body></html>',
    );
    const profile = profileOf(extractProfile(doc, url));
    expect(profile).toMatchObject({ name: 'Jana Novak', headline: 'Data engineer', company: null });
    expect(profile.signals.mutualConnections).toBeNull();
  });

  it('hostile and broken top cards give a partial snapshot or a clear failure, never a throw', () => {
    const pages = [
      '<html><head><title>Jana Novak | LinkedIn</title></head><body><main><section><h2>Jana Novak</h2>' +
        '<p>'.repeat(5_000) +
        '</section></main></body></html>',
      `<html><head><title>${'x'.repeat(10_000)} | LinkedIn</title></head><body><h1>Jana Novak</h1><p>· 9th</p><p>${'9'.repeat(400)} followers</p></body></html>`,
      '<html><body><main><h2>Jana Novak</h2><p>{{firstName}} <img src=x onerror=alert(1)></p><p>· 1st</p><p>· 2nd</p></main></body></html>',
    ];
    for (const html of pages) {
      const result = extractProfile(parseHtml(html), url);
      if (result.ok) {
        expect(result.profile.handle).toBe('jana-novak-7f3a');
        expect(result.profile.followers === null || result.profile.followers < 1e16).toBe(true);
        // two different degrees side by side cannot be told apart
        if (html.includes('· 2nd')) expect(result.profile.signals.degree).toBeNull();
      } else {
        expect(result.detail.length).toBeGreaterThan(0);
      }
    }
  });
});
