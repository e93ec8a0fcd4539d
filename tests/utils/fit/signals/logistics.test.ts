import { describe, expect, it } from 'vitest';
import { logistics } from '@/utils/fit/signals/logistics';
import { contextFor, mentee, mlMentee, person } from '../build';

const run = (fields: Parameters<typeof person>[0], who = mlMentee) =>
  logistics(contextFor(person(fields), who));

describe('logistics signal', () => {
  it('raises most for the same city, even written differently', () => {
    expect(run({ location: 'Greater Stockholm Metropolitan Area' })[0]).toMatchObject({
      points: 6,
      text: 'Also in Greater Stockholm Metropolitan Area: you could meet in person',
    });
  });

  it('raises for the same country', () => {
    expect(run({ location: 'Gothenburg, Västra Götaland County, Sweden' })[0]?.points).toBe(4);
  });

  it('raises a little for a nearby time zone, lowers for a far one', () => {
    expect(run({ location: 'Berlin, Germany' })[0]?.points).toBe(3);
    const [far] = run({ location: 'Palo Alto, California, United States' });
    expect(far?.points).toBe(-3);
    expect(far?.text).toMatch(/about 9 hours from you/);
  });

  it("uses the user's time zone when given", () => {
    const who = mentee({ timeZone: 'America/Los_Angeles' });
    expect(run({ location: 'Seattle, Washington' }, who)[0]?.points).toBe(3);
    expect(run({ location: 'Seattle' }, mentee({ timeZone: 'UTC+1' }))[0]?.points).toBe(-3);
  });

  it('lowers when the user wants to meet in person and they are elsewhere', () => {
    const who = mentee({ location: 'Lagos, Nigeria', preferences: { remoteOk: false } });
    expect(run({ location: 'Berlin, Germany' }, who)[0]?.points).toBe(-4);
  });

  it('raises for a language they list or say they speak; English is not news', () => {
    expect(run({ skills: ['Spanish'] })).toEqual([
      { signal: 'logistics', points: 3, text: 'Speaks Spanish, like you' },
    ]);
    expect(run({ about: 'I speak Spanish and Swedish.' })[0]?.text).toBe(
      'Speaks Spanish, like you',
    );
    expect(run({ skills: ['English'] })).toEqual([]);
  });

  it('a language named as a market is not a spoken language', () => {
    expect(run({ about: 'Growing the Spanish market for our app.' })).toEqual([]);
    expect(run({ about: 'I build native apps for Spanish banks.' })).toEqual([]);
    expect(run({ about: 'Native speaker of Spanish.' })[0]?.points).toBe(3);
  });

  it('leaves the score alone when either location is unknown or unreadable', () => {
    expect(run({})).toEqual([]);
    expect(run({ location: 'Remote / the internet' })).toEqual([]);
    expect(run({ location: 'Berlin' }, mentee())).toEqual([]);
    expect(run({ location: '\u202e'.repeat(5_000) })).toEqual([]);
  });
});
