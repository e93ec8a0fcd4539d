import { describe, expect, it } from 'vitest';
import { handle } from '@/entrypoints/background/handlers';
import { defaultFitWeights } from '@/utils/fit/weights';
import type { Analysis } from '@/utils/messaging/protocol';
import { saveFitWeights } from '@/utils/settings/fit-weights';
import { openDatabase } from '@/utils/shortlist/store/db';
import { findPerson } from '@/utils/shortlist/tracker/people';
import { freshName, snapshot } from '../../support/snapshots';

const role = (title: string) => ({
  title,
  company: 'Lumen',
  start: '2019-01',
  end: null,
  location: null,
  description: null,
});

describe('the background analyze request', () => {
  it('completes a shortlisted person from a details page and scores the fuller record', async () => {
    const db = await openDatabase(freshName());
    const top = snapshot({
      source: 'linkedin',
      handle: 'priya',
      about: 'I mentor ML engineers.',
      experience: [role('ML lead')],
    });
    await handle(async () => db, { type: 'shortlist', snapshot: top });
    const details = {
      ...snapshot({ source: 'linkedin', handle: 'priya', about: null }),
      url: 'https://www.linkedin.com/in/priya/details/experience/',
      experience: [role('ML lead'), role('ML engineer'), role('Data analyst')],
    };
    const analysis = (await handle(async () => db, {
      type: 'analyze',
      snapshot: details,
    })) as Analysis;
    expect(analysis.fit).not.toBeNull();
    const stored = await findPerson(db, 'linkedin:priya');
    const profile = stored && 'person' in stored ? stored.person.profiles.linkedin : undefined;
    expect(profile?.experience.map((r) => r.title)).toEqual([
      'ML lead',
      'ML engineer',
      'Data analyst',
    ]);
    expect(profile?.about).toBe('I mentor ML engineers.');
    expect(profile?.url).toBe('https://www.linkedin.com/in/priya/');
  });

  it('does not store anything for someone not on the shortlist', async () => {
    const db = await openDatabase(freshName());
    await handle(async () => db, { type: 'analyze', snapshot: snapshot({ handle: 'stranger' }) });
    expect(await db.count('people')).toBe(0);
  });

  it('scores with the user weights', async () => {
    const db = await openDatabase(freshName());
    const person = snapshot({
      headline: 'Machine learning engineer, Python, PyTorch',
      skills: ['Python', 'Machine Learning'],
    });
    const before = (await handle(async () => db, {
      type: 'analyze',
      snapshot: person,
    })) as Analysis;
    await saveFitWeights({ ...defaultFitWeights, expertise: 0 });
    const after = (await handle(async () => db, { type: 'analyze', snapshot: person })) as Analysis;
    expect(after.fit?.score).not.toBe(before.fit?.score);
  });
});

describe('one person, two profiles', () => {
  const linkedin = () =>
    snapshot({
      source: 'linkedin',
      handle: 'ada-okafor-ml',
      name: 'Ada Okafor',
      headline: 'Senior ML engineer',
    });
  const github = (links: string[]) =>
    snapshot({
      source: 'github',
      handle: 'ada-okafor',
      name: 'Ada O.',
      headline: 'ML at Lumen',
      links,
    });

  it('a stranger who links a saved LinkedIn profile is never joined to it, viewed or shortlisted', async () => {
    const db = await openDatabase(freshName());
    await handle(async () => db, { type: 'shortlist', snapshot: linkedin() });
    const stranger = snapshot({
      source: 'github',
      handle: 'stranger',
      name: 'Ada Okafor',
      links: ['https://www.linkedin.com/in/ada-okafor-ml/'],
      signals: { publicEmail: 'stranger@evil.example' },
    });
    const analysis = (await handle(async () => db, {
      type: 'analyze',
      snapshot: stranger,
    })) as Analysis;
    // a plain view merges nothing and shows no saved person
    expect(analysis.person).toBeNull();
    expect(await db.count('people')).toBe(1);
    const saved = await findPerson(db, 'linkedin:ada-okafor-ml');
    const before = saved && 'person' in saved ? saved.person : null;
    expect(before?.profileKeys).toEqual(['linkedin:ada-okafor-ml']);
    expect(Object.keys(before?.profiles ?? {})).toEqual(['linkedin']);
    expect(JSON.stringify(before)).not.toContain('stranger@evil.example');
    // shortlisting the stranger makes a record of their own
    await handle(async () => db, { type: 'shortlist', snapshot: stranger });
    expect(await db.count('people')).toBe(2);
    const after = await findPerson(db, 'linkedin:ada-okafor-ml');
    expect(after && 'person' in after ? after.person.profileKeys : null).toEqual([
      'linkedin:ada-okafor-ml',
    ]);
  });

  it('joins on shortlisting only when both profiles link each other, never on a view', async () => {
    const db = await openDatabase(freshName());
    await handle(async () => db, {
      type: 'shortlist',
      snapshot: { ...linkedin(), links: ['https://github.com/ada-okafor'] },
    });
    const viewed = (await handle(async () => db, {
      type: 'analyze',
      snapshot: github(['https://www.linkedin.com/in/ada-okafor-ml/']),
    })) as Analysis;
    expect(viewed.person).toBeNull();
    const unjoined = await findPerson(db, 'linkedin:ada-okafor-ml');
    expect(unjoined && 'person' in unjoined ? unjoined.person.profileKeys : null).toEqual([
      'linkedin:ada-okafor-ml',
    ]);
    await handle(async () => db, {
      type: 'shortlist',
      snapshot: github(['https://www.linkedin.com/in/ada-okafor-ml/']),
    });
    expect(await db.count('people')).toBe(1);
    const found = await findPerson(db, 'github:ada-okafor');
    const person = found && 'person' in found ? found.person : null;
    expect(person?.id).toBe('linkedin:ada-okafor-ml');
    expect(person?.profileKeys).toEqual(['linkedin:ada-okafor-ml', 'github:ada-okafor']);
    expect(Object.keys(person?.profiles ?? {}).sort()).toEqual(['github', 'linkedin']);
    expect(person?.name).toBe('Ada Okafor');
  });

  it('keeps unrelated people with the same name apart', async () => {
    const db = await openDatabase(freshName());
    await handle(async () => db, { type: 'shortlist', snapshot: linkedin() });
    await handle(async () => db, {
      type: 'shortlist',
      snapshot: snapshot({
        source: 'github',
        handle: 'another-ada',
        name: 'Ada Okafor',
        links: [],
      }),
    });
    expect(await db.count('people')).toBe(2);
  });

  it('does not join a profile to someone who already has a profile on that site', async () => {
    const db = await openDatabase(freshName());
    await handle(async () => db, {
      type: 'shortlist',
      snapshot: github(['https://www.linkedin.com/in/ada-okafor-ml/']),
    });
    // the GitHub profile claims the LinkedIn one, which doesn't claim it back: two people
    await handle(async () => db, { type: 'shortlist', snapshot: linkedin() });
    expect(await db.count('people')).toBe(2);
    await handle(async () => db, {
      type: 'shortlist',
      snapshot: {
        ...linkedin(),
        handle: 'ada-2',
        url: 'https://www.linkedin.com/in/ada-2/',
        links: ['https://github.com/ada-okafor'],
      },
    });
    // ada-2 links the GitHub profile, which names another LinkedIn profile: not each other, two people
    await handle(async () => db, {
      type: 'shortlist',
      snapshot: snapshot({
        source: 'github',
        handle: 'impostor',
        links: ['https://www.linkedin.com/in/ada-okafor-ml/'],
      }),
    });
    expect(await db.count('people')).toBe(4);
  });
});

describe('the background wake request', () => {
  it('answers null and touches nothing', async () => {
    let opened = 0;
    const db = await openDatabase(freshName());
    expect(
      await handle(
        async () => {
          opened += 1;
          return db;
        },
        { type: 'wake' },
      ),
    ).toBeNull();
    expect(opened).toBe(0);
  });
});
