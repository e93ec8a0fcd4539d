import { defineContentScript } from 'wxt/utils/define-content-script';
import { runListBadges } from '@/utils/badges/controller';
import { startOnListPages } from '@/utils/badges/start';
import { runProfileHints, silenceScriptStarted } from '@/utils/hint/controller';
import { githubLists } from '@/utils/lists/github/site';
import { detectGithubPage } from '@/utils/profile/github/detect';
import { extractGithub, findGithubHintAnchor } from '@/utils/profile/github/extract';

// before WXT's context starts: its start-up announcement would tell the page who we are (see controller)
const speak = silenceScriptStarted();

// github's own theme setting, or the system's when it follows it
const isDark = (doc: Document): boolean => {
  const mode = doc.documentElement.dataset.colorMode;
  return mode === 'dark' || (mode === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
};

// every github.com page: profiles are often reached by in-page (Turbo) navigation
export default defineContentScript({
  matches: ['https://github.com/*'],
  // from the start, so the page is read the moment parsing ends (nothing is watched before: see the controller)
  runAt: 'document_start',
  main() {
    speak();
    // our own one-copy-per-page guard, which page script can't reach (WXT's can be replayed)
    runProfileHints({
      name: 'github',
      isProfileUrl: (url) => detectGithubPage(url).kind === 'profile',
      extract: (doc, url) => extractGithub(doc, url),
      anchor: (doc) => findGithubHintAnchor(doc),
      isDark,
    });
    // followers/following, stargazers, contributors, org People, user search
    // started only once a list page shows (in-page navigation too): other pages register nothing
    startOnListPages(githubLists.detect, () =>
      runListBadges({ name: 'github', lists: githubLists, isDark }),
    );
  },
});
