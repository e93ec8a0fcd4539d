import type { ProfileSnapshot } from '@/utils/profile/snapshot';

// platforms and link hubs: listed on a profile, but not a personal site with a way to write to them
const platformDomains = [
  'linkedin.com',
  'lnkd.in',
  'github.com',
  'githubusercontent.com',
  'twitter.com',
  'x.com',
  't.co',
  'facebook.com',
  'fb.com',
  'instagram.com',
  'threads.net',
  'bsky.app',
  'mastodon.social',
  'youtube.com',
  'youtu.be',
  'tiktok.com',
  'reddit.com',
  'medium.com',
  'substack.com',
  'dev.to',
  'huggingface.co',
  'kaggle.com',
  'google.com',
  'orcid.org',
  'researchgate.net',
  'arxiv.org',
  'stackoverflow.com',
  'npmjs.com',
  'pypi.org',
  'linktr.ee',
  'calendly.com',
  'adplist.org',
  'mentorcruise.com',
  'patreon.com',
  'ko-fi.com',
  'buymeacoffee.com',
  'discord.gg',
  't.me',
  'wa.me',
  'spotify.com',
  'apple.com',
  'amazon.com',
];

const emailShape = /^[^\s@<>()[\]"',;:\\]+@[^\s@<>()[\]"',;:\\]+\.[^\s@<>()[\]"',;:\\.]{2,}$/;

/** a published address we may use; GitHub's noreply commit addresses are never one */
export function usableEmail(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim().replace(/^mailto:/i, '');
  if (value.length > 254 || !emailShape.test(value)) return null;
  if (/noreply|no-reply/i.test(value.split('@')[1] ?? '')) return null;
  return value;
}

/** the first address a person published (signals.publicEmail), or null */
export function publicEmailOf(
  profiles: readonly ProfileSnapshot[],
): { email: string; source: ProfileSnapshot['source'] } | null {
  for (const profile of profiles) {
    const email = usableEmail(profile.signals.publicEmail);
    if (email) return { email, source: profile.source };
  }
  return null;
}

function isPlatform(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return platformDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** the first personal website a person lists (not a social network or platform), or null */
export function personalWebsiteOf(profiles: readonly ProfileSnapshot[]): string | null {
  for (const profile of profiles) {
    for (const link of profile.links) {
      try {
        const url = new URL(link);
        if ((url.protocol === 'https:' || url.protocol === 'http:') && !isPlatform(url.hostname)) {
          return url.href;
        }
      } catch {
        // a malformed link is skipped: it is not a way to reach anyone
      }
    }
  }
  return null;
}

/** "janedoe.dev" from "https://www.janedoe.dev/about": how a site is named in text */
export function siteName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
