import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allStores, type Database, openDatabase } from '@/utils/shortlist/store/db';
import { addEvent, type EventInput } from '@/utils/shortlist/tracker/events';
import {
  deleteMeeting,
  listMeetings,
  type MeetingInput,
  saveMeeting,
} from '@/utils/shortlist/tracker/meetings';
import {
  deleteEverything,
  getPerson,
  listEvents,
  listSummaries,
  removePerson,
  setStatus,
  shortlistProfile,
  updatePerson,
} from '@/utils/shortlist/tracker/people';
import { fitResult, freshName, snapshot } from '../../../support/snapshots';

const ADA = 'github:ada-okafor';
let db: Database;

beforeEach(async () => {
  db = await openDatabase(freshName());
  await shortlistProfile(db, snapshot(), fitResult(72), new Date('2026-02-01T00:00:00Z'));
});

const person = async () => {
  const found = await getPerson(db, ADA);
  if (!found || !('person' in found)) throw new Error('no person');
  return found.person;
};

let counter = 0;
const event = (fields: Partial<EventInput> & Pick<EventInput, 'type' | 'at'>): EventInput => ({
  id: `test-${counter++}`,
  personId: ADA,
  text: null,
  channel: null,
  ...fields,
});

describe('recording what happened', () => {
  it('a first message sent moves a saved person to contacted, with both events in the timeline', async () => {
    const { person: after } = await addEvent(
      db,
      event({
        type: 'message',
        at: '2026-02-03T10:00:00.000Z',
        channel: 'linkedin-connection-note',
        text: 'Hi Ada',
      }),
    );
    expect(after).toMatchObject({
      status: 'contacted',
      followUp: { lastContactAt: '2026-02-03T10:00:00.000Z', count: 0 },
      stages: { contacted: '2026-02-03T10:00:00.000Z', replied: null },
    });
    const { events } = await listEvents(db, ADA);
    expect(events.map((e) => [e.type, e.from, e.to, e.channel, e.text])).toEqual([
      ['saved', null, 'saved', null, null],
      ['message', null, null, 'linkedin-connection-note', 'Hi Ada'],
      ['status', 'saved', 'contacted', null, null],
    ]);
  });

  it('counts follow-ups after contact, and a reply moves them to replied', async () => {
    await addEvent(db, event({ type: 'message', at: '2026-02-03T10:00:00.000Z' }));
    await addEvent(db, event({ type: 'message', at: '2026-02-12T10:00:00.000Z' }));
    expect((await person()).followUp).toEqual({
      lastContactAt: '2026-02-12T10:00:00.000Z',
      count: 1,
    });
    const { person: replied } = await addEvent(
      db,
      event({ type: 'reply', at: '2026-02-13T08:00:00.000Z', text: 'Happy to chat' }),
    );
    expect(replied.status).toBe('replied');
    expect(replied.stages.replied).toBe('2026-02-13T08:00:00.000Z');
  });

  it('a reply logged with a time before the last status change still moves the pipeline forward, in order', async () => {
    await setStatus(db, ADA, 'contacted', null, new Date('2026-02-10T10:00:30Z'));
    const { person: after } = await addEvent(
      db,
      event({ type: 'reply', at: '2026-02-10T10:00:00.000Z' }),
    );
    expect(after).toMatchObject({ status: 'replied', statusChangedAt: '2026-02-10T10:00:30.001Z' });
    const { events } = await listEvents(db, ADA);
    expect(events.filter((e) => e.type === 'status').map((e) => [e.from, e.to])).toEqual([
      ['saved', 'contacted'],
      ['contacted', 'replied'],
    ]);
  });

  it('records the same event once however often it is sent (a retried write)', async () => {
    const once = event({ type: 'note', at: '2026-02-05T10:00:00.000Z', text: 'Met at PyData' });
    await addEvent(db, once);
    await addEvent(db, once);
    await Promise.all([addEvent(db, once), addEvent(db, once)]);
    const notes = (await listEvents(db, ADA)).events.filter((e) => e.type === 'note');
    expect(notes).toHaveLength(1);
  });

  it('refuses an event for someone who is not there, or with a date in the year 30000', async () => {
    await expect(
      addEvent(
        db,
        event({ type: 'note', at: '2026-02-05T10:00:00.000Z', personId: 'github:nobody' }),
      ),
    ).rejects.toThrow(/No one with id github:nobody/);
    await expect(
      addEvent(db, event({ type: 'note', at: '+030000-01-01T00:00:00.000Z' })),
    ).rejects.toThrow(/at: expected a UTC date/);
    expect((await listEvents(db, ADA)).events).toHaveLength(1);
  });

  it('keeps intro and note events without touching the pipeline', async () => {
    await addEvent(
      db,
      event({ type: 'intro', at: '2026-02-05T10:00:00.000Z', text: 'Introduced me to Sam' }),
    );
    expect((await person()).status).toBe('saved');
  });
});

describe('status changes and the funnel stages', () => {
  it('each move is an event; reaching a later stage fills the earlier ones', async () => {
    await setStatus(db, ADA, 'paused', null, new Date('2026-02-02T00:00:00Z'));
    await setStatus(db, ADA, 'replied', null, new Date('2026-02-04T00:00:00Z'));
    expect((await person()).stages).toEqual({
      contacted: '2026-02-04T00:00:00.000Z',
      replied: '2026-02-04T00:00:00.000Z',
      meeting: null,
      mentoring: null,
    });
    const { events } = await listEvents(db, ADA);
    expect(events.filter((e) => e.type === 'status').map((e) => [e.from, e.to])).toEqual([
      ['saved', 'paused'],
      ['paused', 'replied'],
    ]);
    const { summaries } = await listSummaries(db);
    expect(summaries[0]).toMatchObject({
      status: 'replied',
      repliedAt: '2026-02-04T00:00:00.000Z',
      contactedAt: '2026-02-04T00:00:00.000Z',
    });
  });

  it('a move to contacted alone starts no follow-up clock; the next logged message does', async () => {
    await setStatus(db, ADA, 'contacted', null, new Date('2026-02-02T00:00:00Z'));
    // moved on the board, no message recorded: nothing to follow up on
    expect((await person()).followUp).toEqual({ lastContactAt: null, count: 0 });
    await addEvent(db, event({ type: 'message', at: '2026-02-10T00:00:00.000Z' }));
    expect((await person()).followUp).toEqual({
      lastContactAt: '2026-02-10T00:00:00.000Z',
      count: 0,
    });
    await setStatus(db, ADA, 'no-response', null, new Date('2026-02-20T00:00:00Z'));
    await setStatus(db, ADA, 'contacted', null, new Date('2026-05-01T00:00:00Z'));
    // back to contacted: the old clock is gone until a new message is logged
    expect((await person()).followUp).toEqual({ lastContactAt: null, count: 0 });
    await addEvent(db, event({ type: 'message', at: '2026-05-02T00:00:00.000Z' }));
    expect((await person()).followUp).toEqual({
      lastContactAt: '2026-05-02T00:00:00.000Z',
      count: 0,
    });
  });
});

describe("the user's own fields", () => {
  it('updates role, focus area, tags (deduplicated), notes, do-not-contact, cadence and goals, and the summary follows', async () => {
    const updated = await updatePerson(db, ADA, {
      role: 'primary',
      focusArea: '  LLM evaluation ',
      tags: ['llm', 'LLM', ' research  group ', ''],
      notes: 'Prefers email',
      doNotContact: true,
      cadence: 'monthly',
      goalIds: ['goal-a', 'goal-a', 'goal-b'],
    });
    expect(updated).toMatchObject({
      role: 'primary',
      focusArea: 'LLM evaluation',
      tags: ['llm', 'research group'],
      doNotContact: true,
      cadence: 'monthly',
      goalIds: ['goal-a', 'goal-b'],
    });
    const { summaries } = await listSummaries(db);
    expect(summaries[0]).toMatchObject({
      role: 'primary',
      tags: ['llm', 'research group'],
      notes: 'Prefers email',
      doNotContact: true,
    });
  });

  it('refuses notes past the limit with the field named, and keeps the old ones', async () => {
    await updatePerson(db, ADA, { notes: 'short' });
    await expect(updatePerson(db, ADA, { notes: 'x'.repeat(100_001) })).rejects.toThrow(/notes/);
    expect((await person()).notes).toBe('short');
  });

  it('keeps a fit history of distinct scores', async () => {
    await shortlistProfile(db, snapshot(), fitResult(72), new Date('2026-02-02T00:00:00Z'));
    await shortlistProfile(db, snapshot(), fitResult(55), new Date('2026-02-03T00:00:00Z'));
    expect((await person()).fitHistory.map((point) => [point.score, point.band])).toEqual([
      [72, 'Strong fit'],
      [55, 'Promising'],
    ]);
  });
});

describe('meetings', () => {
  const meeting = (fields: Partial<MeetingInput> = {}): MeetingInput => ({
    id: 'm1',
    personId: ADA,
    date: '2026-03-01T15:00:00.000Z',
    status: 'planned',
    agenda: 'Portfolio review\nQuestions about evaluation',
    notes: '',
    actionItems: [],
    ...fields,
  });

  it('planning the first meeting after a reply is the "meeting scheduled" step', async () => {
    await setStatus(db, ADA, 'contacted');
    await setStatus(db, ADA, 'replied');
    const { person: after } = await saveMeeting(db, meeting());
    expect(after.status).toBe('meeting-scheduled');
    expect(after.stages.meeting).not.toBeNull();
  });

  it('marking it held records one "meeting held" event and the date; un-holding removes it', async () => {
    await saveMeeting(db, meeting());
    await saveMeeting(
      db,
      meeting({
        status: 'held',
        actionItems: [{ id: 'a', text: 'Write up the experiment', done: false, goalId: 'goal-a' }],
      }),
    );
    await saveMeeting(db, meeting({ status: 'held', notes: 'Went well' }));
    let held = (await listEvents(db, ADA)).events.filter((e) => e.type === 'meeting');
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({
      at: '2026-03-01T15:00:00.000Z',
      text: 'Portfolio review',
      meetingId: 'm1',
    });
    expect((await person()).lastMeetingAt).toBe('2026-03-01T15:00:00.000Z');
    await saveMeeting(db, meeting({ status: 'cancelled' }));
    held = (await listEvents(db, ADA)).events.filter((e) => e.type === 'meeting');
    expect(held).toHaveLength(0);
    const { meetings } = await listMeetings(db, ADA);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.createdAt).toBeTruthy();
  });

  it('refuses a meeting with a bad date or an empty action item, and saves nothing', async () => {
    await expect(saveMeeting(db, meeting({ date: '30000-01-01T00:00:00Z' }))).rejects.toThrow(
      /date: expected a UTC date/,
    );
    await expect(
      saveMeeting(
        db,
        meeting({ actionItems: [{ id: 'a', text: '  ', done: false, goalId: null }] }),
      ),
    ).rejects.toThrow(/actionItems\[0\]\.text/);
    expect((await listMeetings(db, ADA)).meetings).toEqual([]);
  });

  it('deletes a meeting and its held event', async () => {
    await saveMeeting(db, meeting({ status: 'held' }));
    expect(await deleteMeeting(db, 'm1')).toBe(true);
    expect((await listMeetings(db, ADA)).meetings).toEqual([]);
    expect((await listEvents(db, ADA)).events.some((e) => e.type === 'meeting')).toBe(false);
  });
});

describe('removing', () => {
  it('removes one person with their events, meetings and reminder states, and no one else’s', async () => {
    await shortlistProfile(db, snapshot({ handle: 'sam' }), fitResult());
    await saveMeeting(db, {
      id: 'm1',
      personId: ADA,
      date: '2026-03-01T15:00:00.000Z',
      status: 'planned',
      agenda: '',
      notes: '',
      actionItems: [],
    });
    await saveMeeting(db, {
      id: 'm2',
      personId: 'github:sam',
      date: '2026-03-01T15:00:00.000Z',
      status: 'planned',
      agenda: '',
      notes: '',
      actionItems: [],
    });
    await db.put('reminders', {
      id: `cadence|${ADA}`,
      personId: ADA,
      snoozedUntil: null,
      dismissedAt: null,
      doneAt: null,
      notifiedFor: null,
      notifiedAt: null,
    });
    expect(await removePerson(db, ADA)).toBe(true);
    expect(await db.count('meetings')).toBe(1);
    expect(await db.count('reminders')).toBe(0);
    expect((await listSummaries(db)).summaries.map((summary) => summary.id)).toEqual([
      'github:sam',
    ]);
    // their events went with their record
    expect(await db.get('people', ADA)).toBeUndefined();
    expect((await listEvents(db, 'github:sam')).events).toHaveLength(1);
  });

  it('deletes everything in one go', async () => {
    await shortlistProfile(db, snapshot({ handle: 'sam' }), fitResult());
    expect(await deleteEverything(db)).toEqual({ people: 2 });
    for (const store of allStores) expect(await db.count(store)).toBe(0);
  });
});

describe('one write of the person record per change', () => {
  // v3 keeps the events in the person's record: a change that moves both writes it once
  async function peoplePuts(change: () => Promise<unknown>): Promise<number> {
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    try {
      await change();
      return put.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'people')
        .length;
    } finally {
      put.mockRestore();
    }
  }

  it('shortlisting, a status change, an event that moves the pipeline and a held meeting', async () => {
    expect(await peoplePuts(() => shortlistProfile(db, snapshot({ handle: 'sam' }), null))).toBe(1);
    expect(await peoplePuts(() => setStatus(db, ADA, 'contacted'))).toBe(1);
    expect(
      await peoplePuts(() =>
        addEvent(db, event({ type: 'reply', at: '2026-02-03T10:00:00.000Z' })),
      ),
    ).toBe(1);
    expect(
      await peoplePuts(() =>
        saveMeeting(db, {
          id: 'm-once',
          personId: ADA,
          date: '2026-02-04T10:00:00.000Z',
          status: 'held',
          agenda: 'Career paths',
          notes: '',
          actionItems: [],
        }),
      ),
    ).toBe(1);
    const { events } = await listEvents(db, ADA);
    expect(events.map((entry) => entry.type)).toEqual(
      expect.arrayContaining(['saved', 'status', 'reply', 'meeting']),
    );
  });
});
