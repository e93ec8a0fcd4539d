import { parseCount } from '../counts';
import { contributionsByMeaning } from './by-meaning';
import { visibleText } from './dom';
import * as selectors from './selectors';

// "3,453 contributions in the last year" (2016–2026) and "Contributions in the last year 835 total" (2014–2015)
const headingPattern = /^(\d[\d,.]*)\s+contributions?\s+in\s+the\s+last\s+year/i;
const legacyPattern = /contributions\s+in\s+the\s+last\s+year\s+(\d[\d,.]*)\s+total/i;

/** contributions in the last year from the calendar (the page, or the fragment github loads into it) */
export function extractGithubContributions(root: ParentNode): number | null {
  try {
    for (const selector of selectors.contributions) {
      const text = visibleText(root.querySelector(selector), 400);
      const match = text ? (headingPattern.exec(text) ?? legacyPattern.exec(text)) : null;
      if (match?.[1]) return parseCount(match[1]);
    }
    // the calendar's wrapper lost its class: the sentence itself says what it is
    return contributionsByMeaning(root);
  } catch {
    // a detached or foreign root: nothing to read
  }
  return null;
}
