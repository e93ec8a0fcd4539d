import type { Status } from '../shortlist/schema/status';

// the moves people make most, offered on the page (the rest are on the person page)
export const hintMoves: ReadonlyArray<{ to: Status; label: string }> = [
  { to: 'contacted', label: 'Contacted' },
  { to: 'replied', label: 'Replied' },
  { to: 'meeting-scheduled', label: 'Meeting' },
  { to: 'not-a-fit', label: 'Not a fit' },
];

// which of them the pipeline allows from each status: utils/shortlist/status.ts carries zod, which the
// content script must not, so the table is repeated here and a test keeps it equal to canMove
const allowedFrom: Record<Status, readonly Status[]> = {
  saved: ['contacted', 'not-a-fit'],
  contacted: ['replied'],
  replied: ['meeting-scheduled', 'not-a-fit'],
  'meeting-scheduled': ['replied', 'not-a-fit'],
  mentoring: ['meeting-scheduled'],
  ended: [],
  declined: [],
  'no-response': ['contacted', 'replied'],
  'not-a-fit': [],
  paused: ['contacted', 'replied', 'meeting-scheduled'],
};

/** the quick moves allowed from this status; null (not shortlisted yet) moves as "saved" would */
export function hintMovesFrom(status: Status | null): Array<{ to: Status; label: string }> {
  const allowed = allowedFrom[status ?? 'saved'];
  return hintMoves.filter(({ to }) => allowed.includes(to));
}

export const statusWords = (status: Status): string => status.replaceAll('-', ' ');
