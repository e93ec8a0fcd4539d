import { blockTags, fold } from '../text';

/** the first element matched by the first variant that matches anything */
export function first(root: ParentNode, variants: readonly string[]): Element | null {
  for (const selector of variants) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** every element matched by the first variant that matches anything */
export function all(root: ParentNode, variants: readonly string[]): Element[] {
  for (const selector of variants) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** every element matched by any variant, in variant order, each once */
export function union(root: ParentNode, variants: readonly string[]): Element[] {
  const seen = new Set<Element>();
  for (const selector of variants)
    for (const found of root.querySelectorAll(selector)) seen.add(found);
  return [...seen];
}

// elements whose text is never shown as text on the page
const hiddenText = new Set(['script', 'style', 'template', 'noscript', 'svg', 'textarea', 'title']);
// elements that break a line: their text must not glue to the next word
const blockElements = new Set<string>([...blockTags, 'br', 'hr', 'pre']);
const gap = Symbol('gap');

/**
 * the text a reader sees in a node, whitespace folded, or null; script and style bodies are skipped.
 * stops collecting after `budget` characters so a hostile page costs no more than a normal one.
 */
export function visibleText(node: Node | null | undefined, budget = 40_000): string | null {
  if (!node) return null;
  const parts: string[] = [];
  let length = 0;
  // an explicit stack: deeply nested pages must not overflow the call stack
  const stack: Array<Node | typeof gap> = [node];
  while (stack.length > 0 && length < budget) {
    const current = stack.pop();
    if (current === undefined) break;
    if (current === gap) {
      parts.push(' ');
      continue;
    }
    if (current.nodeType === 3) {
      const data = (current as Text).data;
      parts.push(data);
      length += data.length;
      continue;
    }
    if (current.nodeType !== 1 && current.nodeType !== 9 && current.nodeType !== 11) continue;
    const tag = current.nodeType === 1 ? (current as Element).localName : '';
    if (hiddenText.has(tag)) continue;
    const block = blockElements.has(tag);
    if (block) stack.push(gap);
    const children = current.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child) stack.push(child);
    }
    if (block) stack.push(gap);
  }
  return fold(parts.join(''));
}
