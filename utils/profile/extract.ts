import { detectGithubPage } from './github/detect';
import { extractGithub } from './github/extract';
import { detectLinkedinPage } from './linkedin/detect';
import { extractLinkedin } from './linkedin/extract';
import type { ExtractResult } from './snapshot';

/** page DOM + URL → ProfileSnapshot; runs unchanged in a content script, happy-dom and the CLI */
export function extractProfile(doc: Document, pageUrl: string): ExtractResult {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return { ok: false, reason: 'not-a-profile', detail: `not a URL: ${pageUrl.slice(0, 200)}` };
  }
  const github = detectGithubPage(url);
  if (github.kind === 'profile') return extractGithub(doc, url);
  const linkedin = detectLinkedinPage(url);
  if (linkedin.kind === 'profile' || linkedin.kind === 'details') return extractLinkedin(doc, url);
  return { ok: false, reason: 'not-a-profile', detail: `${url.hostname}${url.pathname} is not a profile page` };
}
