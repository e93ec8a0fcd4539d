import type { MessageChannel, PersonEvent } from '@/utils/shortlist/schema/event';
import type { Meeting, Person } from '@/utils/shortlist/schema/person';
import { meetingDay, meetingTopicOf } from './meeting-values';
import type { PlaceholderValues } from './placeholders';

// how each channel reads after "my": "my LinkedIn message of Tuesday 3 March"
const channelWords: Record<MessageChannel, string> = {
  'linkedin-connection-note': 'LinkedIn connection note',
  'linkedin-message': 'LinkedIn message',
  'linkedin-inmail': 'LinkedIn InMail',
  email: 'email',
  other: 'note',
};

const time = (iso: string | null | undefined) => {
  const at = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(at) ? null : at;
};

// the newest of some dated things, ignoring any with no real date
function newest<T>(items: readonly T[], dateOf: (item: T) => string | null | undefined): T | null {
  let best: T | null = null;
  let bestAt = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const at = time(dateOf(item));
    if (at !== null && at > bestAt) [best, bestAt] = [item, at];
  }
  return best;
}

/**
 * what their timeline says for the later-stage templates: the last message sent (when, on which
 * channel), when they last replied, and the last meeting held (its date and topic); from the
 * pipeline's own dates when no event was logged. Nothing the record doesn't say.
 */
export function timelineValues(input: {
  events: readonly PersonEvent[];
  meetings?: readonly Meeting[];
  person?: Pick<Person, 'stages' | 'followUp'>;
  now?: Date;
}): PlaceholderValues {
  const values: PlaceholderValues = {};
  const now = (input.now ?? new Date()).getTime();
  const past = input.events.filter((event) => (time(event.at) ?? Number.POSITIVE_INFINITY) <= now);

  const sent = newest(
    past.filter((event) => event.type === 'message'),
    (event) => event.at,
  );
  const sentAt = sent?.at ?? input.person?.followUp.lastContactAt ?? input.person?.stages.contacted;
  const sentDay = sentAt ? meetingDay(sentAt) : null;
  if (sentDay) {
    const what = sent?.channel ? channelWords[sent.channel] : 'note';
    values.lastMessage = `my ${what} of ${sentDay}`;
  }

  const reply = newest(
    past.filter((event) => event.type === 'reply'),
    (event) => event.at,
  );
  const replyDay = meetingDay(reply?.at ?? input.person?.stages.replied ?? '');
  if (replyDay) values.lastReplyDate = replyDay;

  // a meeting held: from the meeting record, else a "Meeting held" event
  const held = newest(
    (input.meetings ?? []).filter(
      (meeting) =>
        meeting.status === 'held' ||
        (meeting.status === 'planned' && (time(meeting.date) ?? Number.POSITIVE_INFINITY) < now),
    ),
    (meeting) => meeting.date,
  );
  const heldEvent = newest(
    past.filter((event) => event.type === 'meeting'),
    (event) => event.at,
  );
  const meetingAt = [held?.date, heldEvent?.at]
    .filter((at): at is string => time(at) !== null)
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const meetingDayText = meetingAt ? meetingDay(meetingAt) : null;
  if (meetingDayText) values.lastMeetingDate = meetingDayText;
  const topic = held ? meetingTopicOf(held) : null;
  if (topic && held?.date === meetingAt) values.lastMeetingTopic = topic;

  // "since we last spoke": the later of their reply and the last meeting
  const spoke = [reply?.at ?? input.person?.stages.replied, meetingAt]
    .filter((at): at is string => time(at) !== null)
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  const spokeDay = spoke ? meetingDay(spoke) : null;
  if (spokeDay) values.lastSpokeDate = spokeDay;
  return values;
}
