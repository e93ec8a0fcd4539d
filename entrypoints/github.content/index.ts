import { defineContentScript } from 'wxt/utils/define-content-script';
import { runProfileHints, silenceScriptStarted } from '@/utils/hint/controller';
import { detectGithubPage } from '@/utils/profile/github/detect';
import { extractGithub, findGithubHintAnchor } from '@/utils/profile/github/extract';

// before WXT's context starts: its start-up announcement would tell the page who we are (see controller)
const speak = silenceScriptStarted();

// every github.com page: profiles are often reached by in-page (Turbo) navigation
export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_end',
  main() {
    speak();
    // our own one-copy-per-page guard, which page script can't reach (WXT's can be replayed)
    runProfileHints({
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
  },
});
