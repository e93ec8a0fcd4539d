// LinkedIn links to a person: /in/<public-handle>/ or /in/ACoAA… (a member id instead of the handle)

const handlePattern = /^[\p{L}\p{M}\p{N}_-]{1,100}$/u;
// most handles and every member id: plain ASCII, nothing to decode or normalise, and no Unicode
// property class to compile on a cold page (that alone costs a millisecond or more)
const asciiId = /^[A-Za-z0-9_-]{1,100}$/;
const memberIdPattern = /^ACo[A-Za-z0-9_-]{10,80}$/;
const linkedinHost = /^(?:(?:www|[a-z]{2})\.)?linkedin\.com$/;

export type LinkedinTarget = { handle: string | null; memberId: string | null; url: string };

/** whom a link points at, or null when it is not a link to a member's profile */
export function linkedinTarget(href: string, base: string): LinkedinTarget | null {
  // the common shapes without building a URL: lists have hundreds of links
  const quick = quickPath.exec(href);
  if (quick) return targetOf(quick[1] ?? '');
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (!linkedinHost.test(url.hostname.toLowerCase())) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  // /in/<id> only: /in/<id>/overlay/... and /in/<id>/details/... are parts of a profile, not a person
  // /in/<id>/<xx> is the same profile in another language (public pages)
  const language = segments.length === 3 && /^[a-z]{2}$/.test(segments[2] ?? '');
  if (segments[0] !== 'in' || !segments[1] || (segments.length > 2 && !language)) return null;
  return targetOf(segments[1]);
}

const quickPath =
  /^(?:https:\/\/(?:www\.|[a-z]{2}\.)?linkedin\.com)?\/in\/([^/?#]+)\/?(?:[a-z]{2}\/?)?(?:[?#]|$)/;

function targetOf(raw: string): LinkedinTarget | null {
  let id = raw;
  const plain = asciiId.test(raw);
  if (!plain) {
    try {
      id = decodeURIComponent(raw).normalize('NFC');
    } catch {
      return null;
    }
  }
  if (id.startsWith('ACo') && memberIdPattern.test(id)) {
    return { handle: null, memberId: id, url: `https://www.linkedin.com/in/${id}/` };
  }
  if (!plain && !handlePattern.test(id)) return null;
  return {
    handle: id,
    memberId: null,
    url: `https://www.linkedin.com/in/${encodeURIComponent(id)}/`,
  };
}

/** a member id the card shows elsewhere: a message link (`recipient=ACoAA…`) or a profile URN */
export function memberIdIn(value: string): string | null {
  const match =
    /(?:recipient=|fsd_profile(?::|%3A)|profileUrn=urn(?::|%3A)li(?::|%3A)fsd_profile(?::|%3A))(ACo[A-Za-z0-9_-]{10,80})/.exec(
      value,
    );
  return match?.[1] ?? null;
}
