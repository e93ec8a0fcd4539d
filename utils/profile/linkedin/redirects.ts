import { absoluteHttpUrl } from '../text';
import { isLinkedinHost } from './detect';

// LinkedIn wraps outbound links: /redir/redirect?url=... (guest pages) and /safety/go/?url=... (signed-in)
const wrapperPaths = [/^\/redir\/redirect\/?$/, /^\/safety\/go\/?$/];
const maxDepth = 3;

/** the absolute http(s) target of a link, LinkedIn's redirect wrappers unwrapped; null for anything else */
export function unwrapLinkedinUrl(href: string | null | undefined, base: string): string | null {
  let current = absoluteHttpUrl(href, base);
  for (let depth = 0; current && depth < maxDepth; depth++) {
    const url = new URL(current);
    if (!isLinkedinHost(url.hostname) || !wrapperPaths.some((path) => path.test(url.pathname))) {
      return url.href.length <= 2_048 ? url.href : null;
    }
    const target = url.searchParams.get('url');
    // the wrapped target must itself be absolute: a relative one would point back into linkedin.com
    current =
      target && /^https?:\/\//i.test(target.trim()) ? absoluteHttpUrl(target, url.href) : null;
  }
  return null;
}

/** a link the person lists, not one of LinkedIn's own pages */
export function isExternalLink(href: string): boolean {
  try {
    const host = new URL(href).hostname.toLowerCase();
    return !isLinkedinHost(host) && host !== 'lnkd.in' && !host.endsWith('.licdn.com');
  } catch {
    return false;
  }
}

// URLs written out in About or a description: absolute http(s) only, trailing punctuation dropped
const urlInText = /\bhttps?:\/\/[^\s<>"'`{}|\\^\u200b-\u200f\u202a-\u202e]{1,2000}/gi;

export function urlsInText(text: string | null | undefined, base: string): string[] {
  if (!text) return [];
  const found: string[] = [];
  for (const match of text.matchAll(urlInText)) {
    const trimmed = match[0].replace(/[.,;:!?)\]]+$/, '');
    const url = unwrapLinkedinUrl(trimmed, base);
    if (url) found.push(url);
    if (found.length >= 50) break;
  }
  return found;
}
