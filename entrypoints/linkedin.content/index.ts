import { defineContentScript } from 'wxt/utils/define-content-script';
import { silenceScriptStarted } from '@/utils/hint/silence';
import { detectLinkedinList } from '@/utils/lists/detect';
import { detectLinkedinPage } from '@/utils/profile/linkedin/detect';
import { linkedinProfileMatches } from '@/utils/reader/linkedin-matches';
import { startRouter } from '@/utils/reader/route';

// before WXT's context starts: its start-up announcement would tell the page who we are (see silence.ts)
const speak = silenceScriptStarted();

// every other linkedin.com page: profiles are mostly reached by in-page navigation from the feed or
// search. Only the URL is tested here; the reader (entrypoints/linkedin-reader.ts) comes on profiles
// and lists. A profile opened directly has it already (linkedin-profile.content)
export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  excludeMatches: linkedinProfileMatches,
  // from the start, so the reader's round trip overlaps the page's parsing
  runAt: 'document_start',
  main() {
    speak();
    startRouter({
      wants: (url) =>
        detectLinkedinPage(url).kind === 'profile' || detectLinkedinList(url) !== null,
    });
  },
});
