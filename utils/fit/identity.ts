import { detectGithubPage } from '../profile/github/detect';
import { type ProfileSnapshot, profileKey } from '../profile/snapshot';
import { hostOf, onDomain } from './links';
import { normalise } from './terms';

// urls written in About or bio text, with or without a scheme
const urlInText =
  /(?<![\w.-])(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?(?:linkedin\.com\/in\/[^\s"'<>)\]]+|github\.com\/[^\s"'<>)\]]+)/gi;

/** "linkedin:<handle>" for a LinkedIn member URL, "github:<login>" for a GitHub account URL */
export function profileKeyOfUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split('/').filter(Boolean);
  if (onDomain(host, 'linkedin.com') && segments[0] === 'in' && segments[1]) {
    let handle: string;
    try {
      handle = decodeURIComponent(segments[1]);
    } catch {
      return null;
    }
    handle = handle.trim().toLowerCase();
    return handle && handle.length <= 200 && !/[\s/?#]/.test(handle) ? `linkedin:${handle}` : null;
  }
  if (host === 'github.com' || host === 'www.github.com') {
    // the one GitHub page detector decides what is a profile (not a repo, an org page or GitHub's own)
    const page = detectGithubPage(new URL(`https://github.com${url.pathname}`));
    return page.kind === 'profile' ? `github:${page.handle.toLowerCase()}` : null;
  }
  return null;
}

/** profile keys on the other site that this profile claims as the same person */
export function linkedProfileKeys(snapshot: ProfileSnapshot): string[] {
  const own = profileKey(snapshot);
  const other = snapshot.source === 'github' ? 'linkedin:' : 'github:';
  const candidates = [...snapshot.links];
  for (const text of [snapshot.about, snapshot.headline]) {
    if (text)
      for (const match of text.slice(0, 20_000).matchAll(urlInText)) candidates.push(match[0]);
  }
  const keys = new Set<string>();
  for (const candidate of candidates.slice(0, 300)) {
    const key = profileKeyOfUrl(candidate.replace(/[.,;:!?]+$/, ''));
    if (key && key !== own && key.startsWith(other)) keys.add(key);
  }
  return [...keys];
}

export type SamePerson = { confidence: 'linked' | 'suggested' | 'none'; reason: string };

/** "Dr. Ana María López, PhD (she/her)" → "ana maria lopez" */
export function normaliseName(name: string | null): string {
  if (!name) return '';
  return normalise(
    name
      .replace(/\([^)]*\)/g, ' ')
      .replace(/,.*$/, '')
      .replace(/\b(dr|prof|mr|mrs|ms|mx)\.?\s+/gi, ' '),
  )
    .replace(/[^\p{L}\s'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const companySuffix =
  /\b(inc|ltd|llc|gmbh|ab|corp|corporation|co|plc|sa|ag|bv|oy|as|limited)\b\.?/g;

/** "@Acme-Labs", "Acme Labs, Inc." → "acme labs" */
export function normaliseCompany(company: string | null): string {
  if (!company) return '';
  return normalise(company.replace(/^@/, ''))
    .replace(/[-_]/g, ' ')
    .replace(companySuffix, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// shared hosts: the same domain here says nothing about being the same person
const sharedHosts = [
  'linkedin.com',
  'github.com',
  'twitter.com',
  'x.com',
  'facebook.com',
  'instagram.com',
  'youtube.com',
  'medium.com',
  'substack.com',
  'google.com',
  'gmail.com',
  'bit.ly',
  'linktr.ee',
  'calendly.com',
  'adplist.org',
  'mentorcruise.com',
  'topmate.io',
  'notion.site',
  'gitlab.com',
  'huggingface.co',
];

function websites(snapshot: ProfileSnapshot): Set<string> {
  const hosts = new Set<string>();
  for (const url of snapshot.links) {
    const host = hostOf(url);
    if (host && !sharedHosts.some((shared) => host === shared || host === `m.${shared}`))
      hosts.add(host);
  }
  return hosts;
}

function companies(snapshot: ProfileSnapshot): Set<string> {
  const names = [
    snapshot.company,
    ...snapshot.experience.filter((e) => e.end === null).map((e) => e.company),
  ];
  return new Set(names.map(normaliseCompany).filter(Boolean));
}

function sameName(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  // "ana m lopez" and "ana lopez": the same first and last names
  const ta = a.split(' ');
  const tb = b.split(' ');
  return ta.length >= 2 && tb.length >= 2 && ta[0] === tb[0] && ta.at(-1) === tb.at(-1);
}

/** do both profiles name each other? a one-sided claim ("my LinkedIn is X") proves nothing: anyone can write it */
export function linkEachOther(a: ProfileSnapshot, b: ProfileSnapshot): boolean {
  return (
    linkedProfileKeys(a).includes(profileKey(b)) && linkedProfileKeys(b).includes(profileKey(a))
  );
}

/** are two profiles the same person? linked only when each links the other; suggested needs the user's yes */
export function suggestSamePerson(a: ProfileSnapshot, b: ProfileSnapshot): SamePerson {
  const keyA = profileKey(a);
  const keyB = profileKey(b);
  if (keyA === keyB) return { confidence: 'linked', reason: 'the same profile' };
  const aLinksB = linkedProfileKeys(a).includes(keyB);
  const bLinksA = linkedProfileKeys(b).includes(keyA);
  if (aLinksB && bLinksA) {
    return { confidence: 'linked', reason: `${keyA} and ${keyB} link to each other` };
  }
  if (aLinksB || bLinksA) {
    const [from, to] = aLinksB ? [keyA, keyB] : [keyB, keyA];
    return {
      confidence: 'suggested',
      reason: `${from} links to ${to}, but not the other way round: confirm it is the same person`,
    };
  }
  const nameA = normaliseName(a.name);
  const nameB = normaliseName(b.name);
  if (!sameName(nameA, nameB)) {
    return { confidence: 'none', reason: nameA && nameB ? 'different names' : 'a name is missing' };
  }
  const companyB = companies(b);
  const company = [...companies(a)].find((name) => companyB.has(name));
  if (company) {
    return {
      confidence: 'suggested',
      reason: `same name and same company (${company}): confirm it is the same person`,
    };
  }
  const sitesB = websites(b);
  const site = [...websites(a)].find((host) => sitesB.has(host));
  if (site) {
    return {
      confidence: 'suggested',
      reason: `same name and same website (${site}): confirm it is the same person`,
    };
  }
  return { confidence: 'none', reason: 'same name only: not enough, unrelated people share names' };
}
