import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeyboardShortcuts } from '@/components/KeyboardShortcuts';
import { Options } from '@/entrypoints/options/Options';

const chromeCommands = async () => [
  { name: '_execute_action', description: '', shortcut: '' },
  {
    name: 'open-side-panel',
    description: 'Open the MentorLens side panel',
    shortcut: 'Alt+Shift+M',
  },
  {
    name: 'shortlist-profile',
    description: 'Shortlist the profile in this tab',
    shortcut: 'Alt+Shift+S',
  },
];

describe('the keyboard shortcuts section', () => {
  it('lists each of our shortcuts as the browser has them now, and says how to change them in Chrome', async () => {
    render(<KeyboardShortcuts load={chromeCommands} firefox={false} />);
    const table = await screen.findByRole('table');
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'ActionShortcut',
      'Open the MentorLens popupnot set',
      'Open the side panel (Chrome) or sidebar (Firefox)Alt+Shift+M',
      'Shortlist the profile in this tabAlt+Shift+S',
    ]);
    screen.getByText(/chrome:\/\/extensions\/shortcuts/);
    screen.getByRole('button', { name: 'Change shortcuts' });
  });

  it("names Firefox's sidebar command and its add-ons manager", async () => {
    const firefoxCommands = async () => [
      {
        name: '_execute_sidebar_action',
        description: 'Open the MentorLens sidebar',
        shortcut: 'Alt+Shift+M',
      },
      { name: 'shortlist-profile', description: '', shortcut: '' },
    ];
    render(<KeyboardShortcuts load={firefoxCommands} firefox />);
    const table = await screen.findByRole('table');
    within(table).getByText('Alt+Shift+M');
    // a shortcut the user removed (or that clashed) shows as unset, not as the suggestion
    expect(within(table).getAllByRole('row').at(-1)?.textContent).toBe(
      'Shortlist the profile in this tabnot set',
    );
    screen.getByText(/about:addons/);
    expect(screen.queryByText(/chrome:\/\//)).toBeNull();
  });

  it('ignores commands that are not ours and says plainly when there are none', async () => {
    render(
      <KeyboardShortcuts
        load={async () => [{ name: 'other', shortcut: 'Ctrl+K' }]}
        firefox={false}
      />,
    );
    await screen.findByText(/reports no keyboard shortcuts/);
    expect(screen.queryByText('Ctrl+K')).toBeNull();
  });

  it('shows an error when the browser cannot list them', async () => {
    render(
      <KeyboardShortcuts
        load={async () => {
          throw new Error('commands unavailable');
        }}
      />,
    );
    expect(
      await screen.findByText(/Couldn't read the shortcuts: commands unavailable/),
    ).toBeTruthy();
  });

  it('is part of the options page', async () => {
    render(<Options />);
    await screen.findByRole('heading', { name: 'Keyboard shortcuts' });
  });
});
