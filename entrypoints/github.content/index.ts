import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '@/utils/badges/controller';
import { runProfileHints } from '@/utils/hint/controller';
import { detectGithubPage } from '@/utils/profile/github/detect';
import { extractGithub, findGithubHintAnchor } from '@/utils/profile/github/extract';

// every github.com page: profiles are often reached by in-page (Turbo) navigation
export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_end',
  main(ctx) {
    runProfileHints(ctx, {
      name: 'github',
      isProfileUrl: (url) => detectGithubPage(url).kind === 'profile',
      extract: (doc, url) => extractGithub(doc, url),
      anchor: (doc) => findGithubHintAnchor(doc),
      isDark: (doc) => {
        const mode = doc.documentElement.dataset.colorMode;
        if (mode === 'dark') return true;
        return mode === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches;
      },
    });
    // followers/following, stargazers, contributors, org People, user search
    runListBadges(ctx, {
      name: 'github',
      isDark: (doc) => {
        const mode = doc.documentElement.dataset.colorMode;
        return (
          mode === 'dark' || (mode === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches)
        );
      },
    });
  },
});
