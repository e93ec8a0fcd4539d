import { describe, expect, it } from 'vitest';
import { handle } from '@/entrypoints/background/handlers';
import { defaultFitWeights } from '@/utils/fit/weights';
import type { Analysis } from '@/utils/messaging/protocol';
import { saveFitWeights } from '@/utils/settings/fit-weights';
import { openDatabase } from '@/utils/shortlist/db';
import { findPerson } from '@/utils/shortlist/people';
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

  it('joins a GitHub profile that links a shortlisted LinkedIn profile to that person', async () => {
    const db = await openDatabase(freshName());
    await handle(async () => db, { type: 'shortlist', snapshot: linkedin() });
    const analysis = (await handle(async () => db, {
      type: 'analyze',
      snapshot: github(['https://www.linkedin.com/in/ada-okafor-ml/']),
    })) as Analysis;
    expect(analysis.person?.id).toBe('linkedin:ada-okafor-ml');
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
    await handle(async () => db, { type: 'shortlist', snapshot: linkedin() });
    // the LinkedIn profile is claimed by the GitHub one: they are one person
    expect(await db.count('people')).toBe(1);
    await handle(async () => db, {
      type: 'shortlist',
      snapshot: snapshot({
        source: 'github',
        handle: 'impostor',
        links: ['https://www.linkedin.com/in/ada-okafor-ml/'],
      }),
    });
    expect(await db.count('people')).toBe(2);
  });
});
