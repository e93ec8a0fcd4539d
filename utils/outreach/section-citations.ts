import { clip } from '@/utils/fit/format';
import type { ProfileSnapshot } from '@/utils/profile/snapshot';
import type { CitationCandidate } from './context';

// zero-width and other format characters LinkedIn leaves in titles ("Salute to Greatness"​)
const invisible = /\p{Cf}/gu;
const fold = (text: string | null | undefined) =>
  (text ?? '').replace(invisible, '').replace(/\s+/g, ' ').trim();

// "Member, Academy of …" is a membership, not something earned for their work
const notAnHonour = /^(member|fellow|associate)\b,?/i;

function featuredWhat(url: string | null): string {
  if (!url) return 'your featured piece';
  try {
    const { hostname, pathname } = new URL(url);
    if (/(^|\.)linkedin\.com$/i.test(hostname)) {
      if (/^\/(feed\/update|posts)\//i.test(pathname)) return 'your post';
      if (/^\/pulse\//i.test(pathname)) return 'your article';
    }
  } catch {
    // a malformed link says nothing about what the item is
  }
  return 'your featured piece';
}

// a card shows the opening of its text: unless it ends a sentence, the quote says it goes on
function opening(title: string): string {
  const cut = clip(title, 60);
  return /[.!?…]["”']?$/.test(cut) ? cut.replace(/\.$/, '') : `${cut}…`;
}

/** their LinkedIn "Featured" cards, by title: "your post “My two best friends and I just raised…”" */
export function featuredCandidates(profile: ProfileSnapshot): CitationCandidate[] {
  const cards = (profile.signals.featured ?? []).flatMap((item, index) => {
    const title = fold(item.title);
    // a link alone, or a one-word title, names nothing the reader would recognise
    if (title.split(' ').length < 2) return [];
    return [
      {
        id: `featured:${profile.source}:${index}`,
        label: `Featured: ${clip(title, 100)}`,
        text: `${featuredWhat(item.url)} “${opening(title)}”`,
        placeholder: 'theirWork' as const,
        specific: true,
        kind: 'featured' as const,
      },
    ];
  });
  return cards.slice(0, 3);
}

/** their "Honors & awards", as listed: "the work that earned you the Marshall Medal" */
export function honorCandidates(profile: ProfileSnapshot): CitationCandidate[] {
  const listed = (profile.signals.honors ?? []).flatMap((honor, index) => {
    const title = fold(honor.title).replace(/^["“”']+|["“”']+$/g, '');
    if (title.length < 3 || title.length > 70 || notAnHonour.test(title)) return [];
    const the = /^(the|a|an)\s/i.test(title) ? '' : 'the ';
    return [
      {
        id: `honor:${profile.source}:${index}`,
        label: `Honour: ${title}${honor.issuer ? ` (${clip(fold(honor.issuer), 60)})` : ''}`,
        text: `the work that earned you ${the}${title}`,
        placeholder: 'theirWork' as const,
        specific: true,
        kind: 'honor' as const,
      },
    ];
  });
  return listed.slice(0, 3);
}
