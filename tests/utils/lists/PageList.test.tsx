import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageList } from '@/components/lists/PageList';
import { WhereToLook } from '@/components/lists/WhereToLook';
import type { ListPerson, ListResult } from '@/utils/lists/types';
import { saveMenteeProfile } from '@/utils/settings/mentee-profile';
import type { Database } from '@/utils/shortlist/store/db';
import { installBackground } from '../../support/background';

const person = (handle: string, name: string, headline: string): ListPerson => ({
  source: 'linkedin',
  handle,
  memberId: null,
  url: `https://www.linkedin.com/in/${handle}/`,
  name,
  headline,
  location: 'London',
  degree: 2,
  mutual: null,
});

let db: Database;
function tabShows(list: ListResult | null) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(list as never);
}

beforeEach(async () => {
  db = await installBackground();
  await saveMenteeProfile({
    focusAreas: [{ topic: 'machine learning', priority: 'high' }],
    targetRoles: ['ML engineer'],
  });
});

describe("the page's people in the popup", () => {
  it('ranks them by fit, from the list, and shortlists from a row', async () => {
    tabShows({
      kind: 'linkedin-search',
      people: [
        person('rec-ruth', 'Ruth Recruiter', 'Recruiter | Talent acquisition'),
        person('ml-mo', 'Mo Mentor', 'Staff machine learning engineer, mentor, office hours'),
        person('hostile', '<b>Hal</b> {{name}}', '<script>alert(1)</script>'),
      ],
    });
    const user = userEvent.setup();
    render(<PageList />);
    const section = await screen.findByRole('region', { name: 'People on this page' });
    const items = await within(section).findAllByRole('article');
    const labels = items.map((item) => item.getAttribute('aria-label') ?? '');
    expect(labels[0]).toMatch(/^Mentor fit for Mo Mentor: \d+ of 100, .*from the list$/);
    const scores = labels.map((label) => Number(/: (\d+) of 100/.exec(label)?.[1]));
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // hostile text is text
    within(section).getByText('<b>Hal</b> {{name}}');
    expect(section.querySelector('b, script')).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Shortlist Mo Mentor' }));
    await waitFor(() => within(section).getByText('Status: saved'));
    expect(await db.count('people')).toBe(1);
  });

  it('shows no number for a card with too little to score, and lists it after the scored ones', async () => {
    tabShows({
      kind: 'linkedin-search',
      people: [
        { ...person('thin-tess', 'Tess Thin', ''), headline: null },
        person('rec-ruth', 'Ruth Recruiter', 'Recruiter | Talent acquisition'),
        person('ml-mo', 'Mo Mentor', 'Staff machine learning engineer, mentor, office hours'),
      ],
    });
    render(<PageList />);
    const section = await screen.findByRole('region', { name: 'People on this page' });
    const items = await within(section).findAllByRole('article');
    const labels = items.map((item) => item.getAttribute('aria-label') ?? '');
    expect(labels.at(-1)).toBe('Mentor fit for Tess Thin: Not enough to score, from the list');
    expect(labels.slice(0, -1).every((label) => / \d+ of 100, /.test(label))).toBe(true);
    const thin = items.at(-1);
    expect(
      within(thin as HTMLElement).getByText('Not enough to score · from the list'),
    ).toBeTruthy();
    expect(thin?.textContent).not.toMatch(/\d+ ·/);
  });

  it('nothing for a tab that lists no one', async () => {
    tabShows(null);
    const { container } = render(<PageList />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(container.textContent).toBe('');
  });
});

describe('where to look', () => {
  it('shows links from the goals, opened by the user in a new tab', async () => {
    render(<WhereToLook />);
    const section = await screen.findByRole('region', { name: 'Where to look' });
    const links = within(section).getAllByRole('link');
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
    expect(
      links.some((l) =>
        decodeURIComponent(l.getAttribute('href') ?? '').includes('"machine learning" mentor'),
      ),
    ).toBe(true);
  });
});
