import { detectLinkedinPage } from './detect';
import { unavailableReason } from './status';
import { nameFromTitle } from './title-name';
import { readTopCard } from './top-card';
import { readTopCardByMeaning } from './top-card-meaning';

/**
 * the element in the viewed person's top card after which the in-page hint goes: the headline when
 * there is one, else the name heading's block; null when the page shows no top card
 */
export function findLinkedinHintAnchor(doc: Document, url: URL): Element | null {
  try {
    const page = detectLinkedinPage(url);
    if (page.kind !== 'profile') return null;
    // a "Profile Not Found" page has a heading too, but nobody to annotate
    if (unavailableReason(doc, url, true)) return null;
    const card = readTopCard(doc, page.handle, url.href);
    if (!card?.nameElement || !card.name) {
      // by what a person sees: the name heading and the line under it
      // the title too, as the extraction reads it: one answer for both, read once (see per-task.ts)
      const seen = readTopCardByMeaning(doc, page.handle, nameFromTitle(doc, page));
      if (!seen.nameElement) return null;
      return seen.headlineElement ?? seen.nameElement.closest('a') ?? seen.nameElement;
    }
    if (card.headlineElement) return card.headlineElement;
    // the name sits inside a link in 2026 markup: insert after the whole link, not inside it
    return card.nameElement.closest('a') ?? card.nameElement;
  } catch {
    return null;
  }
}
