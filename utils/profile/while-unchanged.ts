import { OUR_HOSTS } from '../page-hosts';

/** what a read's answer was taken from, as it stood then */
interface Kept<A extends readonly unknown[], R> {
  args: A;
  result: R;
  root: Element;
  text: string;
  elements: number;
}

const sameArgs = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((arg, i) => arg === b[i]);

// our hint and badges are no change to what was read: without this, the hint going into the top
// card made every later read start over
const elementsIn = (root: Element): number =>
  OUR_HOSTS.reduce(
    (count, tag) => count - root.getElementsByTagName(tag).length,
    root.getElementsByTagName('*').length,
  );

/**
 * remembers the last answer across tasks while the part of the page it was read from stands as it
 * was: the same arguments, and `rootOf`'s element still in the document with the same text and the
 * same number of elements, ours not counted. The top card read while the page parses then serves the
 * final read too.
 * `rootOf` returns null for an answer that must not be kept
 */
export function whileUnchanged<A extends readonly unknown[], R>(
  read: (...args: A) => R,
  rootOf: (result: R) => Element | null,
): (...args: A) => R {
  let kept: Kept<A, R> | null = null;
  return (...args: A): R => {
    if (
      kept &&
      sameArgs(kept.args, args) &&
      kept.root.isConnected &&
      elementsIn(kept.root) === kept.elements &&
      kept.root.textContent === kept.text
    )
      return kept.result;
    const result = read(...args);
    const root = rootOf(result);
    kept = root
      ? {
          args,
          result,
          root,
          text: root.textContent ?? '',
          elements: elementsIn(root),
        }
      : null;
    return result;
  };
}
