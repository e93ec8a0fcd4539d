import { describe, expect, it } from 'vitest';
import type { Goal } from '@/utils/fit/mentee';
import { effectiveness } from '@/utils/shortlist/analytics/effectiveness';
import {
  allTags,
  filterPeople,
  fold,
  indexPeople,
  noFilter,
  sortPeople,
} from '@/utils/shortlist/analytics/filter';
import { funnel, percent } from '@/utils/shortlist/analytics/funnel';
import { csvField, csvRow, peopleCsv, UTF8_BOM } from '@/utils/shortlist/portability/csv';
import type { Meeting, PersonSummary } from '@/utils/shortlist/schema/person';

const person = (id: string, fields: Partial<PersonSummary> = {}): PersonSummary => ({
  id: `github:${id}`,
  name: id,
  headline: null,
  sources: 'github',
  fitScore: null,
  fitBand: null,
  status: 'saved',
  statusChangedAt: '2026-01-01T00:00:00.000Z',
  savedAt: '2026-01-01T00:00:00.000Z',
  role: null,
  tags: [],
  notes: '',
  doNotContact: false,
  focusArea: null,
  cadence: 'none',
  goalIds: [],
  lastContactAt: null,
  followUps: 0,
  contactedAt: null,
  repliedAt: null,
  meetingAt: null,
  mentoringAt: null,
  lastMeetingAt: null,
  ...fields,
});

describe('fit order', () => {
  it('"Not enough to score" sorts after every scored person, even with a number an older summary kept', () => {
    const people = indexPeople([
      person('thin', { fitScore: 35, fitBand: 'Not enough to score' }),
      person('low', { fitScore: 12, fitBand: 'Long shot' }),
      person('high', { fitScore: 70, fitBand: 'Strong fit' }),
      person('unscored'),
    ]);
    expect(sortPeople(people, 'fit', 'desc').map((e) => e.person.name)).toEqual([
      'high',
      'low',
      'thin',
      'unscored',
    ]);
  });
});

describe('CSV export', () => {
  it('quotes as RFC 4180 asks: commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvRow(['a', 'b,c'])).toBe('a,"b,c"');
  });

  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises the formula-like cell %j with a leading apostrophe',
    (value) => {
      const field = csvField(value);
      expect(field.replace(/^"/, '').startsWith("'")).toBe(true);
      expect(field).toContain(value.replaceAll('"', '""'));
    },
  );

  it('writes a header and one CRLF-terminated row per person, with the full notes', () => {
    const csv = peopleCsv([
      {
        ...person('ada', {
          name: '=cmd|calc',
          tags: ['llm', 'research'],
          notes: 'Line 1\nLine "2"',
          fitScore: 72,
          fitBand: 'Strong fit',
        }),
        urls: ['https://github.com/ada'],
      },
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(UTF8_BOM.length).split('\r\n');
    expect(lines[0]).toBe(
      'id,name,headline,sources,profile urls,fit score,fit band,status,status changed,saved,role,focus area,tags,do not contact,notes',
    );
    expect(csv).toContain(
      `github:ada,'=cmd|calc,,GitHub,https://github.com/ada,72,Strong fit,saved,`,
    );
    expect(csv).toContain('llm; research,no,"Line 1\nLine ""2"""\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

/**
 * reads CSV bytes the way a spreadsheet does: UTF-8 when the file starts with a byte-order mark,
 * else the legacy Windows code page (Excel on a Western-European system)
 */
function spreadsheetCells(bytes: Uint8Array): string[][] {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = bom
    ? new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes)
    : new TextDecoder('windows-1252').decode(bytes);
  // our rows here hold no quoted commas or line breaks: a split is enough for this reader
  return text
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));
}

describe('the CSV in a spreadsheet', () => {
  const rows = [{ ...person('jose', { name: 'José Núñez', headline: 'Zürich' }), urls: [] }];

  it('starts with a UTF-8 byte-order mark, so a spreadsheet reads "José" and not "JosÃ©"', () => {
    // a Blob of the string, as the dashboard downloads it, holds its UTF-8 bytes
    const bytes = new TextEncoder().encode(peopleCsv(rows));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const cells = spreadsheetCells(bytes);
    expect(cells[0]?.[0]).toBe('id');
    expect(cells[1]?.slice(1, 3)).toEqual(['José Núñez', 'Zürich']);
  });

  it('the same reader garbles the names without the mark (what the mark fixes)', () => {
    const bytes = new TextEncoder().encode(peopleCsv(rows).slice(UTF8_BOM.length));
    expect(spreadsheetCells(bytes)[1]?.[1]).toBe('JosÃ© NÃºÃ±ez');
  });

  it('writes the mark once, even for an empty table', () => {
    const csv = peopleCsv([]);
    expect(csv.indexOf(UTF8_BOM)).toBe(0);
    expect(csv.lastIndexOf(UTF8_BOM)).toBe(0);
    expect(csv.slice(1)).toMatch(/^id,name,.*,notes\r\n$/);
  });
});

describe('filtering and sorting the table in memory', () => {
  const people = [
    person('ada', {
      name: 'Ada Okafor',
      headline: 'ML engineer',
      fitScore: 80,
      fitBand: 'Strong fit',
      status: 'contacted',
      tags: ['llm'],
      role: 'primary',
      savedAt: '2026-01-03T00:00:00.000Z',
    }),
    person('jose', {
      name: 'José Núñez',
      headline: 'Research scientist',
      notes: 'Met at NeurIPS',
      fitScore: 50,
      fitBand: 'Promising',
      sources: 'both',
      savedAt: '2026-01-01T00:00:00.000Z',
    }),
    person('kim', {
      name: 'Kim Lee',
      fitScore: null,
      status: 'mentoring',
      tags: ['research'],
      role: 'secondary',
      savedAt: '2026-01-02T00:00:00.000Z',
    }),
  ];
  const index = indexPeople(people);
  const names = (list: PersonSummary[]) => list.map((p) => p.name);

  it('searches names, headlines and notes, accent- and case-insensitively, every word', () => {
    expect(names(filterPeople(index, { ...noFilter, text: 'jose' }))).toEqual(['José Núñez']);
    expect(names(filterPeople(index, { ...noFilter, text: 'NEURIPS' }))).toEqual(['José Núñez']);
    expect(names(filterPeople(index, { ...noFilter, text: 'ml okafor' }))).toEqual(['Ada Okafor']);
    expect(names(filterPeople(index, { ...noFilter, text: 'ml nobody' }))).toEqual([]);
    expect(fold('  Ünïcode   Text ')).toBe('unicode text');
  });

  it('filters by status, tag, source, role and fit band', () => {
    expect(names(filterPeople(index, { ...noFilter, status: 'mentoring' }))).toEqual(['Kim Lee']);
    expect(names(filterPeople(index, { ...noFilter, tag: 'llm' }))).toEqual(['Ada Okafor']);
    expect(names(filterPeople(index, { ...noFilter, source: 'both' }))).toEqual(['José Núñez']);
    expect(names(filterPeople(index, { ...noFilter, source: 'linkedin' }))).toEqual(['José Núñez']);
    expect(names(filterPeople(index, { ...noFilter, role: 'none' }))).toEqual(['José Núñez']);
    expect(names(filterPeople(index, { ...noFilter, band: 'unscored' }))).toEqual(['Kim Lee']);
    expect(allTags(people)).toEqual(['llm', 'research']);
  });

  it('sorts by name, fit, status and date, both ways', () => {
    const by = (key: 'name' | 'fit' | 'status' | 'saved', direction: 'asc' | 'desc') =>
      names(filterPeople(sortPeople(index, key, direction), noFilter));
    expect(by('name', 'asc')).toEqual(['Ada Okafor', 'José Núñez', 'Kim Lee']);
    expect(by('fit', 'desc')).toEqual(['Ada Okafor', 'José Núñez', 'Kim Lee']);
    expect(by('status', 'asc')).toEqual(['José Núñez', 'Ada Okafor', 'Kim Lee']);
    expect(by('saved', 'desc')).toEqual(['Ada Okafor', 'Kim Lee', 'José Núñez']);
  });
});

describe('the funnel', () => {
  it('counts who reached each step and the conversion from the step before', () => {
    const steps = funnel([
      person('a'),
      person('b', { contactedAt: 'x' }),
      person('c', { contactedAt: 'x', repliedAt: 'x', meetingAt: 'x' }),
      person('d', { contactedAt: 'x', repliedAt: 'x', meetingAt: 'x', mentoringAt: 'x' }),
    ]);
    expect(steps.map((step) => [step.key, step.count, percent(step.fromPrevious)])).toEqual([
      ['saved', 4, '—'],
      ['contacted', 3, '75%'],
      ['replied', 2, '67%'],
      ['meeting', 2, '100%'],
      ['mentoring', 1, '50%'],
    ]);
    expect(funnel([]).every((step) => step.count === 0 && step.fromPrevious === null)).toBe(true);
  });
});

describe('the effectiveness review', () => {
  it('per mentor: meetings held, action items done, goals advanced; per goal: who helps and how far', () => {
    const goals: Goal[] = [
      { id: 'g1', title: 'Portfolio', targetDate: null, status: 'in progress' },
      { id: 'g2', title: 'First role', targetDate: '2026-12-31', status: 'done' },
      { id: 'g3', title: 'Untouched', targetDate: null, status: 'open' },
    ];
    const meeting = (
      id: string,
      personId: string,
      status: Meeting['status'],
      items: Meeting['actionItems'],
    ): Meeting => ({
      id,
      personId,
      date: '2026-02-01T00:00:00.000Z',
      status,
      agenda: '',
      notes: '',
      actionItems: items,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const review = effectiveness(
      [
        person('ada', { role: 'primary', goalIds: ['g2'] }),
        person('sam', { role: 'secondary' }),
        person('nobody'),
      ],
      [
        meeting('m1', 'github:ada', 'held', [
          { id: 'a', text: 'x', done: true, goalId: 'g1' },
          { id: 'b', text: 'y', done: false, goalId: 'g1' },
        ]),
        meeting('m2', 'github:ada', 'planned', []),
        meeting('m3', 'github:sam', 'held', [{ id: 'c', text: 'z', done: false, goalId: null }]),
      ],
      goals,
    );
    expect(
      review.mentors.map((m) => [
        m.name,
        m.meetingsHeld,
        m.meetingsPlanned,
        m.actionItemsDone,
        m.actionItemsTotal,
        m.goalsAdvanced.sort(),
      ]),
    ).toEqual([
      ['ada', 1, 1, 1, 2, ['g1', 'g2']],
      ['sam', 1, 0, 0, 1, []],
    ]);
    expect(
      review.goals.map((g) => [
        g.title,
        g.mentors.map((m) => m.name),
        g.meetingsHeld,
        g.actionItemsDone,
        g.actionItemsTotal,
      ]),
    ).toEqual([
      ['Portfolio', ['ada'], 1, 1, 2],
      ['First role', ['ada'], 1, 0, 0],
      ['Untouched', [], 0, 0, 0],
    ]);
  });
});
