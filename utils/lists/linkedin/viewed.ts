import { squash } from '../text';
import { memberIdIn } from './links';

const sidebarHeading =
  /^(?:more profiles for you|explore premium profiles|people also viewed|people you may know|similar profiles)/i;

function inSidebar(el: Element): boolean {
  if (el.closest('aside')) return true;
  for (let box = el.closest('section'); box; box = box.parentElement?.closest('section') ?? null) {
    const heading = box.querySelector('h2, h3');
    if (heading && sidebarHeading.test(squash(heading.textContent ?? ''))) return true;
  }
  return false;
}

/**
 * the member id (ACoAA…) of the person whose profile this is: from links under their own
 * /in/<handle>/ path, else the page's first "Message" link outside the people sidebars
 */
export function viewedMemberId(doc: Document, handle: string): string | null {
  const own = `/in/${encodeURIComponent(handle)}/`.toLowerCase();
  for (const link of doc.querySelectorAll('a[href*="fsd_profile"]')) {
    const href = link.getAttribute('href') ?? '';
    if (href.toLowerCase().includes(own)) {
      const id = memberIdIn(href);
      if (id) return id;
    }
  }
  for (const link of doc.querySelectorAll('a[href*="/messaging/compose/"]')) {
    if (inSidebar(link)) continue;
    const id = memberIdIn(link.getAttribute('href') ?? '');
    if (id) return id;
  }
  return null;
}
