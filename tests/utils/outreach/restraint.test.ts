import { describe, expect, it } from 'vitest';
import { addMonths } from '@/utils/outreach/dates';
import { draftingBlock, followUpsAllowed, type OutreachEvent } from '@/utils/outreach/restraint';

const person = (status: string, statusChangedAt: string | number, doNotContact = false) => ({
  status,
  statusChangedAt,
  doNotContact,
});
const at = (iso: string) => new Date(iso);

describe('draftingBlock', () => {
  it('blocks a do-not-contact person whatever their status', () => {
    for (const status of ['saved', 'mentoring', 'declined']) {
      const block = draftingBlock(person(status, '2026-01-01', true), at('2030-01-01'));
      expect(block?.reason).toMatch(/do not contact/);
      expect(block?.resumesOn).toBeNull();
    }
  });

  it('blocks drafting within the cooldown after a decline, with both dates', () => {
    expect(
      draftingBlock(person('declined', '2026-03-03T10:00:00Z'), at('2026-05-01T00:00:00Z')),
    ).toEqual({
      reason: 'They declined on 3 March 2026; drafting resumes on 3 September 2026.',
      resumesOn: '2026-09-03',
    });
  });

  it('lifts the block when the cooldown has passed, and exactly at its end', () => {
    expect(
      draftingBlock(person('declined', '2026-03-03T10:00:00Z'), at('2026-09-03T10:00:00Z')),
    ).toBeNull();
    expect(draftingBlock(person('declined', '2026-03-03T10:00:00Z'), at('2027-01-01'))).toBeNull();
  });

  it('accepts epoch milliseconds and any capitalisation of the status', () => {
    const declined = Date.UTC(2026, 0, 15);
    expect(draftingBlock(person(' Declined ', declined), at('2026-02-01'))?.resumesOn).toBe(
      '2026-07-15',
    );
  });

  it('honours a custom cooldown, and none at 0', () => {
    expect(draftingBlock(person('declined', '2026-01-15'), at('2026-02-01'), 1)?.resumesOn).toBe(
      '2026-02-15',
    );
    expect(draftingBlock(person('declined', '2026-01-15'), at('2026-01-16'), 0)).toBeNull();
  });

  it('falls back to six months for a nonsensical cooldown', () => {
    expect(
      draftingBlock(person('declined', '2026-01-15'), at('2026-02-01'), Number.NaN)?.resumesOn,
    ).toBe('2026-07-15');
    expect(draftingBlock(person('declined', '2026-01-15'), at('2026-02-01'), -3)).toBeNull();
  });

  it('keeps drafting paused when the decline date is unreadable', () => {
    for (const date of ['not a date', '', Number.NaN]) {
      const block = draftingBlock(person('declined', date), at('2026-02-01'));
      expect(block?.reason).toMatch(/date is unknown/);
      expect(block?.resumesOn).toBeNull();
    }
  });

  it.each([['saved'], ['contacted'], ['replied'], ['no response'], ['ended'], ['']])(
    'does not block status %j',
    (status) => {
      expect(draftingBlock(person(status, '2026-01-01'), at('2026-01-02'))).toBeNull();
    },
  );
});

describe('addMonths', () => {
  it.each([
    ['2025-08-31T00:00:00Z', 6, '2026-02-28'],
    ['2023-08-31T00:00:00Z', 6, '2024-02-29'],
    ['2026-01-31T00:00:00Z', 1, '2026-02-28'],
    ['2026-12-15T00:00:00Z', 3, '2027-03-15'],
    ['2026-03-15T00:00:00Z', -3, '2025-12-15'],
  ])('%s + %d months → %s', (from, months, expected) => {
    expect(addMonths(at(from), months).toISOString().slice(0, 10)).toBe(expected);
  });
});

describe('followUpsAllowed', () => {
  const sent: OutreachEvent = { type: 'contacted', at: '2026-03-01T09:00:00Z' };

  it('allows nothing before a first message', () => {
    const advice = followUpsAllowed([], at('2026-03-20'));
    expect(advice).toMatchObject({ allowed: false, kind: null, sent: 0 });
    expect(advice.reason).toMatch(/Nothing sent yet/);
  });

  it('says it is too soon within 7 days, and from when', () => {
    const advice = followUpsAllowed([sent], at('2026-03-04T12:00:00Z'));
    expect(advice).toEqual({
      allowed: false,
      kind: 'follow-up',
      sent: 0,
      dueFrom: '2026-03-08',
      dueBy: '2026-03-11',
      reason: 'Too soon: 3 days since your last message; a follow-up is polite from 8 March 2026.',
    });
  });

  it('allows one follow-up after 7 days', () => {
    const advice = followUpsAllowed([sent], at('2026-03-08T10:00:00Z'));
    expect(advice).toMatchObject({ allowed: true, kind: 'follow-up', sent: 0 });
    expect(advice.reason).toBe('One polite follow-up is fine: 7 days since your last message.');
  });

  it('still allows it after 10 days, saying it is late', () => {
    expect(followUpsAllowed([sent], at('2026-03-20')).reason).toMatch(/a little late/);
  });

  it('counts 7 days from the last follow-up for the second, and calls it the last', () => {
    const events = [sent, { type: 'follow-up', at: '2026-03-09T09:00:00Z' }];
    expect(followUpsAllowed(events, at('2026-03-12'))).toMatchObject({
      allowed: false,
      kind: 'second-follow-up',
      dueFrom: '2026-03-16',
    });
    expect(followUpsAllowed(events, at('2026-03-17'))).toMatchObject({
      allowed: true,
      kind: 'second-follow-up',
      sent: 1,
    });
  });

  it('never allows a third follow-up', () => {
    const events = [
      sent,
      { type: 'follow-up', at: '2026-03-09' },
      { type: 'second-follow-up', at: '2026-03-17' },
    ];
    const advice = followUpsAllowed(events, at('2026-06-01'));
    expect(advice).toMatchObject({ allowed: false, kind: null, sent: 2 });
    expect(advice.reason).toMatch(/twice already/);
  });

  it.each([
    ['replied', /They replied on 5 March 2026/],
    ['declined', /They declined/],
    ['meeting scheduled', /A meeting is scheduled on 5 March 2026/],
    ['meeting-scheduled', /A meeting is scheduled/],
    ['no-response', /no response/],
    ['not-a-fit', /not a fit/],
    ['do-not-contact', /do not contact/],
    ['reply', /They replied/],
  ])('stops after %s', (type, reason) => {
    const advice = followUpsAllowed([sent, { type, at: '2026-03-05' }], at('2026-03-20'));
    expect(advice.allowed).toBe(false);
    expect(advice.reason).toMatch(reason);
  });

  it('starts again from a new first message after a reply', () => {
    const events = [
      sent,
      { type: 'replied', at: '2026-03-05' },
      { type: 'contacted', at: '2026-05-01' },
    ];
    expect(followUpsAllowed(events, at('2026-05-09'))).toMatchObject({
      allowed: true,
      kind: 'follow-up',
    });
  });

  it('orders events by date, whatever order they come in', () => {
    const events = [{ type: 'follow-up', at: '2026-03-09' }, sent];
    expect(followUpsAllowed(events, at('2026-03-17'))).toMatchObject({
      allowed: true,
      kind: 'second-follow-up',
    });
  });

  it('reads logged messages: the first is the approach, one the same day is the same message, later ones follow up', () => {
    const events = [
      { type: 'message', at: '2026-03-01T09:00:00Z' },
      { type: 'contacted', at: '2026-03-01T09:05:00Z' },
      { type: 'message', at: '2026-03-01T18:00:00Z' },
    ];
    expect(followUpsAllowed(events, at('2026-03-09'))).toMatchObject({
      allowed: true,
      kind: 'follow-up',
      sent: 0,
    });
    const later = [...events, { type: 'message', at: '2026-03-09T10:00:00Z' }];
    expect(followUpsAllowed(later, at('2026-03-17'))).toMatchObject({
      allowed: true,
      kind: 'second-follow-up',
      sent: 1,
    });
  });

  it('treats a message after a reply as a new first approach', () => {
    const events = [
      sent,
      { type: 'reply', at: '2026-03-03' },
      { type: 'message', at: '2026-04-01' },
    ];
    expect(followUpsAllowed(events, at('2026-04-09'))).toMatchObject({
      allowed: true,
      kind: 'follow-up',
      sent: 0,
    });
  });

  it('ignores events with unreadable dates or unknown types', () => {
    const events = [
      sent,
      { type: 'replied', at: 'yesterday-ish' },
      { type: 'note', at: '2026-03-05' },
      { type: 'constructor', at: '2026-03-05' },
      null as unknown as OutreachEvent,
    ];
    expect(followUpsAllowed(events, at('2026-03-09'))).toMatchObject({
      allowed: true,
      kind: 'follow-up',
    });
  });
});
