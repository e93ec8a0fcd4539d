import { send } from '@/utils/messaging/send';
import { type ChannelId, channelInfo } from '@/utils/outreach/channels';
import type { TemplateKind } from '@/utils/outreach/templates';
import type { Person } from '@/utils/shortlist/schema/person';
import { canMove, type Status, statusLabels } from '@/utils/shortlist/schema/status';

// recording a sent message goes through the background (addEvent): storage is never opened here

const approaches: readonly TemplateKind[] = ['first-approach', 'follow-up', 'second-follow-up'];

/** whether recording this message also moves them to "contacted" */
export function movesToContacted(status: Status, kind: TemplateKind): boolean {
  // the shortlist moves "saved" on by itself when a message is logged
  if (status === 'saved') return true;
  return status !== 'contacted' && canMove(status, 'contacted') && approaches.includes(kind);
}

/** the button offered after Copy */
export function recordLabel(status: Status, kind: TemplateKind, channel: ChannelId): string {
  const label = channelInfo[channel].label;
  return movesToContacted(status, kind)
    ? `Mark as contacted on ${label}`
    : `Record as sent on ${label}`;
}

/** records the message in their history and, when it is an approach, the move to "contacted" */
export async function recordSent(input: {
  person: Person;
  channel: ChannelId;
  kind: TemplateKind;
  text: string;
  now?: Date;
}): Promise<{ person: Person; summary: string }> {
  const at = (input.now ?? new Date()).toISOString();
  const label = channelInfo[input.channel].label;
  const logged = await send({
    type: 'addEvent',
    event: {
      // made here, so a retried request records the message once
      id: `message-${crypto.randomUUID()}`,
      personId: input.person.id,
      type: 'message',
      at,
      text: input.text,
      channel: input.channel,
    },
  });
  let person = logged.person;
  if (movesToContacted(person.status, input.kind) && person.status !== 'contacted') {
    person = await send({
      type: 'setStatus',
      id: person.id,
      status: 'contacted',
      note: `Message sent (${label}).`,
    });
  }
  const moved = person.status !== input.person.status;
  return {
    person,
    summary: moved
      ? `Recorded: your message (${label}) is in their history, and their status is now “${statusLabels[person.status]}”.`
      : `Recorded: your message (${label}) is in their history; their status stays “${statusLabels[person.status]}”.`,
  };
}
