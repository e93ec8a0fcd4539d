/** the host of a URL without "www.", lower-case; null when unreadable */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** true when host is domain or one of its subdomains */
export const onDomain = (host: string, domain: string): boolean =>
  host === domain || host.endsWith(`.${domain}`);

export type MentoringPlatform = { domain: string; name: string; paid: boolean };

// paid: sessions there are usually charged for; scheduling links are only a booking tool
export const mentoringPlatforms: readonly MentoringPlatform[] = [
  { domain: 'adplist.org', name: 'ADPList', paid: false },
  { domain: 'mentorcruise.com', name: 'MentorCruise', paid: true },
  { domain: 'topmate.io', name: 'Topmate', paid: true },
  { domain: 'intro.co', name: 'Intro', paid: true },
  { domain: 'codementor.io', name: 'Codementor', paid: true },
  { domain: 'growthmentor.com', name: 'GrowthMentor', paid: true },
  { domain: 'clarity.fm', name: 'Clarity', paid: true },
  { domain: 'superpeer.com', name: 'Superpeer', paid: true },
  { domain: 'calendly.com', name: 'Calendly', paid: false },
  { domain: 'cal.com', name: 'Cal.com', paid: false },
];

const writingDomains = [
  'medium.com',
  'substack.com',
  'dev.to',
  'hashnode.dev',
  'hashnode.com',
  'wordpress.com',
  'blogspot.com',
  'ghost.io',
  'beehiiv.com',
];
const talkDomains = ['youtube.com', 'youtu.be', 'speakerdeck.com', 'slideshare.net', 'vimeo.com'];
// profiles on these say who someone is, not what they write
const socialDomains = [
  'linkedin.com',
  'github.com',
  'twitter.com',
  'x.com',
  'facebook.com',
  'instagram.com',
  'threads.net',
  'bsky.app',
  'mastodon.social',
  'tiktok.com',
  'gitlab.com',
  'stackoverflow.com',
  'kaggle.com',
  'huggingface.co',
  'orcid.org',
  'scholar.google.com',
];

export type LinkKind = 'mentoring' | 'writing' | 'talks' | 'social' | 'website';

export function linkKind(url: string): LinkKind | null {
  const host = hostOf(url);
  if (!host) return null;
  if (mentoringPlatforms.some((p) => onDomain(host, p.domain))) return 'mentoring';
  if (writingDomains.some((d) => onDomain(host, d)) || /(^|\.)blog\.|\/blog(\/|$)/i.test(url)) {
    return 'writing';
  }
  if (talkDomains.some((d) => onDomain(host, d))) return 'talks';
  if (socialDomains.some((d) => onDomain(host, d))) return 'social';
  return 'website';
}

export function platformOf(url: string): MentoringPlatform | null {
  const host = hostOf(url);
  return host ? (mentoringPlatforms.find((p) => onDomain(host, p.domain)) ?? null) : null;
}

/** one link read once: host, kind and mentoring platform */
export type LinkInfo = {
  url: string;
  host: string;
  kind: LinkKind;
  platform: MentoringPlatform | null;
  /** listed on the GitHub profile (a public contact there) */
  github: boolean;
};

export function linkInfo(url: string, github: boolean): LinkInfo | null {
  const host = hostOf(url);
  const kind = host ? linkKind(url) : null;
  if (!host || !kind) return null;
  return { url, host, kind, platform: platformOf(url), github };
}
