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
    following: readCount(first(doc, selectors.following) ?? followingLink(doc)),
  };
}

// 2014–2016 link /<login>/following and say "Following"; 2012's counters share that link for other counts
function followingLink(doc: ParentNode): Element | null {
  for (const link of doc.querySelectorAll('a[href$="/following"]'))
    if (/\bfollowing\b/i.test(visibleText(link, 100) ?? '')) return link;
  return null;
}

function readCount(element: Element | null): number | null {
  if (!element) return null;
  // tab counters carry the exact figure in their title when the text is abbreviated
  return parseCount(element.getAttribute('title')) ?? parseCount(visibleText(element, 100));
}
