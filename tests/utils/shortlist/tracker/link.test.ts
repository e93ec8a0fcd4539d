import { beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import { linkPeople, linkSuggestions } from '@/utils/shortlist/tracker/link';
import {
  countPeople,
  findPerson,
  listEvents,
  setStatus,
  shortlistProfile,
} from '@/utils/shortlist/tracker/people';
import { fitResult, freshName, snapshot } from '../../../support/snapshots';

let db: Database;
beforeEach(async () => {
  db = await openDatabase(freshName());
});

const linkedin = (overrides = {}) =>
  snapshot({
    source: 'linkedin',
    handle: 'ada-ml',
    name: 'Ada Okafor',
    company: 'Lumen AI',
    ...overrides,
  });
const github = (overrides = {}) =>
  snapshot({
    source: 'github',
    handle: 'ada-okafor',
    name: 'Ada Okafor',
    company: '@lumen-ai',
    ...overrides,
  });

describe('linkSuggestions', () => {
  it('suggests the same name at the same employer, and not a namesake elsewhere', async () => {
    await shortlistProfile(db, linkedin(), fitResult());
    await shortlistProfile(db, github(), fitResult());
    await shortlistProfile(
      db,
      snapshot({ source: 'github', handle: 'other-ada', name: 'Ada Okafor', company: 'Bakery' }),
      fitResult(),
    );
    const suggestions = await linkSuggestions(db, 'linkedin:ada-ml');
    expect(suggestions.map((s) => [s.id, s.confidence])).toEqual([
      ['github:ada-okafor', 'suggested'],
    ]);
    expect(suggestions[0]?.reason).toMatch(/name/i);
  });

  it('never suggests two profiles on the same site', async () => {
    await shortlistProfile(db, linkedin(), fitResult());
    await shortlistProfile(db, linkedin({ handle: 'ada-ml-2' }), fitResult());
    expect(await linkSuggestions(db, 'linkedin:ada-ml')).toEqual([]);
  });
});

describe('linkPeople', () => {
  it('makes one person of two, with both profiles and both histories', async () => {
    await shortlistProfile(db, linkedin(), fitResult(), new Date('2026-01-01T00:00:00Z'));
    await shortlistProfile(db, github(), fitResult(), new Date('2026-02-01T00:00:00Z'));
    await setStatus(
      db,
      'github:ada-okafor',
      'contacted',
      'sent a note',
      new Date('2026-02-02T00:00:00Z'),
    );
    const merged = await linkPeople(
      db,
      'linkedin:ada-ml',
      'github:ada-okafor',
      new Date('2026-03-01T00:00:00Z'),
    );
    expect(merged.id).toBe('linkedin:ada-ml');
    expect(merged.profileKeys.sort()).toEqual(['github:ada-okafor', 'linkedin:ada-ml']);
    expect(Object.keys(merged.profiles).sort()).toEqual(['github', 'linkedin']);
    expect(await countPeople(db)).toBe(1);
    expect(await findPerson(db, 'github:ada-okafor')).toMatchObject({
      person: { id: 'linkedin:ada-ml' },
    });
    const { events } = await listEvents(db, 'linkedin:ada-ml');
    expect(events.map((e) => e.type)).toEqual(['saved', 'saved', 'status', 'note']);
    expect(events.every((e) => e.personId === 'linkedin:ada-ml')).toBe(true);
    expect((await listEvents(db, 'github:ada-okafor')).events).toEqual([]);
  });

  it('refuses two people who both have a profile on the same site, and changes nothing', async () => {
    await shortlistProfile(db, linkedin(), fitResult());
    await shortlistProfile(db, linkedin({ handle: 'someone-else' }), fitResult());
    await expect(linkPeople(db, 'linkedin:ada-ml', 'linkedin:someone-else')).rejects.toThrow(
      /Both already have a LinkedIn profile/,
    );
    expect(await countPeople(db)).toBe(2);
  });

  it('refuses a person linked to themselves or to nobody', async () => {
    await shortlistProfile(db, linkedin(), fitResult());
    await expect(linkPeople(db, 'linkedin:ada-ml', 'linkedin:ada-ml')).rejects.toThrow(
      /themselves/,
    );
    await expect(linkPeople(db, 'linkedin:ada-ml', 'github:nobody')).rejects.toThrow(
      /No one with id github:nobody/,
    );
    expect(await countPeople(db)).toBe(1);
  });
});

describe('one-sided claims', () => {
  it('a profile that links a saved one is suggested, not joined, and confirming merges them', async () => {
    await shortlistProfile(db, linkedin(), fitResult());
    await shortlistProfile(
      db,
      github({
        handle: 'stranger',
        name: 'Someone Else',
        links: ['https://www.linkedin.com/in/ada-ml/'],
      }),
      fitResult(),
    );
    expect(await countPeople(db)).toBe(2);
    const suggestions = await linkSuggestions(db, 'linkedin:ada-ml');
    expect(suggestions.map((s) => [s.id, s.confidence])).toEqual([
      ['github:stranger', 'suggested'],
    ]);
    expect(suggestions[0]?.reason).toMatch(/not the other way round/);
    await linkPeople(db, 'linkedin:ada-ml', 'github:stranger');
    expect(await countPeople(db)).toBe(1);
  });
});
