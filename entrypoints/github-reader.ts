import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { githubLists } from '@/utils/lists/github/site';
import { detectGithubPage } from '@/utils/profile/github/detect';
import { extractGithub, findGithubHintAnchor } from '@/utils/profile/github/extract';
import { startReader } from '@/utils/reader/start';

// github's own theme setting, or the system's when it follows it
const isDark = (doc: Document): boolean => {
  const mode = doc.documentElement.dataset.colorMode;
  return mode === 'dark' || (mode === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
};

// injected by the background on profile and list pages when the router asks (utils/reader/route.ts)
export default defineUnlistedScript(() => {
  startReader({
    hints: {
      name: 'github',
      isProfileUrl: (url) => detectGithubPage(url).kind === 'profile',
      extract: (doc, url) => extractGithub(doc, url),
      anchor: (doc) => findGithubHintAnchor(doc),
      isDark,
    },
    // followers/following, stargazers, contributors, org People, user search
    lists: { name: 'github', lists: githubLists, isDark },
  });
});
