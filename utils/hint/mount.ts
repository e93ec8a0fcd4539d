import { hintCss } from './styles';

export const HOST_TAG = 'mentorlens-hint';

export interface MountedHint {
  host: HTMLElement;
  root: ShadowRoot;
  /** swaps the content, keeping focus on the control with the same label */
  show(content: HTMLElement): void;
  remove(): void;
}

/** inserts one hint host after the anchor; any stale copy (e.g. from a cached page snapshot) is removed */
export function mountHint(anchor: Element, dark: boolean): MountedHint {
  for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
  const host = document.createElement(HOST_TAG);
  host.dataset.theme = dark ? 'dark' : 'light';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = hintCss;
  root.append(style);
  anchor.after(host);
  return {
    host,
    root,
    show(content) {
      const focused = root.activeElement?.textContent ?? null;
      root.querySelector('.card')?.remove();
      root.append(content);
      if (focused === null) return;
      // a disabled button can't hold focus: fall back to the first enabled one, never to the page
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('.actions button')].filter(
        (button) => !button.disabled,
      );
      (buttons.find((button) => button.textContent === focused) ?? buttons[0])?.focus();
    },
    remove() {
      host.remove();
    },
  };
}
