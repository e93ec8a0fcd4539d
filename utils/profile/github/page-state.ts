import { first, visibleText } from './dom';
import * as selectors from './selectors';

/** what the document shows, before any field is read */
export type GithubDocument =
  | { kind: 'user'; root: ParentNode }
  | { kind: 'organization' }
  | { kind: 'unavailable'; why: string }
  | { kind: 'unrecognized'; why: string };

// github's own wording on pages that stand in for a profile
const unavailableWording =
  /(account|user) (has been|is) suspended|has been (flagged|disabled)|you have blocked this user|blocked you/i;

// cheap checks first (title, head, the card near the top); whole-body scans only when the card is absent
export function classifyGithubDocument(doc: Document): GithubDocument {
  if (/^(page|file) not found\b/i.test(doc.title)) {
    return { kind: 'unavailable', why: 'github answered "page not found"' };
  }
  if (doc.head && first(doc.head, selectors.organizationPage)) return { kind: 'organization' };
  const root = first(doc, selectors.profileRoot);
  // with the card on the page only the flash area can say it is not available; without it, anything can
  const banner = unavailableBanner(root ? first(doc, selectors.flashContainer) : doc);
  if (banner) return { kind: 'unavailable', why: `github says: ${banner}` };
  if (root) return { kind: 'user', root };
  if (first(doc, selectors.notFoundPage)) {
    return { kind: 'unavailable', why: 'github answered "page not found"' };
  }
  if (first(doc, selectors.organizationPage)) return { kind: 'organization' };
  // the card's own class was lost but its parts remain: read them from the whole body
  if (first(doc, selectors.cardParts)) {
    return { kind: 'user', root: doc.body ?? doc };
  }
  return {
    kind: 'unrecognized',
    why: first(doc, selectors.userPage)
      ? 'a github user page without the profile card (.h-card) this extractor reads'
      : 'no github profile card (.h-card or schema.org/Person) on this page',
  };
}

function unavailableBanner(scope: ParentNode | null): string | null {
  if (!scope) return null;
  for (const banner of scope.querySelectorAll(selectors.unavailableBanners.join(','))) {
    const wording = visibleText(banner, 2_000);
    if (wording && unavailableWording.test(wording)) return wording.slice(0, 160);
  }
  return null;
}
