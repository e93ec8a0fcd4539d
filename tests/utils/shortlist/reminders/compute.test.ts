import { describe, expect, it } from 'vitest';
import {
  computeReminders,
  defaultRules,
  dueAt,
  nextDueTime,
  type ReminderInputs,
  reminderRef,
} from '@/utils/shortlist/reminders/compute';
import { DAY_MS } from '@/utils/shortlist/schema/dates';
import type { Meeting, PersonSummary, ReminderState } from '@/utils/shortlist/schema/person';

const person = (fields: Partial<PersonSummary> = {}): PersonSummary => ({
  id: 'github:ada-okafor',
  name: 'Ada Okafor',
  headline: null,
  sources: 'github',
  fitScore: 70,
  fitBand: 'Strong fit',
  status: 'contacted',
  statusChangedAt: '2026-03-01T10:00:00.000Z',
  savedAt: '2026-02-01T10:00:00.000Z',
  role: null,
  tags: [],
  notes: '',
  doNotContact: false,
  focusArea: null,
  cadence: 'none',
  goalIds: [],
  lastContactAt: '2026-03-01T10:00:00.000Z',
  followUps: 0,
  contactedAt: '2026-03-01T10:00:00.000Z',
  repliedAt: null,
  meetingAt: null,
  mentoringAt: null,
  lastMeetingAt: null,
  ...fields,
});

const inputs = (fields: Partial<ReminderInputs> = {}): ReminderInputs => ({
  people: [person()],
  meetings: [],
  states: new Map(),
  activeGoals: 0,
  rules: defaultRules,
  ...fields,
});

const state = (id: string, fields: Partial<ReminderState>): ReminderState => ({
  id,
  personId: null,
  snoozedUntil: null,
  dismissedAt: null,
  doneAt: null,
  notifiedFor: null,
  notifiedAt: null,
  ...fields,
});

describe('follow-up reminders', () => {
  it('fall due N days after the message (8 by default, a setting)', () => {
    const reminders = computeReminders(inputs());
    const [first] = reminders;
    expect(first).toMatchObject({
      kind: 'follow-up',
      title: 'Follow up with Ada Okafor',
      dueAt: '2026-03-09T10:00:00.000Z',
    });
    const [custom] = computeReminders(inputs({ rules: { ...defaultRules, followUpDays: 10 } }));
    expect(custom?.dueAt).toBe('2026-03-11T10:00:00.000Z');
    expect(dueAt(reminders, new Date('2026-03-09T09:59:00Z'))).toEqual([]);
    expect(dueAt(reminders, new Date('2026-03-09T10:00:00Z'))).toHaveLength(1);
  });

  it('allow a second and last follow-up, then suggest "no response" instead of a third', () => {
    const second = computeReminders(
      inputs({ people: [person({ lastContactAt: '2026-03-09T10:00:00.000Z', followUps: 1 })] }),
    );
    expect(second[0]).toMatchObject({
      kind: 'follow-up',
      title: 'Second and last follow-up with Ada Okafor',
    });
    const third = computeReminders(
      inputs({ people: [person({ lastContactAt: '2026-03-17T10:00:00.000Z', followUps: 2 })] }),
    );
    expect(third).toHaveLength(1);
    expect(third[0]).toMatchObject({ kind: 'no-response', dueAt: '2026-03-25T10:00:00.000Z' });
    expect(third[0]?.detail).toMatch(/no response/);
  });

  it('stop once they replied, and never exist for do-not-contact people', () => {
    expect(computeReminders(inputs({ people: [person({ status: 'replied' })] }))).toEqual([]);
    expect(computeReminders(inputs({ people: [person({ doNotContact: true })] }))).toEqual([]);
  });

  it('can be snoozed (due later) and dismissed (gone until the next contact)', () => {
    const [reminder] = computeReminders(inputs());
    const id = reminder?.id ?? '';
    const snoozed = computeReminders(
      inputs({ states: new Map([[id, state(id, { snoozedUntil: '2026-03-12T00:00:00.000Z' })]]) }),
    );
    expect(snoozed[0]?.dueAt).toBe('2026-03-12T00:00:00.000Z');
    const dismissed = computeReminders(
      inputs({ states: new Map([[id, state(id, { dismissedAt: '2026-03-09T11:00:00.000Z' })]]) }),
    );
    expect(dismissed).toEqual([]);
    const recontacted = computeReminders(
      inputs({
        people: [person({ lastContactAt: '2026-03-10T10:00:00.000Z', followUps: 1 })],
        states: new Map([[id, state(id, { dismissedAt: '2026-03-09T11:00:00.000Z' })]]),
      }),
    );
    expect(recontacted).toHaveLength(1);
  });

  it('say when they were announced, for the due date announced', () => {
    const [reminder] = computeReminders(inputs());
    const id = reminder?.id ?? '';
    const announced = state(id, {
      notifiedFor: reminder?.dueAt ?? null,
      notifiedAt: '2026-03-09T10:00:01.000Z',
    });
    expect(computeReminders(inputs({ states: new Map([[id, announced]]) }))[0]?.announcedAt).toBe(
      '2026-03-09T10:00:01.000Z',
    );
    const resnoozed = { ...announced, snoozedUntil: '2026-03-10T10:00:00.000Z' };
    expect(
      computeReminders(inputs({ states: new Map([[id, resnoozed]]) }))[0]?.announcedAt,
    ).toBeNull();
  });
});

describe('meeting, cadence and goal-review reminders', () => {
  const meeting = (fields: Partial<Meeting> = {}): Meeting => ({
    id: 'm1',
    personId: 'github:ada-okafor',
    date: '2026-04-02T15:00:00.000Z',
    status: 'planned',
    agenda: '',
    notes: '',
    actionItems: [],
    createdAt: '2026-03-20T00:00:00.000Z',
    updatedAt: '2026-03-20T00:00:00.000Z',
    ...fields,
  });
  const mentor = person({
    status: 'mentoring',
    cadence: 'biweekly',
    lastMeetingAt: '2026-03-10T15:00:00.000Z',
    lastContactAt: null,
    followUps: 0,
    contactedAt: '2026-01-01T00:00:00.000Z',
    repliedAt: '2026-01-02T00:00:00.000Z',
    meetingAt: '2026-01-03T00:00:00.000Z',
    mentoringAt: '2026-01-04T00:00:00.000Z',
  });

  it('a planned meeting is announced the set number of hours before, with the agenda template when there is no agenda', () => {
    const [soon] = computeReminders(inputs({ people: [mentor], meetings: [meeting()] }));
    expect(soon).toMatchObject({
      kind: 'meeting',
      dueAt: '2026-04-01T15:00:00.000Z',
      meetingId: 'm1',
    });
    expect(soon?.detail).toMatch(/topics, questions, progress/);
    const [withAgenda] = computeReminders(
      inputs({
        people: [mentor],
        meetings: [meeting({ agenda: 'Feedback on my RAG demo' })],
        rules: { ...defaultRules, meetingLeadHours: 2 },
      }),
    );
    expect(withAgenda).toMatchObject({
      dueAt: '2026-04-02T13:00:00.000Z',
      detail: 'Agenda: Feedback on my RAG demo',
    });
  });

  it('cadence reminds bi-weekly or monthly after the last meeting, unless a meeting is already planned', () => {
    const [cadence] = computeReminders(inputs({ people: [mentor] }));
    expect(cadence).toMatchObject({ kind: 'cadence', dueAt: '2026-03-24T15:00:00.000Z' });
    const [monthly] = computeReminders(inputs({ people: [{ ...mentor, cadence: 'monthly' }] }));
    expect(monthly?.dueAt).toBe('2026-04-09T15:00:00.000Z');
    const planned = computeReminders(inputs({ people: [mentor], meetings: [meeting()] }));
    expect(planned.map((reminder) => reminder.kind)).toEqual(['meeting']);
    const done = computeReminders(
      inputs({
        people: [mentor],
        states: new Map([
          [
            'cadence|github:ada-okafor',
            state('cadence|github:ada-okafor', { doneAt: '2026-03-25T00:00:00.000Z' }),
          ],
        ]),
      }),
    );
    expect(done[0]?.dueAt).toBe('2026-04-08T00:00:00.000Z');
  });

  it('nothing for a do-not-contact mentor, not even their meetings', () => {
    expect(
      computeReminders(
        inputs({ people: [{ ...mentor, doNotContact: true }], meetings: [meeting()] }),
      ),
    ).toEqual([]);
  });

  it('the monthly goal review counts from the last review, and only when there are open goals', () => {
    const states = new Map([
      ['goal-review', state('goal-review', { doneAt: '2026-03-01T00:00:00.000Z' })],
    ]);
    expect(computeReminders(inputs({ people: [], states, activeGoals: 0 }))).toEqual([]);
    const [review] = computeReminders(inputs({ people: [], states, activeGoals: 2 }));
    expect(review).toMatchObject({ kind: 'goal-review', dueAt: '2026-03-31T00:00:00.000Z' });
    expect(
      computeReminders(
        inputs({
          people: [],
          states,
          activeGoals: 2,
          rules: { ...defaultRules, goalReview: false },
        }),
      ),
    ).toEqual([]);
  });

  it('the next alarm is the earliest future due date; a short test "day" shrinks every interval', () => {
    const reminders = computeReminders(
      inputs({ people: [person(), mentor], meetings: [meeting()] }),
    );
    expect(nextDueTime(reminders, new Date('2026-03-01T00:00:00Z'))).toBe(
      Date.parse('2026-03-09T10:00:00.000Z'),
    );
    expect(nextDueTime(reminders, new Date('2026-05-01T00:00:00Z'))).toBeNull();
    const fast = computeReminders(inputs({ rules: { ...defaultRules, dayMs: 1_000 } }));
    expect(Date.parse(fast[0]?.dueAt ?? '') - Date.parse('2026-03-01T10:00:00.000Z')).toBe(8_000);
    expect(DAY_MS).toBe(86_400_000);
  });
});

describe('reminder ids', () => {
  it('give back the kind and the person, and nothing for foreign ids', () => {
    expect(reminderRef('follow-up|github:ada|2026-03-01T10:00:00.000Z')).toEqual({
      id: 'follow-up|github:ada|2026-03-01T10:00:00.000Z',
      kind: 'follow-up',
      personId: 'github:ada',
    });
    expect(reminderRef('goal-review')).toMatchObject({ kind: 'goal-review', personId: null });
    expect(reminderRef('meeting|m1|2026-04-02T15:00:00.000Z')).toMatchObject({
      kind: 'meeting',
      personId: null,
    });
    expect(reminderRef('launch|missiles')).toBeNull();
    expect(reminderRef('')).toBeNull();
  });
});
