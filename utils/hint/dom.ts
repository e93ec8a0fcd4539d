export type Child = Node | string | null | false;

/** a tiny element builder for the hint and the list badges: text is always set as text, never parsed */
export function h(
  tag: string,
  attrs: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child !== null && child !== false)
      el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}
