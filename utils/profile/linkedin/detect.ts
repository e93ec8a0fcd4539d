/**
 * which LinkedIn page a URL is. The URL alone decides the page kind and whose profile it is.
 * - `/in/<handle>` (any trailing slash, query or hash) → profile
 * - `/in/<handle>/details/<section>/` → details, section lower-cased ("experience", "skills", ...)
 * - `/in/<handle>/recent-activity/...` → details with section "recent-activity" (a list of the person's posts)
 * - `/in/<handle>/overlay/...` → other: a modal over the profile, the profile under it was already read
 * - `/search/results/people/...` → search
 */
export type LinkedinPage =
  | { kind: 'profile'; handle: string }
  | { kind: 'details'; handle: string; section: string }
  | { kind: 'search' }
  | { kind: 'other' };

// linkedin.com, www.linkedin.com and two-letter regional hosts (se., sg., uk., ...)
const hostPattern = /^(?:(?:www|[a-z]{2})\.)?linkedin\.com$/;
// letters and digits of any script, marks, hyphens and underscores; no dots, slashes or spaces
const handlePattern = /^[\p{L}\p{M}\p{N}_-]{1,100}$/u;
const sectionPattern = /^[a-z][a-z-]{0,40}$/;
const maxPathLength = 2_000;

/** true for linkedin.com and its regional hosts; never for lookalikes such as evil-linkedin.com */
export function isLinkedinHost(hostname: string): boolean {
  return hostPattern.test(hostname.toLowerCase());
}

/** a percent-decoded profile handle, or null when it is not one */
export function decodeHandle(raw: string | undefined): string | null {
  if (!raw) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return handlePattern.test(decoded) ? decoded.normalize('NFC') : null;
}

export function detectLinkedinPage(url: URL): LinkedinPage {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'other' };
  if (!isLinkedinHost(url.hostname)) return { kind: 'other' };
  if (url.pathname.length > maxPathLength) return { kind: 'other' };
  // an encoded slash inside a segment would be a different path once decoded
  if (/%2f|%5c/i.test(url.pathname)) return { kind: 'other' };
  const segments = url.pathname.split('/').filter((segment) => segment.length > 0);
  const [first, second, third, fourth] = segments;
  if (first === 'search' && second === 'results' && third === 'people' && segments.length <= 4) {
    return { kind: 'search' };
  }
  if (first !== 'in') return { kind: 'other' };
  const handle = decodeHandle(second);
  if (!handle) return { kind: 'other' };
  if (segments.length === 2) return { kind: 'profile', handle };
  if (
    third === 'details' &&
    fourth &&
    sectionPattern.test(fourth.toLowerCase()) &&
    segments.length === 4
  ) {
    return { kind: 'details', handle, section: fourth.toLowerCase() };
  }
  if (third === 'recent-activity' && segments.length <= 4) {
    return { kind: 'details', handle, section: 'recent-activity' };
  }
  return { kind: 'other' };
}

/** example URLs per kind: the detector test runs every detector against every other detector's examples */
export const linkedinPageExamples: Record<LinkedinPage['kind'], string[]> = {
  profile: [
    'https://www.linkedin.com/in/priya-raman-ml/',
    'https://www.linkedin.com/in/priya-raman-ml',
    'https://linkedin.com/in/tomas-lindqvist-data?trk=people-guest_people_search-card',
    'https://se.linkedin.com/in/tomas-lindqvist-data',
    'https://sg.linkedin.com/in/wei-ling-tan-42/#experience',
    'https://uk.linkedin.com/in/J%C3%BCrgen-M%C3%BCller-7a',
    'https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-ml/',
    'https://www.linkedin.com/in/ada_okafor1/?originalSubdomain=ng',
  ],
  details: [
    'https://www.linkedin.com/in/priya-raman-ml/details/experience/',
    'https://www.linkedin.com/in/priya-raman-ml/details/education',
    'https://www.linkedin.com/in/tomas-lindqvist-data/details/skills/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAAB',
    'https://www.linkedin.com/in/tomas-lindqvist-data/details/certifications/',
    'https://www.linkedin.com/in/tomas-lindqvist-data/details/projects/',
    'https://www.linkedin.com/in/tomas-lindqvist-data/details/recommendations/?detailScreenTabIndex=0',
    'https://www.linkedin.com/in/priya-raman-ml/recent-activity/all/',
  ],
  search: [
    'https://www.linkedin.com/search/results/people/?keywords=machine%20learning%20mentor',
    'https://www.linkedin.com/search/results/people/',
    'https://www.linkedin.com/search/results/people?network=%5B%22S%22%5D',
  ],
  other: [
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/priya-raman-ml/overlay/contact-info/',
    'https://www.linkedin.com/company/northwind-ai/',
    'https://www.linkedin.com/jobs/view/3900000000/',
    'https://www.linkedin.com/search/results/all/?keywords=mentoring',
    'https://www.linkedin.com/authwall?trk=gf&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Fpriya-raman-ml',
    'https://evil-linkedin.com/in/priya-raman-ml/',
    'https://linkedin.com.evil.io/in/priya-raman-ml/',
    'https://www.linkedin.co/in/priya-raman-ml/',
  ],
};
