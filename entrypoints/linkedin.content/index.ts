import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '@/utils/badges/controller';
import { runProfileHints } from '@/utils/hint/controller';
import { detectLinkedinPage } from '@/utils/profile/linkedin/detect';
import { extractLinkedin, findLinkedinHintAnchor } from '@/utils/profile/linkedin/extract';

// every linkedin.com page: profiles are mostly reached by in-page navigation from the feed or search
export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*', 'https://*.linkedin.com/in/*'],
  runAt: 'document_end',
  main(ctx) {
    runProfileHints(ctx, {
      name: 'linkedin',
      isProfileUrl: (url) => detectLinkedinPage(url).kind === 'profile',
      extract: (doc, url) => extractLinkedin(doc, url),
      anchor: (doc, url) => findLinkedinHintAnchor(doc, url),
      isDark: (doc) =>
        doc.documentElement.classList.contains('theme--dark') ||
        (!doc.documentElement.classList.contains('theme--light') &&
          matchMedia('(prefers-color-scheme: dark)').matches),
    });
    // search results, People tabs, connections, follows and profile sidebars
    runListBadges(ctx, {
      name: 'linkedin',
      isDark: (doc) =>
        doc.documentElement.classList.contains('theme--dark') ||
        (!doc.documentElement.classList.contains('theme--light') &&
          matchMedia('(prefers-color-scheme: dark)').matches),
    });
  },
});
