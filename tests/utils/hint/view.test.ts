import { describe, expect, it, vi } from 'vitest';
import { mountHint } from '@/utils/hint/mount';
import { freshPanel } from '@/utils/hint/updates';
import { type HintActions, type HintState, renderHint } from '@/utils/hint/view';
import { HINT_TAG } from '@/utils/page-hosts';
import { fitResult } from '../../support/snapshots';

const actions = (): HintActions => ({
  shortlist: vi.fn(),
  openDashboard: vi.fn(),
  openOptions: vi.fn(),
  toggle: vi.fn(),
  updates: () => freshPanel('linkedin:ada-okafor'),
  mark: vi.fn(),
  noteOpen: vi.fn(),
  noteInput: vi.fn(),
  saveNote: vi.fn(),
});
const ready = (overrides: Partial<Extract<HintState, { kind: 'ready' }>> = {}): HintState => ({
  kind: 'ready',
  name: 'Ada Okafor',
  fit: fitResult(),
  status: null,
  missing: [],
  busy: false,
  expanded: false,
  error: null,
  ...overrides,
});
const buttons = (el: HTMLElement) =>
  [...el.querySelectorAll('button')].map((button) => button.textContent);

/** a click as the browser reports a person's (happy-dom can't make trusted events) */
function trustedClick(target: Element | undefined): void {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target?.dispatchEvent(event);
}

describe('the hint view', () => {
  it('names the region "Mentor fit" with the person, score and band, and shows the reasons', () => {
    const el = renderHint(ready(), actions());
    expect(el.getAttribute('role')).toBe('region');
    expect(el.getAttribute('aria-label')).toBe('Mentor fit for Ada Okafor: 72 of 100, Strong fit');
    expect(el.querySelector('.score')?.textContent).toBe('72');
    expect(el.textContent).toContain('Works in machine learning');
    expect(buttons(el)).toContain('Shortlist');
  });

  it('shows the status instead of Shortlist once shortlisted, with a way to the dashboard', () => {
    const act = actions();
    const el = renderHint(ready({ status: 'meeting-scheduled' }), act);
    expect(el.textContent).toContain('Status: meeting scheduled');
    expect(buttons(el)).not.toContain('Shortlist');
    const open = [...el.querySelectorAll('button')].find(
      (b) => b.textContent === 'Open in dashboard',
    );
    // a click from page script does nothing; a person's click does
    open?.click();
    expect(act.openDashboard).not.toHaveBeenCalled();
    trustedClick(open);
    expect(act.openDashboard).toHaveBeenCalledOnce();
  });

  it('says when it scored against the sample profile, with a way to set goals', () => {
    const act = actions();
    const el = renderHint(ready(), act);
    expect(el.textContent).toContain('sample profile');
    trustedClick(
      [...el.querySelectorAll('button')].find((b) => b.textContent === 'Set your goals'),
    );
    expect(act.openOptions).toHaveBeenCalledOnce();
    expect(
      renderHint(ready({ fit: { ...fitResult(), usesDefaultProfile: false } }), act).textContent,
    ).not.toContain('sample profile');
  });

  it('says plainly which parts of the page it could not read', () => {
    const el = renderHint(ready({ missing: ['experience', 'skills'] }), actions());
    expect(el.textContent).toContain("Couldn't read experience, skills on this page");
  });

  it('renders hostile page text as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>{{firstName}}';
    const el = renderHint(
      ready({
        name: hostile,
        fit: { ...fitResult(), reasons: [{ signal: 'x', weight: 1, effect: 5, text: hostile }] },
      }),
      actions(),
    );
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.textContent).toContain(hostile);
  });

  it('disables Shortlist while saving, and expands to all reasons and citations', () => {
    const saving = renderHint(ready({ busy: true }), actions());
    expect(saving.querySelector<HTMLButtonElement>('button.primary')?.disabled).toBe(true);
    const collapsed = renderHint(ready(), actions());
    expect(collapsed.querySelector('#mentorlens-details')?.hasAttribute('hidden')).toBe(true);
    const expanded = renderHint(ready({ expanded: true }), actions());
    expect(expanded.querySelector('#mentorlens-details')?.hasAttribute('hidden')).toBe(false);
    expect(expanded.textContent).toContain('their pinned repo tiny-rag');
    expect(expanded.querySelector('[aria-expanded]')?.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('mounting the hint', () => {
  it('inserts one host after the anchor and removes stale copies', () => {
    const anchor = document.createElement('div');
    document.body.append(anchor, document.createElement(HINT_TAG));
    const mounted = mountHint(anchor, true);
    expect(document.querySelectorAll(HINT_TAG)).toHaveLength(1);
    expect(anchor.nextElementSibling).toBe(mounted.host);
    expect(mounted.host.dataset.theme).toBe('dark');
    mounted.show(renderHint(ready(), actions()));
    mounted.show(renderHint(ready({ status: 'saved' }), actions()));
    expect(mounted.root.querySelectorAll('.card')).toHaveLength(1);
    mounted.remove();
    expect(document.querySelector(HINT_TAG)).toBeNull();
  });
});

describe('compact and expanded', () => {
  it('shows at most three reasons compact, ranked by effect, and every reason expanded', () => {
    const many = {
      ...fitResult(),
      reasons: [
        { signal: 'expertise', weight: 1, effect: 20, text: 'first reason' },
        { signal: 'reachability', weight: 1, effect: -8, text: 'second reason' },
        { signal: 'activity', weight: 1, effect: 4, text: 'third reason' },
      ],
    };
    const compact = renderHint(ready({ fit: many }), actions());
    const visible = (el: HTMLElement) =>
      [...el.querySelectorAll('li')]
        .filter((li) => !li.closest('[hidden]'))
        .map((li) => li.textContent);
    expect(visible(compact)).toEqual(['+first reason', '−second reason', '+third reason']);
    const four = {
      ...many,
      reasons: [
        { signal: 'profile', weight: 1, effect: 0, text: 'a note' },
        { signal: 'activity', weight: 1, effect: 2, text: 'small' },
        { signal: 'expertise', weight: 1, effect: 20, text: 'big' },
        { signal: 'reachability', weight: 1, effect: -9, text: 'against' },
        { signal: 'logistics', weight: 1, effect: 3, text: 'medium' },
      ],
    };
    expect(visible(renderHint(ready({ fit: four }), actions()))).toEqual([
      '+big',
      '−against',
      '+medium',
    ]);
    const expanded = renderHint(ready({ fit: many, expanded: true }), actions());
    expect(visible(expanded)).toEqual([
      '+first reason',
      '−second reason',
      '+third reason',
      'their pinned repo tiny-rag',
    ]);
  });

  it('"Not enough to score" shows no number, says so in its name, and leads with what is missing', () => {
    const thin = {
      ...fitResult(),
      score: 33,
      band: 'Not enough to score' as const,
      reasons: [
        { signal: 'reachability', weight: 1, effect: 3, text: '681 followers: a small audience' },
        {
          signal: 'profile',
          weight: 1,
          effect: 0,
          text: 'Not enough to score: this page shows no headline. Open their full profile',
        },
      ],
    };
    const el = renderHint(ready({ fit: thin }), actions());
    expect(el.getAttribute('aria-label')).toBe('Mentor fit for Ada Okafor: not enough to score');
    expect(el.querySelector('.score')).toBeNull();
    const first = el.querySelector('ul li');
    expect(first?.textContent).toMatch(/Not enough to score: .*Open their full profile/);
  });

  it('marks a score near a band boundary as borderline', () => {
    const near = { ...fitResult(), score: 40, band: 'Promising' as const, borderline: true };
    const el = renderHint(ready({ fit: near }), actions());
    expect(el.getAttribute('aria-label')).toBe(
      'Mentor fit for Ada Okafor: 40 of 100, Promising, borderline',
    );
    expect(el.textContent).toContain('borderline');
  });
});
