import type { Meeting } from '@/utils/shortlist/schema/person';
import { months } from './dates';
import type { PlaceholderValues } from './placeholders';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Thursday 12 March", as the meeting-date placeholder reads in a sentence (UTC, like the tracker) */
export function meetingDay(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return `${weekdays[date.getUTCDay()]} ${date.getUTCDate()} ${months[date.getUTCMonth()]}`;
}

// "- Choosing between research and applied roles" → "Choosing between research and applied roles"
const agendaLines = (agenda: string): string[] =>
  agenda
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s*/, '').trim())
    .filter((line) => line.length > 0)
    .map((line) => (line.length > 160 ? `${line.slice(0, 159).trimEnd()}…` : line));

const lowerFirst = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

const joinWords = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** a meeting's first agenda topic that is not a question, else its first line */
export function meetingTopicOf(meeting: Pick<Meeting, 'agenda'>): string | null {
  const lines = agendaLines(meeting.agenda);
  return lines.find((line) => !line.endsWith('?')) ?? lines[0] ?? null;
}

/**
 * what the meeting record says for the later-stage templates: the next planned meeting's date and
 * first agenda topic (else the latest meeting's), its questions, and from the last held meeting
 * the action items done (progress) and still open (next step). Nothing the record doesn't say.
 */
export function meetingValues(meetings: readonly Meeting[], now = new Date()): PlaceholderValues {
  const values: PlaceholderValues = {};
  const live = meetings.filter((meeting) => meeting.status !== 'cancelled');
  const byDate = [...live].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const upcoming = byDate.find(
    (meeting) =>
      meeting.status === 'planned' && Date.parse(meeting.date) >= now.getTime() - 86_400_000,
  );
  const latest = byDate.at(-1);
  const focus = upcoming ?? latest;
  if (focus) {
    const day = meetingDay(focus.date);
    if (day) values.meetingDate = day;
    const lines = agendaLines(focus.agenda);
    const topic = lines.find((line) => !line.endsWith('?')) ?? lines[0];
    if (topic) values.meetingTopic = topic;
    const questions = lines.filter((line) => line.endsWith('?')).slice(0, 2);
    if (questions.length > 0) values.questions = questions.join(' ');
  }
  const held = byDate.filter(
    (meeting) => meeting.status === 'held' || Date.parse(meeting.date) < now.getTime(),
  );
  const last = held.at(-1);
  if (last) {
    const done = last.actionItems.filter((item) => item.done).map((item) => lowerFirst(item.text));
    if (done.length > 0) values.progress = joinWords(done.slice(0, 3));
    const open = last.actionItems.find((item) => !item.done);
    if (open) values.nextStep = lowerFirst(open.text).replace(/^to\s+/i, '');
  }
  return values;
}
