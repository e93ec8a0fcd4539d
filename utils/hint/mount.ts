import { HINT_TAG } from '../page-hosts';
import { hintCss } from './styles';

export interface MountedHint {
  host: HTMLElement;
  root: ShadowRoot;
  /** swaps the content, keeping focus on the control with the same label */
  show(content: HTMLElement): void;
  /** says it to screen readers: the region outlives every swap of the content, so it is heard */
  announce(text: string): void;
  remove(): void;
}

/** inserts one hint host after the anchor; any stale copy (e.g. from a cached page snapshot) is removed */
export function mountHint(anchor: Element, dark: boolean): MountedHint {
  for (const stale of document.querySelectorAll(HINT_TAG)) stale.remove();
  const host = document.createElement(HINT_TAG);
  host.dataset.theme = dark ? 'dark' : 'light';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = hintCss;
  const live = document.createElement('p');
  live.className = 'live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(style, live);
  anchor.after(host);
  return {
    host,
    root,
    show(content) {
      const active = root.activeElement;
      const focused = active?.textContent ?? null;
      root.querySelector('.card')?.remove();
      root.append(content);
      if (focused === null) return;
      // typing in a field: the same field keeps focus and caret
      if (active instanceof HTMLInputElement && active.id) {
        const same = root.getElementById(active.id);
        if (same instanceof HTMLInputElement) {
          same.focus();
          same.setSelectionRange(active.selectionStart, active.selectionEnd);
          return;
        }
      }
      // a disabled button can't hold focus: fall back to the first enabled one, never to the page
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('.actions button')].filter(
        (button) => !button.disabled,
      );
      (buttons.find((button) => button.textContent === focused) ?? buttons[0])?.focus();
    },
    announce(text) {
      // cleared first: the same words twice are still announced twice
      live.textContent = '';
      window.setTimeout(() => {
        live.textContent = text;
      }, 50);
    },
    remove() {
      host.remove();
    },
  };
}
