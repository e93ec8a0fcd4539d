import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectGithubList } from '@/utils/lists/detect';
import { detectGithubPage } from '@/utils/profile/github/detect';
import { startRouter } from '@/utils/reader/route';

// the content script of every github.com page (see utils/reader/content-scripts.ts): profiles are
// often reached by in-page (Turbo) navigation. Only the URL is tested here; the reader
// (entrypoints/github-reader.ts) comes on profiles and lists
export default defineUnlistedScript(() => {
  startRouter({
    wants: (url) => detectGithubPage(url).kind === 'profile' || detectGithubList(url) !== null,
  });
});
