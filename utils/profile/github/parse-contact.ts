import { first, union, visibleText } from './dom';
import { limits } from './limits';
import { personLink } from './links';
import * as selectors from './selectors';

// a plain address: something@host.tld, nothing that could smuggle markup
const emailPattern = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/;

/** website and social accounts listed on the card, absolute http(s) only */
export function readCardLinks(root: ParentNode): string[] {
  const links: string[] = [];
  for (const anchor of union(root, selectors.vcardLinks)) {
    const link = personLink(anchor);
    if (link) links.push(link);
  }
  return links;
}

/** the address the person published on their card (never one guessed from commits) */
export function readPublicEmail(root: ParentNode): string | null {
  const tagged = first(root, selectors.email);
  if (tagged) return addressOf(tagged);
  // by meaning when the classes change: a mail link in the card that shows its own address
  for (const link of root.querySelectorAll('a[href^="mailto:"]')) {
    if (link.closest('article, [data-bio-text]')) continue;
    const address = addressOf(link);
    if (address && address === visibleText(link, limits.email)) return address;
  }
  return null;
}

function addressOf(link: Element): string | null {
  const href = link.getAttribute('href');
  if (!href) return null;
  let address: string;
  try {
    address = decodeURIComponent(href.replace(/^mailto:/i, '').split('?')[0] ?? '').trim();
  } catch {
    return null;
  }
  return address.length <= limits.email && emailPattern.test(address) ? address : null;
}

/** true when the card says "Available for hire"; null when it says nothing */
export function readHireable(root: ParentNode): boolean | null {
  for (const label of union(root, selectors.hireableLabels)) {
    if (/available for hire/i.test(visibleText(label, 200) ?? '')) return true;
  }
  return null;
}
