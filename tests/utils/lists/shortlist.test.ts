import { describe, expect, it } from 'vitest';
import { handle } from '@/entrypoints/background/handlers';
import { isBorderline } from '@/utils/fit/result';
import type { ListPerson } from '@/utils/lists/types';
import type { Analysis, CardFit } from '@/utils/messaging/protocol';
import { requestSchema } from '@/utils/messaging/protocol';
import type { Person } from '@/utils/shortlist/schema/person';
import { openDatabase } from '@/utils/shortlist/store/db';
import { findPerson } from '@/utils/shortlist/tracker/people';
import { freshName, snapshot } from '../../support/snapshots';

const card = (over: Partial<ListPerson> = {}): ListPerson => ({
  source: 'linkedin',
  handle: 'ada-card',
  memberId: null,
  url: 'https://www.linkedin.com/in/ada-card/',
  name: 'Ada Card',
  headline: 'Principal ML Engineer | mentor, office hours',
  location: 'London',
  degree: 2,
  mutual: 4,
  ...over,
});

async function setup() {
  const db = await openDatabase(freshName());
  const ask = (request: unknown) => handle(async () => db, requestSchema.parse(request));
  return { db, ask };
}

describe('shortlisting from a list card', () => {
  it('stores what the card showed, marked partial; opening the profile completes the same record', async () => {
    const { db, ask } = await setup();
    const saved = (await ask({ type: 'shortlistCard', person: card() })) as Person;
    expect(saved.profiles.linkedin).toMatchObject({
      handle: 'ada-card',
      name: 'Ada Card',
      headline: 'Principal ML Engineer | mentor, office hours',
      location: 'London',
      about: null,
      signals: { degree: 2, mutualConnections: 4 },
    });
    expect(saved.profiles.linkedin?.signals.found).toContain('list card');
    const full = snapshot({
      source: 'linkedin',
      handle: 'ada-card',
      name: 'Ada Card',
      about: 'I mentor career changers.',
      location: null,
    });
    const analysis = (await ask({ type: 'analyze', snapshot: full })) as Analysis;
    expect(analysis.person?.id).toBe(saved.id);
    expect(await db.count('people')).toBe(1);
    const found = await findPerson(db, 'linkedin:ada-card');
    const profile = found && 'person' in found ? found.person.profiles.linkedin : undefined;
    expect(profile?.about).toBe('I mentor career changers.');
    // the card's location stays where the profile page showed none
    expect(profile?.location).toBe('London');
  });

  it('a card never overwrites a fuller stored profile', async () => {
    const { db, ask } = await setup();
    await ask({
      type: 'shortlist',
      snapshot: snapshot({ source: 'linkedin', handle: 'ada-card', about: 'Long about.' }),
    });
    const saved = (await ask({
      type: 'shortlistCard',
      person: card({ headline: 'Card headline' }),
    })) as Person;
    expect(saved.profiles.linkedin?.about).toBe('Long about.');
    expect(await db.count('people')).toBe(1);
  });

  it('a member-id card joins the public handle once a page shows both: one record', async () => {
    const { db, ask } = await setup();
    const memberId = 'ACoAAAInventedMemberIdOnly42';
    const saved = (await ask({
      type: 'shortlistCard',
      person: card({ handle: null, memberId, url: `https://www.linkedin.com/in/${memberId}/` }),
    })) as Person;
    // a later list (connections) shows the handle and the member id together
    const fits = (await ask({
      type: 'listFit',
      people: [card({ handle: 'ada-public', memberId })],
    })) as CardFit[];
    expect(fits[0]?.person).toEqual({ id: saved.id, status: 'saved' });
    const analysis = (await ask({
      type: 'analyze',
      snapshot: snapshot({ source: 'linkedin', handle: 'ada-public' }),
    })) as Analysis;
    expect(analysis.person?.id).toBe(saved.id);
    expect(await db.count('people')).toBe(1);
    const found = await findPerson(db, 'linkedin:ada-public');
    expect(found && 'person' in found ? found.person.profiles.linkedin?.handle : null).toBe(
      'ada-public',
    );
  });

  it('listFit: one answer per card, partial, with statuses of saved people only', async () => {
    const { ask } = await setup();
    await ask({ type: 'shortlistCard', person: card() });
    const fits = (await ask({
      type: 'listFit',
      people: [
        card(),
        card({
          handle: 'bob-card',
          name: 'Bob',
          headline: 'Recruiter',
          url: 'https://www.linkedin.com/in/bob-card/',
        }),
      ],
    })) as CardFit[];
    expect(fits.map((f) => [f.key, f.partial, f.person?.status ?? null])).toEqual([
      ['linkedin:ada-card', true, 'saved'],
      ['linkedin:bob-card', true, null],
    ]);
    expect(fits[0]?.score).toBeGreaterThan(fits[1]?.score ?? 100);
    for (const fit of fits) expect(fit.borderline).toBe(isBorderline(fit.score));
  });

  it('listFit: a card with too little to score says so, never borderline', async () => {
    const { ask } = await setup();
    const [thin] = (await ask({
      type: 'listFit',
      people: [card({ headline: null, mutual: null })],
    })) as CardFit[];
    expect(thin).toMatchObject({ band: 'Not enough to score', borderline: false });
  });

  it('rejects malformed and hostile cards at the boundary', () => {
    const bad = [
      { ...card(), handle: null, memberId: null },
      { ...card(), url: 'javascript:alert(1)' },
      { ...card(), memberId: 'not-a-member-id' },
      { ...card(), headline: 'x'.repeat(10_000) },
      { ...card(), degree: 7 },
      { ...card(), extra: 'field' },
    ];
    for (const person of bad) {
      expect(requestSchema.safeParse({ type: 'shortlistCard', person }).success).toBe(false);
    }
    expect(
      requestSchema.safeParse({ type: 'listFit', people: Array(101).fill(card()) }).success,
    ).toBe(false);
  });
});

describe('a profile page joins the member id it shows', () => {
  it('joinMemberId gives a member-id record the public handle; a second record is never merged blindly', async () => {
    const { db, ask } = await setup();
    const memberId = 'ACoAAAInventedMemberIdOnly42';
    const saved = (await ask({
      type: 'shortlistCard',
      person: card({ handle: null, memberId, url: `https://www.linkedin.com/in/${memberId}/` }),
    })) as Person;
    const joined = (await ask({ type: 'joinMemberId', memberId, handle: 'ada-public' })) as Person;
    expect(joined.id).toBe(saved.id);
    expect(joined.profileKeys).toContain('linkedin:ada-public');
    // someone else already saved under another handle: the id joins nothing
    await ask({
      type: 'shortlist',
      snapshot: snapshot({ source: 'linkedin', handle: 'other-person' }),
    });
    const again = (await ask({ type: 'joinMemberId', memberId, handle: 'other-person' })) as Person;
    expect(again.profileKeys).not.toContain('linkedin:other-person');
    expect(await db.count('people')).toBe(2);
    expect(
      await ask({ type: 'joinMemberId', memberId: 'ACoAAAUnknownPerson0000', handle: 'x' }),
    ).toBeNull();
  });
  it('rejects a malformed join', () => {
    for (const bad of [
      { memberId: 'nope', handle: 'ada' },
      { memberId: 'ACoAAAInventedMemberIdOnly42', handle: 'a/b' },
      { memberId: 'ACoAAAInventedMemberIdOnly42', handle: '' },
    ]) {
      expect(requestSchema.safeParse({ type: 'joinMemberId', ...bad }).success).toBe(false);
    }
  });
});
