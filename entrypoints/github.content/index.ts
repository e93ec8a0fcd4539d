import { defineContentScript } from 'wxt/utils/define-content-script';
import { silenceScriptStarted } from '@/utils/hint/silence';
import { detectGithubList } from '@/utils/lists/detect';
import { detectGithubPage } from '@/utils/profile/github/detect';
import { startRouter } from '@/utils/reader/route';

// before WXT's context starts: its start-up announcement would tell the page who we are (see silence.ts)
const speak = silenceScriptStarted();

// every github.com page: profiles are often reached by in-page (Turbo) navigation.
// Only the URL is tested here; the reader (entrypoints/github-reader.ts) comes on profiles and lists
export default defineContentScript({
  matches: ['https://github.com/*'],
  // from the start, so the reader's round trip overlaps the page's parsing
  runAt: 'document_start',
  main() {
    speak();
    startRouter({
      wants: (url) => detectGithubPage(url).kind === 'profile' || detectGithubList(url) !== null,
    });
  },
});
