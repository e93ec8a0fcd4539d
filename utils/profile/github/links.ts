import { absoluteHttpUrl } from '../text';
import { limits } from './limits';

/** an anchor's target when it is an absolute http(s) URL the person wrote; relative and script links are dropped */
export function personLink(anchor: Element): string | null {
  const href = anchor.getAttribute('href')?.trim();
  if (!href || !/^https?:\/\//i.test(href)) return null;
  const url = absoluteHttpUrl(href, href);
  return url && url.length <= limits.url ? url : null;
}

/** github wraps every README image in a link to the image itself: not a link the person listed */
export function isImageWrapper(anchor: Element): boolean {
  if (anchor.querySelector('img') === null || (anchor.textContent ?? '').trim() !== '')
    return false;
  const rel = anchor.getAttribute('rel') ?? '';
  if (anchor.getAttribute('target') === '_blank' && /\bnoopener\b/.test(rel)) return true;
  const href = anchor.getAttribute('href');
  const image = anchor.querySelector('img');
  return (
    href !== null &&
    (href === image?.getAttribute('src') || href === image?.getAttribute('data-canonical-src'))
  );
}
