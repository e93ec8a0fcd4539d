import { describe, expect, it } from 'vitest';
import { readGuestEducation } from '@/utils/profile/linkedin/guest-lists';
import { parseHtml } from '../../../support/real-fixtures';

// guest markup as served 2023–2026: the subtitle holds the degree, the field and the grade, one span each
const section = (items: string) =>
  parseHtml(`<section><h2>Education</h2><ul>${items}</ul></section>`).querySelector(
    'section',
  ) as Element;
const item = (school: string, spans: string[]) =>
  `<li class="education__list-item"><h3>${school}</h3><h4><!---->${spans.map((text) => `<span>${text}</span>`).join(' ')}</h4><p><time>2005</time> - <time>2008</time></p></li>`;

describe('guest education: the grade beside the degree', () => {
  it('is never the degree or the field, in any of its shown forms', () => {
    const read = readGuestEducation(
      section(
        [
          item('Northgate University', ['Master of Science', 'Informatics', '1.3 of 4']),
          item('Lakeside Design School', ['Infographics', '18 of 20']),
          item('École Rive', ['Licence', '16,5 sur 20']),
          item('Hill College', ['Grade: 4.0/4.3']),
          item('Quay Institute', ['BSc', 'Data Science', '3.8/4.0']),
        ].join(''),
      ),
    );
    expect(read.map((entry) => entry.degree)).toEqual([
      'Master of Science, Informatics',
      'Infographics',
      'Licence',
      null,
      'BSc, Data Science',
    ]);
    expect(read[1]).toMatchObject({ school: 'Lakeside Design School', start: '2005', end: '2008' });
  });

  it('keeps a degree or field that merely holds numbers, and hostile text as text', () => {
    const read = readGuestEducation(
      section(
        [
          item('Harbour School', ['Year 12 of secondary school', 'Physics 2']),
          item('Grade School', ['&lt;img src=x onerror=alert(1)&gt;', `${'9 of 10 '.repeat(50)}`]),
        ].join(''),
      ),
    );
    expect(read[0]?.degree).toBe('Year 12 of secondary school, Physics 2');
    expect(read[1]?.degree?.startsWith('<img src=x onerror=alert(1)>, 9 of 10')).toBe(true);
  });
});
