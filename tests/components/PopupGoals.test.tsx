import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentTabProfile } from '@/components/current-tab/currentTab';
import { Popup } from '@/entrypoints/popup/Popup';
import { saveMenteeProfile } from '@/utils/settings/mentee-profile';
import { installBackground } from '../support/background';
import { linkedinPerson } from '../utils/outreach/people';
import { sam } from './draft/people';

vi.mock('@/components/current-tab/currentTab', () => ({ currentTabProfile: vi.fn() }));

beforeEach(async () => {
  await installBackground();
  vi.mocked(currentTabProfile).mockResolvedValue({ ok: true, profile: linkedinPerson() });
});

describe('the popup of a user without goals', () => {
  it('says scores use a sample profile and how to set goals, with a button to Settings', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    // the fake browser has no options page: record that the background asked for it
    const opened = vi.fn().mockResolvedValue(undefined);
    fakeBrowser.runtime.openOptionsPage = opened;
    render(<Popup />);
    const panel = within(await screen.findByRole('region', { name: 'Set your goals' }));
    expect(panel.getByText(/haven't set your goals yet/).textContent).toMatch(
      /Open Settings and answer the four welcome questions under “Your goals”/,
    );
    await userEvent.click(panel.getByRole('button', { name: 'Set your goals' }));
    await vi.waitFor(() => expect(close).toHaveBeenCalled());
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('says nothing about goals once they are set', async () => {
    await saveMenteeProfile(sam);
    render(<Popup />);
    await screen.findByText(/on your shortlist/);
    expect(screen.queryByRole('region', { name: 'Set your goals' })).toBeNull();
  });
});
