import { describe, expect, it } from 'vitest';
import {
  availableChannels,
  channelLimitsSchema,
  defaultChannelLimits,
  limitFor,
} from '@/utils/outreach/channels';
import { githubPerson, linkedinPerson } from './people';

describe('channelLimitsSchema', () => {
  it('defaults to a free account with the documented limits', () => {
    expect(channelLimitsSchema.parse({})).toEqual({
      linkedinAccount: 'free',
      connectionNoteFree: 200,
      connectionNotePremium: 300,
      freeNotesPerMonth: 5,
      inmailSubject: 200,
      inmailBody: 1_900,
      linkedinMessage: 8_000,
      emailSubject: 200,
    });
  });

  it.each([
    ['an unknown account type', { linkedinAccount: 'gold' }],
    ['a negative limit', { connectionNoteFree: -1 }],
    ['a zero limit', { inmailBody: 0 }],
    ['a fractional limit', { linkedinMessage: 10.5 }],
    ['a string limit', { emailSubject: '200' }],
    ['an absurd limit', { connectionNotePremium: 1_000_000 }],
  ])('rejects %s with a message', (_, input) => {
    const result = channelLimitsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBeTruthy();
  });
});

describe('limitFor', () => {
  const premium = channelLimitsSchema.parse({ linkedinAccount: 'premium' });

  it.each([
    ['linkedin-connection-note', defaultChannelLimits, { body: 200, subject: null }],
    ['linkedin-connection-note', premium, { body: 300, subject: null }],
    ['linkedin-message', defaultChannelLimits, { body: 8_000, subject: null }],
    ['linkedin-inmail', defaultChannelLimits, { body: 1_900, subject: 200 }],
    ['email', defaultChannelLimits, { body: null, subject: 200 }],
  ] as const)('%s', (channel, settings, expected) => {
    expect(limitFor(channel, settings)).toEqual(expected);
  });

  it('follows the user’s own limits', () => {
    const custom = channelLimitsSchema.parse({ connectionNoteFree: 180, inmailBody: 2_000 });
    expect(limitFor('linkedin-connection-note', custom).body).toBe(180);
    expect(limitFor('linkedin-inmail', custom).body).toBe(2_000);
  });

  it('uses the defaults when no settings are given', () => {
    expect(limitFor('linkedin-connection-note')).toEqual({ body: 200, subject: null });
  });
});

const ids = (result: ReturnType<typeof availableChannels>) =>
  result.available.map((option) => option.channel);

describe('availableChannels', () => {
  it('offers a note and InMail to a 2nd-degree LinkedIn profile, not a message', () => {
    const result = availableChannels([linkedinPerson()]);
    expect(ids(result)).toEqual(['linkedin-connection-note', 'linkedin-inmail']);
    expect(result.unavailable.find((item) => item.channel === 'linkedin-message')?.reason).toMatch(
      /1st-degree/,
    );
    expect(result.unavailable.find((item) => item.channel === 'email')?.reason).toMatch(
      /no email address/,
    );
    expect(result.reason).toBeNull();
  });

  it('offers a message, not a note or InMail, to a 1st-degree connection', () => {
    const result = availableChannels([linkedinPerson({ signals: { degree: 1 } })]);
    expect(ids(result)).toEqual(['linkedin-message']);
    expect(result.available[0]?.contact).toEqual({
      kind: 'linkedin',
      url: 'https://www.linkedin.com/in/priya-raman-ml/',
    });
  });

  it('lets the relation’s degree override what the page showed', () => {
    expect(ids(availableChannels([linkedinPerson()], { degree: 1 }))).toEqual(['linkedin-message']);
  });

  it('treats an unknown or invalid degree as not connected', () => {
    for (const degree of [null, undefined, 0, 7, Number.NaN]) {
      expect(ids(availableChannels([linkedinPerson({ signals: {} })], { degree }))).toEqual([
        'linkedin-connection-note',
        'linkedin-inmail',
      ]);
    }
  });

  it('says InMail is free for an Open Profile', () => {
    const result = availableChannels([
      linkedinPerson({ signals: { degree: 3, openProfile: true } }),
    ]);
    expect(result.available.find((option) => option.channel === 'linkedin-inmail')?.reason).toMatch(
      /Open Profile/,
    );
  });

  it('offers email to the address a GitHub profile publishes', () => {
    const result = availableChannels([
      githubPerson({ signals: { publicEmail: ' priya@priyaraman.dev ' } }),
    ]);
    expect(ids(result)).toEqual(['email']);
    expect(result.available[0]?.contact).toEqual({
      kind: 'address',
      email: 'priya@priyaraman.dev',
    });
    expect(result.available[0]?.reason).toContain('GitHub');
  });

  it('offers email via a personal website when no address is published', () => {
    const result = availableChannels([githubPerson()]);
    expect(ids(result)).toEqual(['email']);
    expect(result.available[0]?.contact).toEqual({
      kind: 'website',
      url: 'https://priyaraman.dev/',
    });
    expect(result.available[0]?.reason).toContain('priyaraman.dev');
  });

  it('gives a GitHub-only person with no address or website no channel, with the reason', () => {
    const result = availableChannels([
      githubPerson({
        links: ['https://twitter.com/priyar', 'https://www.linkedin.com/company/acme'],
      }),
    ]);
    expect(result.available).toEqual([]);
    expect(result.unavailable).toHaveLength(4);
    expect(result.reason).toMatch(/GitHub has no private messages/);
  });

  it.each([
    ['a GitHub noreply address', '12345+priyar@users.noreply.github.com'],
    ['text that is not an address', 'priya at example dot com'],
    ['an address with markup', '<priya@example.com>'],
    ['an absurdly long address', `${'a'.repeat(300)}@example.com`],
  ])('never uses %s', (_, publicEmail) => {
    const result = availableChannels([githubPerson({ links: [], signals: { publicEmail } })]);
    expect(result.available).toEqual([]);
  });

  it('skips malformed links instead of throwing', () => {
    const result = availableChannels([
      githubPerson({ links: ['not a url', 'https://priyaraman.dev/'] }),
    ]);
    expect(result.available[0]?.contact).toEqual({
      kind: 'website',
      url: 'https://priyaraman.dev/',
    });
  });

  it('combines LinkedIn and GitHub profiles of one person', () => {
    const result = availableChannels([githubPerson(), linkedinPerson()]);
    expect(ids(result)).toEqual(['linkedin-connection-note', 'linkedin-inmail', 'email']);
  });

  it('explains that nothing is known with no profiles', () => {
    const result = availableChannels([]);
    expect(result.available).toEqual([]);
    expect(result.reason).toMatch(/No profile/);
  });
});
