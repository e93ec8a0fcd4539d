import { describe, expect, it, vi } from 'vitest';
import { type BadgeState, badgeLabel, renderBadge } from '@/utils/badges/view';

const state = (patch: Partial<BadgeState> = {}): BadgeState => ({
  name: 'Ada Example',
  fit: {
    key: 'linkedin:ada-example',
    score: 57,
    band: 'Promising',
    borderline: false,
    partial: true,
    reasons: ['Headline mentions machine learning', '<img src=x onerror=alert(1)> {{theAsk}}'],
    usesDefaultProfile: false,
    person: null,
  },
  status: null,
  busy: false,
  expanded: false,
  error: null,
  ...patch,
});
const actions = () => ({ shortlist: vi.fn(), toggle: vi.fn() });

function click(target: Element | null | undefined, trusted: boolean) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  target?.dispatchEvent(event);
}

describe('list badge view', () => {
  it('closed: the score and band, no reasons built, and nothing the button controls', () => {
    const badge = renderBadge(state(), actions());
    const fit = badge.querySelector('button.fit');
    expect(fit?.textContent).toBe('57 Promising · from the list');
    expect(fit?.getAttribute('aria-expanded')).toBe('false');
    expect(fit?.hasAttribute('aria-controls')).toBe(false);
    expect(badge.querySelector('.details')).toBeNull();
    expect(badge.querySelectorAll('li')).toHaveLength(0);
  });

  it('open: the partial note and every reason, as text, controlled by the score button', () => {
    const badge = renderBadge(state({ expanded: true }), actions());
    const details = badge.querySelector('#details');
    expect(badge.querySelector('button.fit')?.getAttribute('aria-controls')).toBe('details');
    expect(details?.textContent).toContain('Partial: from what this list card shows');
    const reasons = [...badge.querySelectorAll('li')].map((li) => li.textContent);
    expect(reasons).toEqual([
      'Headline mentions machine learning',
      '<img src=x onerror=alert(1)> {{theAsk}}',
    ]);
    expect(badge.querySelector('img')).toBeNull();
  });

  it('acts on a person’s click only: a click page script makes does nothing', () => {
    const handlers = actions();
    const badge = renderBadge(state(), handlers);
    click(badge.querySelector('button.fit'), false);
    click(badge.querySelector('button.save'), false);
    expect(handlers.toggle).not.toHaveBeenCalled();
    expect(handlers.shortlist).not.toHaveBeenCalled();
    click(badge.querySelector('button.fit'), true);
    click(badge.querySelector('button.save'), true);
    expect(handlers.toggle).toHaveBeenCalledTimes(1);
    expect(handlers.shortlist).toHaveBeenCalledTimes(1);
  });

  it('a saved person shows their status instead of Shortlist; the label says so', () => {
    const saved = state({ status: 'meeting-scheduled' });
    const badge = renderBadge(saved, actions());
    expect(badge.querySelector('button.save')).toBeNull();
    expect(badge.querySelector('.status')?.textContent).toBe('Status: meeting scheduled');
    expect(badgeLabel(saved)).toBe(
      'Mentor fit for Ada Example: 57 of 100, Promising, partial, from the list, meeting scheduled',
    );
  });

  it('not enough to score: no number in the text or the accessible name', () => {
    const base = state();
    const thin = state({
      // even a stray borderline mark (35 is near 38) does not bring a number back
      fit: base.fit && { ...base.fit, score: 35, band: 'Not enough to score', borderline: true },
    });
    const badge = renderBadge(thin, actions());
    expect(badge.querySelector('button.fit')?.textContent).toBe(
      'Not enough to score · from the list',
    );
    expect(badge.querySelector('.num')).toBeNull();
    expect(badge.querySelector('button.fit')?.getAttribute('title')).toBe('Why no score?');
    expect(badgeLabel(thin)).toBe(
      'Mentor fit for Ada Example: Not enough to score, partial, from the list',
    );
    expect(badge.getAttribute('aria-label')).not.toMatch(/\d/);
  });

  it('borderline: said beside the band, in the text and the accessible name', () => {
    const base = state();
    const near = state({ fit: base.fit && { ...base.fit, score: 39, borderline: true } });
    expect(renderBadge(near, actions()).querySelector('button.fit')?.textContent).toBe(
      '39 Promising, borderline · from the list',
    );
    expect(badgeLabel(near)).toBe(
      'Mentor fit for Ada Example: 39 of 100, Promising, borderline, partial, from the list',
    );
  });
});
