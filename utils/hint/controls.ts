import { h } from './dom';

/** a button that acts on a person's click only: the shadow root is open, so page script can click too */
export function trustedButton(
  label: string,
  onClick: () => void,
  attrs: Record<string, string | boolean> = {},
): HTMLElement {
  const el = h('button', { type: 'button', ...attrs }, label);
  el.addEventListener('click', (event) => {
    event.stopPropagation();
    if (!event.isTrusted) return;
    // busy: the button keeps focus (aria-disabled) but does nothing
    if (el.getAttribute('aria-disabled') === 'true') return;
    onClick();
  });
  return el;
}
