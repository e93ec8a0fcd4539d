import { describe, expect, it } from 'vitest';
import { reachability } from '@/utils/fit/signals/reachability';
import { contextFor, mentee, mlMentee, person, total } from '../build';

const run = (
  fields: Parameters<typeof person>[0],
  who = mlMentee,
  source: 'linkedin' | 'github' = 'linkedin',
) => reachability(contextFor(person(fields, source), who));

describe('reachability signal', () => {
  it('41M followers: replies unlikely, with a ceiling', () => {
    const [fame] = run({ followers: 41_000_000 });
    expect(fame?.text).toBe('41M followers: replies unlikely');
    expect(fame?.points).toBe(-25);
    expect(fame?.ceiling).toBe(40);
  });

  it('lowers by audience size in steps', () => {
    const points = [2_000_000, 400_000, 80_000].map((followers) => total(run({ followers })));
    expect(points[0]).toBeLessThan(points[1] as number);
    expect(points[1]).toBeLessThan(points[2] as number);
    expect(points[2]).toBeLessThan(0);
  });

  it('GitHub audiences have their own steps; millions get the same ceiling', () => {
    expect(run({ followers: 60_000 }, mlMentee, 'github')[0]).toMatchObject({
      points: -14,
      text: '60k GitHub followers: replies unlikely',
    });
    expect(run({ followers: 12_000 }, mlMentee, 'github')[0]?.points).toBe(-6);
    expect(run({ followers: 12_345_678 }, mlMentee, 'github')[0]?.ceiling).toBe(40);
    expect(run({ followers: 900 }, mlMentee, 'github')).toEqual([]);
  });

  it('a small audience raises a little; a middling one says nothing', () => {
    expect(total(run({ followers: 640 }))).toBeGreaterThan(0);
    expect(run({ followers: 12_000 })).toEqual([]);
  });

  it('counts one audience once when both sites are famous', () => {
    const ctx = contextFor([
      person({ followers: 1_500_000 }),
      person({ followers: 60_000 }, 'github'),
    ]);
    const result = reachability(ctx);
    expect(result.filter((c) => c.points < 0)).toHaveLength(1);
    expect(result[0]?.text).toBe('1.5M followers: replies unlikely');
  });

  it('raises for degree, mutual connections, shared highlights, open profile and a public email', () => {
    const result = run({
      signals: {
        degree: 1,
        mutualConnections: 8,
        sharedHighlights: ['You both worked at Stripe'],
        openProfile: true,
      },
    });
    expect(result.map((c) => c.text)).toEqual([
      '1st-degree connection: you can message them directly',
      '8 mutual connections who could introduce you',
      'You both worked at Stripe',
      'Open profile: you can message without connecting',
    ]);
    expect(result.find((c) => c.text === 'You both worked at Stripe')?.cite).toBe(
      'you both worked at Stripe',
    );
    // the positive part has one cap
    expect(total(result)).toBeLessThanOrEqual(12);
  });

  it('a GitHub email or website makes contact possible', () => {
    expect(
      run({ signals: { publicEmail: 'nadia@example.org' } }, mlMentee, 'github')[0]?.text,
    ).toBe('Publishes an email address on GitHub');
    expect(run({ links: ['https://nadia.example.org/'] }, mlMentee, 'github')[0]?.points).toBe(1);
  });

  describe('shared background: only what the user typed, only as written', () => {
    const who = mentee({ sharedBackground: ['KTH', 'Women in AI'] });

    it('a school the user listed', () => {
      const [school] = run(
        {
          education: [
            { school: 'KTH Royal Institute of Technology', degree: null, start: null, end: null },
          ],
        },
        who,
      );
      expect(school?.text).toBe('Studied at KTH, which you listed as shared background');
      expect(school?.cite).toBe('you both studied at KTH');
    });

    it('a group named in their own words', () => {
      const [group] = run({ about: 'Volunteer organiser at Women in AI Nordics.' }, who);
      expect(group?.text).toBe('Mentions Women in AI, which you listed as shared background');
    });

    it('nothing from look-alike words, names or pictures: no inference', () => {
      expect(run({ about: 'Studied at KTHX. She loves AI.', name: 'Anna Svensson' }, who)).toEqual(
        [],
      );
    });
  });

  it('leaves the score alone with nothing to go on', () => {
    expect(run({})).toEqual([]);
  });
});
