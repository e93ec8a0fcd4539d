const months: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

// English first; German, French, Spanish, Italian and Portuguese abbreviations as LinkedIn shows them
const foreignMonths: Record<string, string> = {
  mär: '03',
  mrz: '03',
  mai: '05',
  okt: '10',
  dez: '12',
  janv: '01',
  févr: '02',
  fev: '02',
  avr: '04',
  juin: '06',
  juil: '07',
  août: '08',
  déc: '12',
  ene: '01',
  abr: '04',
  ago: '08',
  dic: '12',
  gen: '01',
  mag: '05',
  giu: '06',
  lug: '07',
  set: '09',
  ott: '10',
  out: '10',
};
Object.assign(months, foreignMonths);
const monthKeys = Object.keys(months).sort((a, b) => b.length - a.length);

// global, to strip every date from a line; one object for every use, so a page compiles it once
// (its letter classes cost milliseconds to compile): a use that reads one match starts it at 0
const everyMonthYear = new RegExp(
  `(?<![\\p{L}])(?:(${monthKeys.join('|')})\\p{L}*\\.?\\s+(?:de\\s+)?)?((?:19|20)\\d{2})\\b`,
  'giu',
);
const firstMonthYear = (text: string): RegExpExecArray | null => {
  everyMonthYear.lastIndex = 0;
  const match = everyMonthYear.exec(text);
  everyMonthYear.lastIndex = 0;
  return match;
};
const hasYear = /(?:19|20)\d{2}/;
const presentWord =
  /\b(?:present|now|current|heute|actualidad|aujourd’hui|aujourd'hui|oggi|presente|o momento|atual)\b/i;
// "Dec 2019 - Present", "May 2019 to Dec 2021", "2010 – 2014"; the duration after "·" is dropped
const rangeSeparator = /\s+(?:-|–|—|to)\s+|\s*[–—]\s*|^\s*-\s*/i;

export type DateRange = { start: string | null; end: string | null };

/** "Dec 2019" → "2019-12", "2014" → "2014", anything else → null; English month names only */
export function parseMonthYear(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const match = firstMonthYear(raw);
  if (!match?.[2]) return null;
  const month = match[1] ? months[match[1].toLowerCase().normalize('NFC')] : undefined;
  return month ? `${match[2]}-${month}` : match[2];
}

/** true when a line reads as a date range (or a single dated line) rather than a title or place */
export function looksLikeDates(line: string): boolean {
  // "December 2008 – Present (7 years 1 month)": the duration in brackets is not part of the range
  const head = (line.split('·')[0] ?? line).replace(/\([^)]*\)/g, '');
  // every date has a year: lines without one skip the costly month pattern (most lines are no dates)
  const dated = hasYear.test(head) && firstMonthYear(head) !== null;
  if (!dated && !presentWord.test(head)) return false;
  // a date line is mostly dates: no more than a few words besides months, years and "Present"
  const rest = head
    .replace(everyMonthYear, '')
    .replace(presentWord, '')
    .replace(/\b(?:issued|expires|to)\b|[-–—\s]/gi, '');
  return rest.length <= 2;
}

/** "Dec 2019 - Present · 2 yrs 4 mos" → {start: "2019-12", end: null}; a single date is both ends */
export function parseDateRange(raw: string | null | undefined): DateRange | null {
  if (!raw) return null;
  const head = (raw.split('·')[0] ?? raw).trim();
  if (!head) return null;
  const parts = head.split(rangeSeparator).filter((part) => part.trim().length > 0);
  const [first, second] = parts;
  if (parts.length >= 2 && first && second) {
    const start = parseMonthYear(first);
    const end = presentWord.test(second) ? null : parseMonthYear(second);
    if (!start && !end) return null;
    return { start, end };
  }
  if (first && /^\s*[-–—]/.test(head)) {
    // "- Present" alone: no start shown
    return presentWord.test(first)
      ? { start: null, end: null }
      : { start: null, end: parseMonthYear(first) };
  }
  const single = parseMonthYear(first);
  if (!single) return null;
  return presentWord.test(head) ? { start: single, end: null } : { start: single, end: single };
}

// "3h", "2w", "5mo", "1yr": LinkedIn's relative post ages
const relativeAge = /(?:^|[\s•·])(\d{1,3}\s?(?:mo|yr|[smhdwy]))(?=$|[\s•·])/i;
const longDate =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),\s+((?:19|20)\d{2})\b/i;

/** a post's age as shown ("2w") or an ISO date for "Jul 22, 2026"; null when the text is neither */
export function parseActivityDate(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 80) return null;
  const long = longDate.exec(raw);
  if (long?.[1] && long[2] && long[3]) {
    const month = months[long[1].toLowerCase()];
    return month ? `${long[3]}-${month}-${long[2].padStart(2, '0')}` : null;
  }
  const relative = relativeAge.exec(raw);
  return relative?.[1] ? relative[1].replace(/\s+/g, '').toLowerCase() : null;
}
