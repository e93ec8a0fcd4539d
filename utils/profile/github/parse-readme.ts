import { first, visibleText } from './dom';
import { clip, limits } from './limits';
import { isImageWrapper, personLink } from './links';
import * as selectors from './selectors';

/** the profile README as plain text, and the links written in it */
export function readReadme(doc: ParentNode): {
  present: boolean;
  about: string | null;
  links: string[];
} {
  const article = first(doc, selectors.readme);
  if (!article) return { present: false, about: null, links: [] };
  const links: string[] = [];
  for (const anchor of article.querySelectorAll('a[href]')) {
    if (links.length >= limits.links) break;
    if (isImageWrapper(anchor)) continue;
    const link = personLink(anchor);
    if (link) links.push(link);
  }
  return { present: true, about: clip(visibleText(article), limits.text), links };
}
