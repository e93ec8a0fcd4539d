import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DraftEditor } from '@/components/draft/DraftEditor';
import { meetingDay, meetingValues } from '@/utils/outreach/meeting-values';
import type { Meeting } from '@/utils/shortlist/schema/person';
import { personSchema } from '@/utils/shortlist/schema/person';
import type { Database } from '@/utils/shortlist/store/db';
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
