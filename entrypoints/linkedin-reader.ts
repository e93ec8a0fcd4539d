import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { linkedinReaderSites } from '@/utils/reader/linkedin-sites';
import { startReader } from '@/utils/reader/start';

// injected by the background when in-page navigation reaches a profile or a list (utils/reader/route.ts)
export default defineUnlistedScript(() => {
  startReader(linkedinReaderSites);
});
