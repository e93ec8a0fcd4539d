import { parseCount } from '../counts';
import { first, visibleText } from './dom';
import * as selectors from './selectors';

/** followers and following; abbreviated counts ("1.2k") are expanded */
export function readCounts(doc: ParentNode): {
  followers: number | null;
  following: number | null;
} {
  return {
    followers: readCount(first(doc, selectors.followers)),
    following: readCount(first(doc, selectors.following)),
  };
}

function readCount(element: Element | null): number | null {
  if (!element) return null;
  // tab counters carry the exact figure in their title when the text is abbreviated
  return parseCount(element.getAttribute('title')) ?? parseCount(visibleText(element, 100));
}
