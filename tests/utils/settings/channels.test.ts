import { describe, expect, it } from 'vitest';
import { defaultChannelLimits, limitFor } from '@/utils/outreach/channels';
import {
  channelLimitsItem,
  loadChannelLimits,
  resetChannelLimits,
  saveChannelLimits,
} from '@/utils/settings/channels';

describe('channel limits in settings', () => {
  it('are the defaults until the user saves their own (a free account: 200-character notes)', async () => {
    const limits = await loadChannelLimits();
    expect(limits).toEqual(defaultChannelLimits);
    expect(limitFor('linkedin-connection-note', limits).body).toBe(200);
  });

  it('keep the account type, which the connection note limit follows', async () => {
    await saveChannelLimits({ ...defaultChannelLimits, linkedinAccount: 'premium' });
    expect(limitFor('linkedin-connection-note', await loadChannelLimits()).body).toBe(300);
    await resetChannelLimits();
    expect(await loadChannelLimits()).toEqual(defaultChannelLimits);
  });

  it.each([
    ['a zero limit', { connectionNoteFree: 0 }, /connectionNoteFree/],
    ['a fraction', { inmailBody: 1900.5 }, /inmailBody/],
    ['not a number', { emailSubject: Number.NaN }, /emailSubject/],
    ['an unknown account', { linkedinAccount: 'gold' }, /linkedinAccount/],
  ])('refuse %s and keep what was there', async (_what, patch, message) => {
    await expect(saveChannelLimits({ ...defaultChannelLimits, ...patch } as never)).rejects.toThrow(
      message,
    );
    expect(await loadChannelLimits()).toEqual(defaultChannelLimits);
  });

  it('report a damaged stored value instead of silently using defaults', async () => {
    await channelLimitsItem.setValue({ connectionNoteFree: 'two hundred' });
    await expect(loadChannelLimits()).rejects.toThrow(/channel limits could not be read/);
  });
});
