import { BADGE_TAG } from '../page-hosts';
import { badgeCss } from './styles';

export interface MountedBadge {
  host: HTMLElement;
  show(content: HTMLElement): void;
  remove(): void;
}

// the page must not see clicks and keys meant for the badge (cards are often one big link)
const contained = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup'];
const contain = (event: Event) => event.stopPropagation();

let sheet: CSSStyleSheet | null | undefined;
function sharedSheet(): CSSStyleSheet | null {
  if (sheet !== undefined) return sheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(badgeCss);
  } catch {
    sheet = null;
  }
  return sheet;
}

// Firefox content scripts may not hand their own stylesheet objects to the page's shadow roots
function adopt(root: ShadowRoot): boolean {
  const shared = sharedSheet();
  if (!shared) return false;
  try {
    root.adoptedStyleSheets = [shared];
    return root.adoptedStyleSheets.length === 1;
  } catch {
    return false;
  }
}

/** one badge host right after the link that names the person */
export function mountBadge(anchor: Element, dark: boolean): MountedBadge {
  const host = document.createElement(BADGE_TAG);
  host.dataset.theme = dark ? 'dark' : 'light';
  const root = host.attachShadow({ mode: 'open' });
  // one parsed stylesheet for every badge where the browser allows it, else a style element each
  if (!adopt(root)) {
    const style = document.createElement('style');
    style.textContent = badgeCss;
    root.append(style);
  }
  // armed when a pointer or the focus first comes in: 25 cards don't register 175 listeners up front
  const arm = () => {
    host.removeEventListener('pointerover', arm);
    host.removeEventListener('focusin', arm);
    for (const type of contained) host.addEventListener(type, contain);
  };
  host.addEventListener('pointerover', arm);
  host.addEventListener('focusin', arm);
  anchor.after(host);
  return {
    host,
    show(content) {
      // keep focus on the control with the same role across re-renders
      const focused = root.activeElement?.className ?? null;
      root.querySelector('.badge')?.remove();
      root.append(content);
      if (focused === null) return;
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')].filter(
        (b) => !b.disabled,
      );
      (buttons.find((b) => b.className === focused) ?? buttons[0])?.focus();
    },
    remove: () => host.remove(),
  };
}
