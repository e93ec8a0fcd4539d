import { describe, expect, it } from 'vitest';
import { readExperienceByMeaning } from '@/utils/profile/linkedin/items-by-meaning';
import { parseHtml } from '../../../support/real-fixtures';

// August 2026 style: no entity markers, no screen-reader copies; entries are list items read in order
const section = (inner: string) =>
  parseHtml(`<section><h2>Experience</h2>${inner}</section>`).querySelector('section') as Element;

describe('several roles under one company heading (reading order)', () => {
  it('gives one entry per role, each with that company; single roles stay as they are', () => {
    const roles = readExperienceByMeaning(
      section(`<ul>
        <li><p>Kestrel Labs</p><p>Full-time · 5 yrs</p><ul>
          <li><p>Staff ML Engineer</p><p>Jan 2024 - Present · 2 yrs</p><p>Berlin, Germany</p><p>Leads retrieval evaluation for the search team, runs the weekly reading group and mentors four engineers.</p></li>
          <li><p>Senior ML Engineer</p><p>Mar 2021 - Dec 2023 · 2 yrs 10 mos</p></li>
        </ul></li>
        <li><p>Research Intern</p><p>Fjordline Analytics</p><p>Jun 2020 - Sep 2020</p></li>
      </ul>`),
    );
    expect(roles).toEqual([
      {
        title: 'Staff ML Engineer',
        company: 'Kestrel Labs',
        start: '2024-01',
        end: null,
        location: 'Berlin, Germany',
        description:
          'Leads retrieval evaluation for the search team, runs the weekly reading group and mentors four engineers.',
      },
      {
        title: 'Senior ML Engineer',
        company: 'Kestrel Labs',
        start: '2021-03',
        end: '2023-12',
        location: null,
        description: null,
      },
      {
        title: 'Research Intern',
        company: 'Fjordline Analytics',
        start: '2020-06',
        end: '2020-09',
        location: null,
        description: null,
      },
    ]);
  });

  it('a nested list without dates (bullets of a description) is no group; hostile text stays literal', () => {
    const roles = readExperienceByMeaning(
      section(`<ul><li><p>&lt;img src=x onerror=alert(1)&gt;</p><p>{{company}}</p><p>2019 - 2021</p>
        <ul><li><p>Shipped X</p></li><li><p>Shipped Y</p></li></ul></li></ul>`),
    );
    expect(roles).toHaveLength(1);
    expect(roles[0]).toMatchObject({
      title: '<img src=x onerror=alert(1)>',
      company: '{{company}}',
      start: '2019',
      end: '2021',
    });
  });

  it('a group heading with no line of its own gives roles without a company, never a role as company', () => {
    const roles = readExperienceByMeaning(
      section(
        '<ul><li><ul><li><p>Engineer</p><p>2020 - 2021</p></li><li><p>Lead</p><p>2021 - 2022</p></li></ul></li></ul>',
      ),
    );
    expect(roles.map((role) => [role.title, role.company])).toEqual([
      ['Engineer', null],
      ['Lead', null],
    ]);
  });
});
