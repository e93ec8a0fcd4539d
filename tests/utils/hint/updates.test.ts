import { describe, expect, it, vi } from 'vitest';
import {
  failureWords,
  freshPanel,
  markedWords,
  renderUpdates,
  type UpdateActions,
  type UpdatePanel,
} from '@/utils/hint/updates';

const actions = (): UpdateActions => ({
  mark: vi.fn(),
  noteOpen: vi.fn(),
  noteInput: vi.fn(),
  saveNote: vi.fn(),
});
const panel = (over: Partial<UpdatePanel> = {}): UpdatePanel => ({
  ...freshPanel('github:ada'),
  ...over,
});
const names = (el: HTMLElement) => [...el.querySelectorAll('button')].map((b) => b.textContent);
const button = (el: HTMLElement, name: string) =>
  [...el.querySelectorAll('button')].find((b) => b.textContent === name);

/** what the browser reports for a person's action (happy-dom can't make trusted events) */
function trusted<E extends Event>(target: Element | null | undefined, event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  target?.dispatchEvent(event);
  return event;
}
const click = (target: Element | undefined) =>
  trusted(target, new MouseEvent('click', { bubbles: true }));

describe('the hint update controls', () => {
  it('offer the allowed moves in a labelled group, and act on a person’s click only', () => {
    const act = actions();
    const el = renderUpdates('saved', 'Ada Okafor', panel(), act);
    const group = el.querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).toBe('Mark as');
    expect(names(el)).toEqual(['Contacted', 'Not a fit', 'Add a note']);
    button(el, 'Contacted')?.click();
    expect(act.mark).not.toHaveBeenCalled();
    click(button(el, 'Contacted'));
    expect(act.mark).toHaveBeenCalledWith('contacted');
  });

  it('say that a person not yet shortlisted is shortlisted by the same click', () => {
    const el = renderUpdates(null, 'Ada Okafor', panel(), actions());
    expect(el.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Shortlist and mark as',
    );
    expect(names(el)).toEqual(['Contacted', 'Not a fit', 'Add a note']);
    // the hint's own "Shortlist" button stays the only one with that word in its name
    expect(names(el).filter((name) => /shortlist/i.test(name ?? ''))).toEqual([]);
  });

  it('offer no move where the pipeline allows none, but still a note', () => {
    const el = renderUpdates('ended', null, panel(), actions());
    expect(el.querySelector('[role="group"]')).toBeNull();
    expect(names(el)).toEqual(['Add a note']);
  });

  it('do nothing while a request is on its way, keeping focus where it is', () => {
    const act = actions();
    const el = renderUpdates('contacted', null, panel({ busy: true, said: 'Saving…' }), act);
    const replied = button(el, 'Replied');
    expect(replied?.getAttribute('aria-disabled')).toBe('true');
    expect(replied?.disabled).toBe(false);
    click(replied);
    expect(act.mark).not.toHaveBeenCalled();
    expect(el.querySelector('.said')?.textContent).toBe('Saving…');
  });

  it('show a labelled note field with the text typed so far; Enter saves, Escape closes', () => {
    const act = actions();
    const el = renderUpdates(
      'saved',
      'Ada Okafor',
      panel({ noteOpen: true, note: 'Ask about evals' }),
      act,
    );
    expect(button(el, 'Add a note')?.getAttribute('aria-expanded')).toBe('true');
    const input = el.querySelector('input');
    expect(input?.value).toBe('Ask about evals');
    expect(input?.maxLength).toBe(2000);
    const label = el.querySelector(`label[for="${input?.id}"]`);
    expect(label?.textContent).toBe('Note about Ada Okafor');
    if (!input) throw new Error('no input');
    input.value = 'Ask about evals and RAG';
    trusted(input, new Event('input', { bubbles: true }));
    expect(act.noteInput).toHaveBeenCalledWith('Ask about evals and RAG');
    const enter = trusted(
      input,
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );
    expect(act.saveNote).toHaveBeenCalledOnce();
    expect(enter.defaultPrevented).toBe(true);
    trusted(input, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(act.noteOpen).toHaveBeenCalledWith(false);
  });

  it('ignore page script typing or pressing keys in the note, and keep our keys from the page', () => {
    const act = actions();
    const el = renderUpdates('saved', null, panel({ noteOpen: true }), act);
    document.body.append(el);
    const heard = vi.fn();
    document.addEventListener('keydown', heard);
    const input = el.querySelector('input');
    if (!input) throw new Error('no input');
    input.value = 'forged';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(act.noteInput).not.toHaveBeenCalled();
    expect(act.saveNote).not.toHaveBeenCalled();
    trusted(input, new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(heard).not.toHaveBeenCalled();
    document.removeEventListener('keydown', heard);
    el.remove();
  });

  it('show what was done, and an error as an alert', () => {
    const done = renderUpdates(
      'contacted',
      null,
      panel({ said: 'Marked as contacted.' }),
      actions(),
    );
    expect(done.querySelector('.said')?.textContent).toBe('Marked as contacted.');
    expect(done.querySelector('[role="alert"]')).toBeNull();
    const failed = renderUpdates(
      'contacted',
      null,
      panel({ error: 'Not saved: disk full' }),
      actions(),
    );
    expect(failed.querySelector('[role="alert"]')?.textContent).toBe('Not saved: disk full');
  });

  it('render hostile names as text', () => {
    const el = renderUpdates(
      'saved',
      '<img src=x onerror=alert(1)>',
      panel({ noteOpen: true }),
      actions(),
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('label')?.textContent).toBe('Note about <img src=x onerror=alert(1)>');
  });
});

describe('the words', () => {
  it('say a refused mark names the status it found', () => {
    expect(markedWords('contacted', 'contacted', true)).toBe('Marked as contacted.');
    expect(markedWords('replied', 'not-a-fit', false)).toMatch(
      /changed elsewhere and is now "not a fit"/,
    );
  });

  it('say a lost extension means reload, and keep the note', () => {
    expect(failureWords(new Error('Extension context invalidated.'))).toMatch(/Reload this page/);
    expect(failureWords(new Error('The disk is full'))).toBe('Not saved: The disk is full');
  });
});
