import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentTabProfile } from '@/components/current-tab/currentTab';
import { showLoadFailure } from '@/components/load-failure';
import { Popup } from '@/entrypoints/popup/Popup';
import { saveMenteeProfile } from '@/utils/settings/mentee-profile';
import type { Database } from '@/utils/shortlist/store/db';
import { installBackground } from '../support/background';
import { linkedinPerson } from '../utils/outreach/people';
import { sam, shortlisted } from './draft/people';

// the editor's chunk fails to load, as after an update that removed the file the popup asks for
vi.mock('@/components/draft/DraftEditor', () => {
  throw new Error('Failed to fetch dynamically imported module: chunks/DraftEditor.js');
});
vi.mock('@/components/current-tab/currentTab', () => ({ currentTabProfile: vi.fn() }));
const tab = vi.mocked(currentTabProfile);

let db: Database;
beforeEach(async () => {
  db = await installBackground();
  await saveMenteeProfile(sam);
  tab.mockResolvedValue({ ok: true, profile: linkedinPerson() });
  // React reports the caught error on the console; the page says it to the user
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('a part that fails to load', () => {
  it('the draft editor: the popup says so where the editor would be, and keeps the rest', {
    timeout: 30_000,
  }, async () => {
    await shortlisted(db);
    const user = userEvent.setup();
    render(<Popup />);
    // a ceiling for a slow machine, not a measure
    const patient = { timeout: 10_000 };
    await user.click(await screen.findByRole('button', { name: 'Draft message' }, patient));
    const alert = await screen.findByRole('alert', {}, patient);
    // what failed and why (vitest words the failed import its own way)
    expect(alert.textContent).toMatch(
      /^MentorLens couldn't open the draft \(.+\)\. Close this page/,
    );
    // the rest of the popup is still there and usable
    expect(screen.getByRole('heading', { name: 'Priya Raman' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open dashboard' })).toBeTruthy();
  });
});

describe("a page whose code doesn't load", () => {
  it('says why in its #root instead of staying blank', () => {
    const root = document.createElement('div');
    root.append(document.createElement('span'));
    showLoadFailure(
      new TypeError('Failed to fetch dynamically imported module: chunks/show.js'),
      root,
    );
    const [message] = root.children;
    expect(root.children).toHaveLength(1);
    expect(message?.getAttribute('role')).toBe('alert');
    expect(message?.textContent).toContain("MentorLens couldn't load this page");
    expect(message?.textContent).toContain('chunks/show.js');
  });

  it('shows a thrown value that is no Error as text, never as markup', () => {
    const root = document.createElement('div');
    showLoadFailure('<img src=x onerror=alert(1)>', root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('does nothing on a page without #root', () => {
    expect(() => showLoadFailure(new Error('x'), null)).not.toThrow();
  });
});
