import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ChannelLimitsForm } from '@/components/draft/ChannelLimitsForm';
import { defaultChannelLimits } from '@/utils/outreach/channels';
import { channelLimitsItem, loadChannelLimits } from '@/utils/settings/channels';

describe('the channel settings', () => {
  it('saves the account type and a limit', async () => {
    const user = userEvent.setup();
    render(<ChannelLimitsForm />);
    await user.click(await screen.findByRole('radio', { name: 'Premium' }));
    const notes = screen.getByRole('spinbutton', {
      name: 'Personalised notes a month, free account',
    });
    await user.clear(notes);
    await user.type(notes, '3');
    await user.click(screen.getByRole('button', { name: 'Save channels' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Saved/);
    expect(await loadChannelLimits()).toEqual({
      ...defaultChannelLimits,
      linkedinAccount: 'premium',
      freeNotesPerMonth: 3,
    });
  });

  it.each([
    ['empty', ''],
    ['zero', '0'],
    ['a fraction', '150.5'],
    ['too large', '5000'],
  ])(
    'refuses a limit that is %s, naming the field, and keeps the old value',
    async (_what, typed) => {
      const user = userEvent.setup();
      render(<ChannelLimitsForm />);
      const field = await screen.findByRole('spinbutton', {
        name: 'Connection note limit, free account',
      });
      await user.clear(field);
      if (typed) await user.type(field, typed);
      await user.click(screen.getByRole('button', { name: 'Save channels' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(
        /^Not saved: Connection note limit, free account: /,
      );
      expect(await loadChannelLimits()).toEqual(defaultChannelLimits);
    },
  );

  it('reports damaged stored limits and offers the defaults back', async () => {
    await channelLimitsItem.setValue({ inmailBody: -1 });
    const user = userEvent.setup();
    render(<ChannelLimitsForm />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be read/);
    await user.click(screen.getByRole('button', { name: 'Reset channels to the defaults' }));
    expect(await screen.findByRole('radio', { name: 'Free' })).toHaveProperty('checked', true);
    expect(await loadChannelLimits()).toEqual(defaultChannelLimits);
  });
});
