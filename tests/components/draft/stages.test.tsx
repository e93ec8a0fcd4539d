import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftEditor } from '@/components/draft/DraftEditor';
import { meetingDay, meetingValues } from '@/utils/outreach/meeting-values';
import { timelineValues } from '@/utils/outreach/timeline-values';
import type { PersonEvent } from '@/utils/shortlist/schema/event';
import type { Meeting } from '@/utils/shortlist/schema/person';
import { personSchema } from '@/utils/shortlist/schema/person';
import type { Database } from '@/utils/shortlist/store/db';
import { addEvent } from '@/utils/shortlist/tracker/events';
import { saveMeeting } from '@/utils/shortlist/tracker/meetings';
import { getPerson } from '@/utils/shortlist/tracker/people';
import { installBackground } from '../../support/background';
import { daysAgo, sam, shortlisted } from './people';

let db: Database;
beforeEach(async () => {
  db = await installBackground();
});

const message = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
const channel = () => screen.getByRole('combobox', { name: 'Channel' }) as HTMLSelectElement;
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((option) => option.text);

const meeting = (fields: Partial<Meeting>): Meeting => ({
  id: 'm1',
  personId: 'linkedin:priya-raman-ml',
  date: '2026-03-12T15:00:00.000Z',
  status: 'planned',
  agenda: '',
  notes: '',
  actionItems: [],
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  ...fields,
});

describe('connected on LinkedIn', () => {
  it('a person the user marks as connected is offered a LinkedIn message, and it is stored', async () => {
    const person = await shortlisted(db, {
      moves: [
        ['contacted', daysAgo(20)],
        ['replied', daysAgo(5)],
      ],
    });
    const user = userEvent.setup();
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    expect(optionTexts(channel())).not.toContain('LinkedIn message');
    await user.click(screen.getByRole('checkbox', { name: "We're connected on LinkedIn" }));
    await waitFor(() => expect(optionTexts(channel())).toContain('LinkedIn message'));
    expect(optionTexts(channel())).not.toContain('LinkedIn connection note');
    expect(channel().value).toBe('linkedin-message');
    const stored = await getPerson(db, person.id);
    expect(stored && 'person' in stored ? stored.person.linkedinConnected : null).toBe(true);
  });

  it('a 1st-degree page says so without asking', async () => {
    const person = await shortlisted(db, { profile: { signals: { degree: 1 } } });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    expect(optionTexts(channel())).toContain('LinkedIn message');
    expect(screen.queryByRole('checkbox', { name: "We're connected on LinkedIn" })).toBeNull();
  });

  it('older records without the field still parse', () => {
    const { linkedinConnected: _, ...rest } = personSchema.shape;
    expect(Object.keys(rest)).not.toContain('linkedinConnected');
    expect(personSchema.shape.linkedinConnected.safeParse(undefined).success).toBe(true);
    expect(personSchema.shape.linkedinConnected.safeParse('yes').success).toBe(false);
  });
});

describe('later-stage templates filled from the meeting record', () => {
  it('the agenda fills {{meetingDate}} and {{meetingTopic}} when the meeting has them', async () => {
    const person = await shortlisted(db, {
      moves: [
        ['contacted', daysAgo(30)],
        ['replied', daysAgo(20)],
        ['meeting-scheduled', daysAgo(2)],
      ],
    });
    const date = new Date(Date.now() + 5 * 86_400_000).toISOString();
    await saveMeeting(db, {
      id: 'agenda-1',
      personId: person.id,
      date,
      status: 'planned',
      agenda:
        '- Choosing between research and applied roles\n- How do you pick papers to reproduce?',
      notes: '',
      actionItems: [],
    });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await waitFor(() => expect(message().value).toContain(meetingDay(date) as string));
    expect(message().value).toContain('- Choosing between research and applied roles');
    expect(message().value).toContain('- How do you pick papers to reproduce?');
    expect(message().value).not.toMatch(/\{\{(meetingDate|meetingTopic|questions)\}\}/);
  });

  it('reads dates, topics, questions, progress and the next step, and nothing more', () => {
    const now = new Date('2026-03-10T10:00:00Z');
    const values = meetingValues(
      [
        meeting({
          id: 'old',
          date: '2026-02-20T15:00:00.000Z',
          status: 'held',
          actionItems: [
            { id: 'a', text: 'Finished the fine-tuning course', done: true, goalId: null },
            { id: 'b', text: 'To build a small eval harness', done: false, goalId: null },
          ],
        }),
        meeting({ id: 'gone', date: '2026-03-11T15:00:00.000Z', status: 'cancelled', agenda: 'x' }),
        meeting({ agenda: '1. Research or applied?\n2. Picking a first project' }),
      ],
      now,
    );
    expect(values).toEqual({
      meetingDate: 'Thursday 12 March',
      meetingTopic: 'Picking a first project',
      questions: 'Research or applied?',
      progress: 'finished the fine-tuning course',
      nextStep: 'build a small eval harness',
    });
    expect(meetingValues([], now)).toEqual({});
    expect(meetingValues([meeting({ date: 'not a date' })], now).meetingDate).toBeUndefined();
  });
});

const event = (fields: Partial<PersonEvent>): PersonEvent => ({
  id: 'e1',
  personId: 'linkedin:priya-raman-ml',
  at: '2026-03-03T09:00:00.000Z',
  type: 'message',
  from: null,
  to: null,
  text: null,
  channel: 'linkedin-message',
  meetingId: null,
  ...fields,
});

describe('later-stage templates filled from the timeline', () => {
  it('the follow-up names the last message sent, its channel and day, from the timeline', async () => {
    const saved = await shortlisted(db);
    const sentAt = daysAgo(9);
    const { person } = await addEvent(db, {
      id: 'first-message',
      personId: saved.id,
      type: 'message',
      at: sentAt.toISOString(),
      text: null,
      channel: 'linkedin-connection-note',
    });
    render(<DraftEditor person={person} mentee={sam} usesDefaultProfile={false} />);
    await screen.findByRole('textbox', { name: 'Message' });
    await waitFor(() =>
      expect(message().value).toContain(
        `resurface my LinkedIn connection note of ${meetingDay(sentAt.toISOString())}, in case`,
      ),
    );
    expect(message().value).not.toContain('{{');
  });

  it('reads the last message, reply and meeting, and nothing the timeline does not say', () => {
    const now = new Date('2026-03-10T10:00:00Z');
    const values = timelineValues({
      now,
      events: [
        event({ id: 'old', at: '2026-02-20T09:00:00.000Z', channel: 'email' }),
        event({ id: 'last', at: '2026-03-03T09:00:00.000Z', channel: 'linkedin-message' }),
        // dated after now (a clock moved, a bad import): not "the last message sent"
        event({ id: 'future', at: '2026-04-01T09:00:00.000Z', channel: 'email' }),
        event({ id: 'bad', at: 'not a date', channel: 'email' }),
        event({ id: 'r', type: 'reply', at: '2026-03-06T09:00:00.000Z', channel: null }),
      ],
      meetings: [
        meeting({
          id: 'held',
          date: '2026-03-05T15:00:00.000Z',
          status: 'held',
          agenda: '- How do you pick papers?\n- Choosing a first project',
        }),
        meeting({ id: 'next', date: '2026-03-12T15:00:00.000Z', status: 'planned', agenda: 'x' }),
        meeting({ id: 'off', date: '2026-03-08T15:00:00.000Z', status: 'cancelled', agenda: 'y' }),
      ],
    });
    expect(values).toEqual({
      lastMessage: 'my LinkedIn message of Tuesday 3 March',
      lastReplyDate: 'Friday 6 March',
      lastMeetingDate: 'Thursday 5 March',
      lastMeetingTopic: 'Choosing a first project',
      lastSpokeDate: 'Friday 6 March',
    });
    expect(timelineValues({ events: [], now })).toEqual({});
    // no message logged: the pipeline's contact date still answers, without a channel it can't know
    expect(
      timelineValues({
        events: [],
        now,
        person: {
          stages: {
            contacted: '2026-03-02T09:00:00.000Z',
            replied: null,
            meeting: null,
            mentoring: null,
          },
          followUp: { lastContactAt: null, count: 0 },
        },
      }),
    ).toEqual({ lastMessage: 'my note of Monday 2 March' });
  });
});
