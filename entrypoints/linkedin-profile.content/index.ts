import { defineContentScript } from 'wxt/utils/define-content-script';
import { silenceScriptStarted } from '@/utils/hint/silence';
import { linkedinProfileMatches } from '@/utils/reader/linkedin-matches';
import { linkedinReaderSites } from '@/utils/reader/linkedin-sites';
import { startReader } from '@/utils/reader/start';

// before WXT's context starts: its start-up announcement would tell the page who we are (see silence.ts)
const speak = silenceScriptStarted();

// a profile opened directly (a link, a new tab, a reload): the reader comes with the page, so the
// hint waits for no round trip to the background. Other pages get the router (linkedin.content)
export default defineContentScript({
  matches: linkedinProfileMatches,
  runAt: 'document_start',
  main() {
    speak();
    startReader(linkedinReaderSites);
  },
});
