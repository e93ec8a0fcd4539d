import { z } from 'zod';
import { isoDate } from './dates';
import { personIdSchema } from './fields';
import { statusSchema } from './status';

export const messageChannels = [
  'linkedin-connection-note',
  'linkedin-message',
  'linkedin-inmail',
  'email',
  'other',
] as const;
export const messageChannelSchema = z.enum(messageChannels);
export type MessageChannel = z.infer<typeof messageChannelSchema>;
export const messageChannelLabels: Record<MessageChannel, string> = {
  'linkedin-connection-note': 'LinkedIn connection note',
  'linkedin-message': 'LinkedIn message',
  'linkedin-inmail': 'LinkedIn InMail',
  email: 'Email',
  other: 'Other',
};

export const eventTypes = [
  'saved',
  'status',
  'note',
  'message',
  'reply',
  'meeting',
  'intro',
  'removed-profile',
] as const;
export const eventTypeSchema = z.enum(eventTypes);
export type EventType = z.infer<typeof eventTypeSchema>;

/** the kinds of event the user records by hand (the others come from the pipeline) */
export const loggableEventTypes = ['message', 'reply', 'meeting', 'intro', 'note'] as const;
export type LoggableEventType = (typeof loggableEventTypes)[number];

export const eventTypeLabels: Record<EventType, string> = {
  saved: 'Saved',
  status: 'Status change',
  note: 'Note',
  message: 'Message sent',
  reply: 'Reply noted',
  meeting: 'Meeting held',
  intro: 'Intro made',
  'removed-profile': 'Profile removed',
};

export const eventIdSchema = z.string().min(1).max(400);

export const eventSchema = z.strictObject({
  /** client-made id: replaying the same write is harmless */
  id: eventIdSchema,
  personId: personIdSchema,
  at: isoDate,
  type: eventTypeSchema,
  from: statusSchema.nullable(),
  to: statusSchema.nullable(),
  text: z.string().max(20_000).nullable(),
  /** for "message": where it was sent */
  channel: messageChannelSchema.nullable(),
  /** for "meeting": the meeting record it came from */
  meetingId: z.string().max(80).nullable(),
});
export type PersonEvent = z.infer<typeof eventSchema>;
