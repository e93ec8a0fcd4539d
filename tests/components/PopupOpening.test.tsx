import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askOpeningAnswers, profileOf } from '@/entrypoints/popup/opening';
import { showPopup } from '@/entrypoints/popup/show';
import type { TabRequest } from '@/utils/messaging/protocol';
import { saveMenteeProfile } from '@/utils/settings/mentee-profile';
import type { Database } from '@/utils/shortlist/store/db';
import { installBackground } from '../support/background';
import { linkedinPerson } from '../utils/outreach/people';
import { sam, shortlisted } from './draft/people';

// the popup's entry asks the tab and the worker before React loads (opening.ts), then show.tsx
// renders with those answers: the person and the count in the first render, nothing asked twice

let db: Database;
let root: HTMLElement;
let mounted: Root | undefined;
let sent: Array<{ type: string }>;
let asked: TabRequest[];

/** the active tab's content script answers `profile` to currentProfile and `list` to currentList */
function tabAnswers(profile: unknown, list: unknown = null) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tab: number,
    request: TabRequest,
  ) => {
    asked.push(request);
    return request.type === 'currentProfile' ? profile : list;
  }) as never);
}

/** every request the page sends the worker, by type */
function recordRequests() {
  const send = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: { type: string }) => {
    sent.push(message);
    return send(message as never);
  }) as never);
}

/** the popup opened as the extension opens it: answers asked, then mounted into #root */
async function openPopup() {
  const opening = askOpeningAnswers();
  // the answers arrive while the rest of the popup loads
  await Promise.allSettled([opening.analysis, opening.count, opening.listReply]);
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(root.textContent ?? ''));
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  await act(async () => {
    mounted = await showPopup(opening);
  });
  observer.disconnect();
  // what the first render committed
  const first = seen[0] ?? '';
  return { first, seen };
}

beforeEach(async () => {
  db = await installBackground();
  await saveMenteeProfile(sam);
  sent = [];
  asked = [];
  root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  recordRequests();
});

afterEach(() => {
  act(() => mounted?.unmount());
  mounted = undefined;
  root.remove();
});

describe('the popup as it opens', () => {
  it('shows the person and the count in its first render, from answers asked before React loaded', async () => {
    await shortlisted(db);
    tabAnswers({ ok: true, profile: linkedinPerson() });
    const { first, seen } = await openPopup();
    expect(first).toContain('Priya Raman');
    expect(first).toContain('1 person on your shortlist');
    // never a "loading" render first
    expect(seen.filter((text) => text.includes('Reading this tab…'))).toEqual([]);
    within(root).getByRole('heading', { name: 'Priya Raman' });
    within(root).getByRole('region', { name: 'Update Priya Raman' });
  });

  it('asks each thing once: the analysis from the entry is the one shown', async () => {
    tabAnswers({ ok: true, profile: linkedinPerson() });
    await openPopup();
    await screen.findByRole('button', { name: 'Shortlist' });
    // the page list loads after the first render: give it its turn
    await waitFor(() => expect(asked.filter((r) => r.type === 'currentList')).toHaveLength(1));
    expect(sent.filter((r) => r.type === 'analyze')).toHaveLength(1);
    expect(sent.filter((r) => r.type === 'countPeople')).toHaveLength(1);
    expect(asked.filter((r) => r.type === 'currentProfile')).toHaveLength(1);
  });

  it('asks again after a change: the count and the person follow the shortlist', async () => {
    tabAnswers({ ok: true, profile: linkedinPerson() });
    const { first } = await openPopup();
    expect(first).toContain('0 people on your shortlist');
    await userEvent.click(within(root).getByRole('button', { name: 'Shortlist' }));
    await within(root).findByText('1 person on your shortlist');
    await within(root).findByText('saved');
    expect(sent.filter((r) => r.type === 'analyze')).toHaveLength(2);
  });

  it('shows the page list from the answer the entry asked for', async () => {
    tabAnswers(null, {
      kind: 'linkedin-search',
      people: [
        {
          source: 'linkedin',
          handle: 'ml-mo',
          memberId: null,
          url: 'https://www.linkedin.com/in/ml-mo/',
          name: 'Mo Mentor',
          headline: 'Staff machine learning engineer, mentor',
          location: 'London',
          degree: 2,
          mutual: null,
        },
      ],
    });
    const { first } = await openPopup();
    expect(first).toContain('No profile on this tab.');
    const section = await within(root).findByRole('region', { name: 'People on this page' });
    within(section).getByRole('article', { name: /^Mentor fit for Mo Mentor: / });
    expect(asked.filter((r) => r.type === 'currentList')).toHaveLength(1);
  });
});

describe('what the tab answers the opening popup (hostile or broken)', () => {
  it('a tab without our content script is a tab without a profile, with nothing analysed', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    const { first } = await openPopup();
    expect(first).toContain('No profile on this tab.');
    expect(sent.filter((r) => r.type === 'analyze')).toHaveLength(0);
  });

  it('no active tab at all: no profile, and the count still shows', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    const { first } = await openPopup();
    expect(first).toContain('No profile on this tab.');
    expect(first).toContain('0 people on your shortlist');
  });

  it('a malformed profile is an unreadable page that says why; the early analysis is not shown', async () => {
    tabAnswers({ ok: true, profile: { ...linkedinPerson(), name: 42 } });
    const { first } = await openPopup();
    expect(first).toMatch(/MentorLens couldn't read this page: .*could not use/);
    expect(within(root).queryByRole('heading', { level: 2 })).toBeNull();
    expect(within(root).queryByRole('button', { name: 'Shortlist' })).toBeNull();
  });

  it('an answer with more than a profile is unreadable, and is not sent for analysis', async () => {
    tabAnswers({ ok: true, profile: linkedinPerson(), injected: '<img src=x onerror=alert(1)>' });
    const { first } = await openPopup();
    expect(first).toMatch(/MentorLens couldn't read this page/);
    expect(sent.filter((r) => r.type === 'analyze')).toHaveLength(0);
    expect(root.querySelector('img')).toBeNull();
  });

  it('a worker error on the analysis is shown as the old popup showed it', async () => {
    tabAnswers({ ok: true, profile: linkedinPerson() });
    const send = fakeBrowser.runtime.sendMessage;
    vi.mocked(send).mockImplementation((async (message: { type: string }) => {
      sent.push(message);
      return message.type === 'analyze'
        ? { ok: false, error: 'The tracker could not be opened.' }
        : { ok: true, data: 0 };
    }) as never);
    const { first } = await openPopup();
    expect(first).toContain('The tracker could not be opened.');
  });
});

describe('profileOf: which tab answers are sent for analysis before they are parsed', () => {
  const profile = linkedinPerson();
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'ok'],
    ['a number', 1],
    ['an array', [true, profile]],
    ['no profile', { ok: true }],
    ['a failure', { ok: false, reason: 'unrecognized', detail: 'x' }],
    ['ok as text', { ok: 'true', profile }],
    ['a null profile', { ok: true, profile: null }],
    ['a text profile', { ok: true, profile: 'Priya' }],
    ['an extra key', { ok: true, profile, extra: 1 }],
    ['a missing ok', { profile, other: true }],
  ])('not %s', (_label, reply) => {
    expect(profileOf(reply)).toBeNull();
  });

  it('a readable answer: its profile, as it came (the worker parses it)', () => {
    expect(profileOf({ ok: true, profile })).toBe(profile);
  });
});
