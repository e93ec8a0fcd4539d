import { linkedinLists } from '../lists/linkedin/site';
import { detectLinkedinPage } from '../profile/linkedin/detect';
import {
  extractLinkedin,
  extractLinkedinInSteps,
  findLinkedinHintAnchor,
} from '../profile/linkedin/extract';
import type { ReaderSites } from './start';

// linkedin's own theme class, or the system's when neither is set
const isDark = (doc: Document): boolean =>
  doc.documentElement.classList.contains('theme--dark') ||
  (!doc.documentElement.classList.contains('theme--light') &&
    matchMedia('(prefers-color-scheme: dark)').matches);

/** what the LinkedIn reader serves: the profile hint and the list badges */
export const linkedinReaderSites: ReaderSites = {
  hints: {
    name: 'linkedin',
    isProfileUrl: (url) => detectLinkedinPage(url).kind === 'profile',
    extract: (doc, url) => extractLinkedin(doc, url),
    extractInSteps: (doc, url) => extractLinkedinInSteps(doc, url),
    extractTopCard: (doc, url) => extractLinkedin(doc, url, 'top-card'),
    anchor: (doc, url) => findLinkedinHintAnchor(doc, url),
    isDark,
    // the messaging overlay and the navigation bar churn all the time; no profile field lives there
    unread: 'aside#msg-overlay, nav, #global-nav',
  },
  // search results, People tabs, connections, follows and profile sidebars
  lists: { name: 'linkedin', lists: linkedinLists, isDark },
};
