import { beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '@/utils/shortlist/store/db';
import {
  getPerson,
  StaleEditError,
  shortlistProfile,
  updatePerson,
} from '@/utils/shortlist/tracker/people';
import { fitResult, freshName, snapshot } from '../../../support/snapshots';

const ADA = 'github:ada-okafor';
let db: Database;
beforeEach(async () => {
  db = await openDatabase(freshName());
  await shortlistProfile(db, snapshot(), fitResult());
});

const stored = async () => {
  const found = await getPerson(db, ADA);
  if (!found || !('person' in found)) throw new Error('gone');
  return found.person;
};

describe('edits from two tabs', () => {
  it('a tag added in a stale tab keeps the do-not-contact ticked in the other', async () => {
    const loaded = await stored(); // both tabs load the same record
    await updatePerson(db, ADA, { doNotContact: true }, new Date(), { doNotContact: false });
    await updatePerson(db, ADA, { tags: ['ml'] }, new Date(), { tags: loaded.tags });
    const now = await stored();
    expect(now.doNotContact).toBe(true);
    expect(now.tags).toEqual(['ml']);
  });

  it('notes saved from a stale copy are refused with the current notes shown, nothing written', async () => {
    const loaded = await stored();
    await updatePerson(db, ADA, { notes: 'Met at NeurIPS' }, new Date(), { notes: loaded.notes });
    const before = await stored();
    const stale = updatePerson(db, ADA, { notes: 'Ask about RAG' }, new Date(), {
      notes: loaded.notes,
    });
    await expect(stale).rejects.toBeInstanceOf(StaleEditError);
    await expect(stale).rejects.toThrow(/changed elsewhere.*Notes is now "Met at NeurIPS"/);
    expect(await stored()).toEqual(before);
  });

  it('a retried save that already landed is not a conflict', async () => {
    await updatePerson(db, ADA, { notes: 'x' }, new Date(), { notes: '' });
    await expect(
      updatePerson(db, ADA, { notes: 'x' }, new Date(), { notes: '' }),
    ).resolves.toMatchObject({ notes: 'x' });
  });

  it('compares values as stored: tag spelling and goal order do not make a conflict', async () => {
    await updatePerson(db, ADA, { tags: ['ML ', 'ml', 'rag'], goalIds: ['b', 'a'] });
    await expect(
      updatePerson(db, ADA, { tags: ['x'], goalIds: ['c'] }, new Date(), {
        tags: ['ML', 'rag'],
        goalIds: ['a', 'b'],
      }),
    ).resolves.toMatchObject({ tags: ['x'], goalIds: ['c'] });
  });

  it('refuses every stale field at once and names each', async () => {
    await updatePerson(db, ADA, { doNotContact: true, cadence: 'monthly' });
    await expect(
      updatePerson(db, ADA, { doNotContact: false, cadence: 'biweekly' }, new Date(), {
        doNotContact: false,
        cadence: 'none',
      }),
    ).rejects.toThrow(/Do not contact is now ticked\. Meeting rhythm is now "monthly"/);
  });
});
