import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { linkedinReaderSites } from '@/utils/reader/linkedin-sites';
import { startReader } from '@/utils/reader/start';

// the content script of a LinkedIn profile opened directly, and what the background injects when
// in-page navigation reaches a profile or a list (utils/reader/content-scripts.ts, route.ts)
export default defineUnlistedScript(() => {
  startReader(linkedinReaderSites);
});
