import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectLinkedinList } from '@/utils/lists/detect';
import { detectLinkedinPage } from '@/utils/profile/linkedin/detect';
import { startRouter } from '@/utils/reader/route';

// the content script of every linkedin.com page but a profile's (see utils/reader/content-scripts.ts):
// profiles are mostly reached by in-page navigation from the feed or search. Only the URL is tested
// here; the reader (entrypoints/linkedin-reader.ts) comes on profiles and lists
export default defineUnlistedScript(() => {
  startRouter({
    wants: (url) => detectLinkedinPage(url).kind === 'profile' || detectLinkedinList(url) !== null,
  });
});
