import { fold } from '../text';
import { visibleText } from './dom-text';
import { selectors } from './selectors';

const notFoundText =
  /profile not found|page not found|this page doesn[’']t exist|page doesn[’']t exist|could not be found|isn[’']t available|profile is not available/i;
const signInTitle =
  /^(?:sign up|sign in|log in|linkedin login|join linkedin)|(?:sign up|log in|sign in)\s*\|\s*linkedin$|log in or sign up/i;

function firstTitle(doc: Document): string {
  return fold(doc.querySelector('title')?.textContent) ?? '';
}

/**
 * why a LinkedIn page holds no profile to read, or null when it may hold one.
 * `hasProfile` says whether a top card or structured data was found: sign-in prompts also appear,
 * as modals, on guest pages that do show a profile.
 */
export function unavailableReason(doc: Document, url: URL, hasProfile: boolean): string | null {
  const title = firstTitle(doc);
  for (const selector of selectors.notFound) {
    const element = doc.querySelector(selector);
    if (element) return `profile not found: ${visibleText(element)?.slice(0, 200) ?? 'no text'}`;
  }
  if (notFoundText.test(title)) return `profile not found: ${title.slice(0, 200)}`;
  const h1 = fold(doc.querySelector('main h1, h1')?.textContent);
  if (!hasProfile && h1 && notFoundText.test(h1)) return `profile not found: ${h1.slice(0, 200)}`;
  if (/^\/(?:authwall|checkpoint|uas\/login|login)/.test(url.pathname))
    return 'sign-in wall (authwall)';
  if (hasProfile) return null;
  const body = doc.body;
  const bodyText = visibleText(body) ?? '';
  const refresh = [...doc.querySelectorAll('meta[http-equiv]')].some(
    (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'refresh',
  );
  if (refresh && bodyText.length === 0)
    return 'sign-in wall (authwall): an empty page that redirects to linkedin.com';
  if (signInTitle.test(title)) return `sign-in wall (authwall): ${title.slice(0, 200)}`;
  if (selectors.loginForm.some((selector) => doc.querySelector(selector))) {
    return 'sign-in wall (authwall): a sign-in form instead of a profile';
  }
  if (bodyText.length === 0) return 'blocked or empty page: no text to read';
  if (
    /request denied|too many requests|unusual activity|security verification/i.test(
      `${title} ${bodyText.slice(0, 2_000)}`,
    )
  ) {
    return `blocked page: ${title.slice(0, 200) || bodyText.slice(0, 200)}`;
  }
  return null;
}
