import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '@/utils/badges/controller';
import { startOnListPages } from '@/utils/badges/start';
import { runProfileHints, silenceScriptStarted } from '@/utils/hint/controller';
import { linkedinLists } from '@/utils/lists/linkedin/site';
import { detectLinkedinPage } from '@/utils/profile/linkedin/detect';
import { extractLinkedin, findLinkedinHintAnchor } from '@/utils/profile/linkedin/extract';

// before WXT's context starts: its start-up announcement would tell the page who we are (see controller)
const speak = silenceScriptStarted();

// linkedin's own theme class, or the system's when neither is set
const isDark = (doc: Document): boolean =>
  doc.documentElement.classList.contains('theme--dark') ||
  (!doc.documentElement.classList.contains('theme--light') &&
    matchMedia('(prefers-color-scheme: dark)').matches);

// every linkedin.com page: profiles are mostly reached by in-page navigation from the feed or search
export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*', 'https://*.linkedin.com/in/*'],
  // from the start, so the page is read the moment parsing ends (nothing is watched before: see the controller)
  runAt: 'document_start',
  main() {
    speak();
    // our own one-copy-per-page guard, which page script can't reach (WXT's can be replayed)
    runProfileHints({
      name: 'linkedin',
      isProfileUrl: (url) => detectLinkedinPage(url).kind === 'profile',
      extract: (doc, url) => extractLinkedin(doc, url),
      extractTopCard: (doc, url) => extractLinkedin(doc, url, 'top-card'),
      anchor: (doc, url) => findLinkedinHintAnchor(doc, url),
      isDark,
      // the messaging overlay and the navigation bar churn all the time; no profile field lives there
      unread: 'aside#msg-overlay, nav, #global-nav',
    });
    // search results, People tabs, connections, follows and profile sidebars
    // started only once a list page shows (in-page navigation too): other pages register nothing
    startOnListPages(linkedinLists.detect, () =>
      runListBadges({ name: 'linkedin', lists: linkedinLists, isDark }),
    );
  },
});
