import { z } from 'zod';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import { personalWebsiteOf, publicEmailOf, siteName } from './contact';

export const channelIds = [
  'linkedin-connection-note',
  'linkedin-message',
  'linkedin-inmail',
  'email',
] as const;
export const channelIdSchema = z.enum(channelIds);
export type ChannelId = z.infer<typeof channelIdSchema>;

export const channelInfo: Record<ChannelId, { label: string; hasSubject: boolean }> = {
  'linkedin-connection-note': { label: 'LinkedIn connection note', hasSubject: false },
  'linkedin-message': { label: 'LinkedIn message', hasSubject: false },
  'linkedin-inmail': { label: 'LinkedIn InMail', hasSubject: true },
  email: { label: 'Email', hasSubject: true },
};

export const linkedinAccounts = ['free', 'premium'] as const;

const length = (max: number, fallback: number) =>
  z.number().int().min(1).max(max).default(fallback);

/** the user's channel limits (options page); LinkedIn changes them, so they are settings, not constants */
export const channelLimitsSchema = z.object({
  linkedinAccount: z.enum(linkedinAccounts).default('free'),
  connectionNoteFree: length(1_000, 200),
  connectionNotePremium: length(1_000, 300),
  // sources disagree (3–10 a month): the user sets what their account shows
  freeNotesPerMonth: z.number().int().min(0).max(100).default(5),
  inmailSubject: length(1_000, 200),
  // sources say 1,900–2,000: the lower one is the safe default
  inmailBody: length(10_000, 1_900),
  linkedinMessage: length(20_000, 8_000),
  emailSubject: length(1_000, 200),
});
export type ChannelLimits = z.infer<typeof channelLimitsSchema>;
export type ChannelLimitsInput = z.input<typeof channelLimitsSchema>;

export const defaultChannelLimits: ChannelLimits = channelLimitsSchema.parse({});

/** body and subject limits in UTF-16 code units (see count.ts); null = no hard limit, or no subject field */
export type ChannelLimit = { body: number | null; subject: number | null };

export function limitFor(
  channel: ChannelId,
  settings: ChannelLimits = defaultChannelLimits,
): ChannelLimit {
  switch (channel) {
    case 'linkedin-connection-note':
      return {
        body:
          settings.linkedinAccount === 'premium'
            ? settings.connectionNotePremium
            : settings.connectionNoteFree,
        subject: null,
      };
    case 'linkedin-message':
      return { body: settings.linkedinMessage, subject: null };
    case 'linkedin-inmail':
      return { body: settings.inmailBody, subject: settings.inmailSubject };
    case 'email':
      // no hard body limit: the tact check's 20-second reading rule keeps it short
      return { body: null, subject: settings.emailSubject };
  }
}

export type ChannelContact =
  | { kind: 'linkedin'; url: string }
  | { kind: 'address'; email: string }
  | { kind: 'website'; url: string };

export type ChannelOption = {
  channel: ChannelId;
  label: string;
  /** one line: why this channel is offered, and any caveat */
  reason: string;
  contact: ChannelContact;
};

export type ChannelExclusion = { channel: ChannelId; label: string; reason: string };

export type ChannelAvailability = {
  available: ChannelOption[];
  unavailable: ChannelExclusion[];
  /** set when nothing is available: why there is no channel at all */
  reason: string | null;
};

type Decision = { channel: ChannelId; contact: ChannelContact | null; reason: string };

function linkedinDecisions(
  linkedin: ProfileSnapshot | undefined,
  degree: number | null,
): Decision[] {
  if (!linkedin) {
    const reason = 'No LinkedIn profile known for them.';
    return [
      { channel: 'linkedin-connection-note', contact: null, reason },
      { channel: 'linkedin-message', contact: null, reason },
      { channel: 'linkedin-inmail', contact: null, reason },
    ];
  }
  const contact: ChannelContact = { kind: 'linkedin', url: linkedin.url };
  if (degree === 1) {
    const connected = 'You are already connected: send a message instead.';
    return [
      { channel: 'linkedin-connection-note', contact: null, reason: connected },
      { channel: 'linkedin-message', contact, reason: 'You are connected (1st degree).' },
      { channel: 'linkedin-inmail', contact: null, reason: connected },
    ];
  }
  const known =
    degree === null
      ? 'your connection degree is unknown'
      : `they are ${degree === 2 ? '2nd' : '3rd+'} degree`;
  const inmail = linkedin.signals.openProfile
    ? 'They have an Open Profile: InMail is free to send.'
    : 'InMail uses Premium credits unless they have an Open Profile.';
  return [
    {
      channel: 'linkedin-connection-note',
      contact,
      reason: `Not connected yet (${known}): a short note with the invitation.`,
    },
    {
      channel: 'linkedin-message',
      contact: null,
      reason: `Messages are for 1st-degree connections; ${known}.`,
    },
    { channel: 'linkedin-inmail', contact, reason: inmail },
  ];
}

function emailDecision(profiles: readonly ProfileSnapshot[]): Decision {
  const published = publicEmailOf(profiles);
  if (published) {
    const where = published.source === 'github' ? 'GitHub' : 'LinkedIn';
    return {
      channel: 'email',
      contact: { kind: 'address', email: published.email },
      reason: `They publish ${published.email} on their ${where} profile.`,
    };
  }
  const website = personalWebsiteOf(profiles);
  if (website) {
    return {
      channel: 'email',
      contact: { kind: 'website', url: website },
      reason: `Email via the contact details on their website, ${siteName(website)}.`,
    };
  }
  return {
    channel: 'email',
    contact: null,
    reason: 'They publish no email address or personal website (commit emails are never used).',
  };
}

function nothingReason(profiles: readonly ProfileSnapshot[]): string {
  if (profiles.length === 0) return 'No profile known for this person yet.';
  if (profiles.every((profile) => profile.source === 'github')) {
    return 'GitHub has no private messages, and they publish no email address or personal website. Add their LinkedIn profile if you find it.';
  }
  return 'No channel is open to them from what their profiles show.';
}

const validDegree = (value: number | null | undefined): number | null =>
  value === 1 || value === 2 || value === 3 ? value : null;

/** which channels fit this person, each with its reason; the dashboard's "Channel" select offers `available` */
export function availableChannels(
  profiles: readonly ProfileSnapshot[],
  relation?: { degree?: number | null },
): ChannelAvailability {
  const linkedin = profiles.find((profile) => profile.source === 'linkedin');
  const degree = validDegree(relation?.degree) ?? validDegree(linkedin?.signals.degree);
  const decisions = [...linkedinDecisions(linkedin, degree), emailDecision(profiles)];
  const available: ChannelOption[] = [];
  const unavailable: ChannelExclusion[] = [];
  for (const { channel, contact, reason } of decisions) {
    const label = channelInfo[channel].label;
    if (contact) available.push({ channel, label, reason, contact });
    else unavailable.push({ channel, label, reason });
  }
  return {
    available,
    unavailable,
    reason: available.length === 0 ? nothingReason(profiles) : null,
  };
}

/** connected on LinkedIn: the user said so, or the page they saw showed a 1st-degree connection */
export function connectedOnLinkedIn(person: {
  linkedinConnected?: boolean;
  profiles: { linkedin?: ProfileSnapshot };
}): boolean {
  return person.linkedinConnected === true || person.profiles.linkedin?.signals.degree === 1;
}
