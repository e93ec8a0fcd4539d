import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { linkedinLists } from '@/utils/lists/linkedin/site';
import { detectLinkedinPage } from '@/utils/profile/linkedin/detect';
import { extractLinkedin, findLinkedinHintAnchor } from '@/utils/profile/linkedin/extract';
import { startReader } from '@/utils/reader/start';

// linkedin's own theme class, or the system's when neither is set
const isDark = (doc: Document): boolean =>
  doc.documentElement.classList.contains('theme--dark') ||
  (!doc.documentElement.classList.contains('theme--light') &&
    matchMedia('(prefers-color-scheme: dark)').matches);

// injected by the background on profile and list pages when the router asks (utils/reader/route.ts)
export default defineUnlistedScript(() => {
  startReader({
    hints: {
      name: 'linkedin',
      isProfileUrl: (url) => detectLinkedinPage(url).kind === 'profile',
      extract: (doc, url) => extractLinkedin(doc, url),
      extractTopCard: (doc, url) => extractLinkedin(doc, url, 'top-card'),
      anchor: (doc, url) => findLinkedinHintAnchor(doc, url),
      isDark,
      // the messaging overlay and the navigation bar churn all the time; no profile field lives there
      unread: 'aside#msg-overlay, nav, #global-nav',
    },
    // search results, People tabs, connections, follows and profile sidebars
    lists: { name: 'linkedin', lists: linkedinLists, isDark },
  });
});
