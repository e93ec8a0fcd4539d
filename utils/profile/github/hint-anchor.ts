import { first } from './dom';
import * as selectors from './selectors';

/** the element after which the in-page hint goes: the names block in the profile's left column */
export function findGithubHintAnchor(doc: Document): Element | null {
  try {
    if (first(doc, selectors.organizationPage)) return null;
    return first(doc, selectors.hintAnchor);
  } catch {
    return null;
  }
}
