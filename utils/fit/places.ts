import { escapeRegExp, normalise } from './terms';

type Place = { country: string | null; offset: number | null };

// standard-time UTC offsets; null where one name spans many zones (a state or city decides)
const table: [names: string, country: string | null, offset: number | null][] = [
  ['united states|usa', 'united states', null],
  [
    'california|san francisco|bay area|silicon valley|palo alto|mountain view|menlo park|los angeles|san diego|san jose|oakland|berkeley|washington state|seattle|redmond|bellevue|oregon|portland|nevada|las vegas',
    'united states',
    -8,
  ],
  ['arizona|colorado|denver|utah', 'united states', -7],
  ['texas|austin|dallas|houston|illinois|chicago|minnesota|wisconsin', 'united states', -6],
  [
    'new york|nyc|brooklyn|massachusetts|boston|cambridge, ma|florida|miami|pennsylvania|philadelphia|virginia|north carolina|new jersey|michigan|ohio|washington, d.c.|washington dc|atlanta',
    'united states',
    -5,
  ],
  ['canada', 'canada', null],
  ['ontario|toronto|quebec|montreal|ottawa|waterloo', 'canada', -5],
  ['british columbia|vancouver', 'canada', -8],
  ['alberta|calgary|edmonton', 'canada', -7],
  ['mexico', 'mexico', -6],
  ['colombia|bogota', 'colombia', -5],
  ['peru|lima', 'peru', -5],
  ['chile|santiago', 'chile', -4],
  ['argentina|buenos aires', 'argentina', -3],
  ['brazil|brasil|sao paulo|rio de janeiro', 'brazil', -3],
  [
    'united kingdom|uk|england|scotland|wales|london|manchester|edinburgh|cambridge, uk|oxford',
    'united kingdom',
    0,
  ],
  ['ireland|dublin', 'ireland', 0],
  ['portugal|lisbon|porto', 'portugal', 0],
  ['ghana|accra', 'ghana', 0],
  ['france|paris|lyon', 'france', 1],
  ['germany|deutschland|berlin|munich|hamburg', 'germany', 1],
  ['spain|madrid|barcelona', 'spain', 1],
  ['italy|rome|milan|perugia', 'italy', 1],
  ['netherlands|amsterdam|rotterdam|delft', 'netherlands', 1],
  ['belgium|brussels', 'belgium', 1],
  ['switzerland|zurich|geneva|lausanne', 'switzerland', 1],
  ['austria|vienna', 'austria', 1],
  ['sweden|stockholm|gothenburg|malmo|uppsala', 'sweden', 1],
  ['norway|oslo', 'norway', 1],
  ['denmark|copenhagen', 'denmark', 1],
  ['poland|warsaw|krakow|wroclaw', 'poland', 1],
  ['czechia|czech republic|prague', 'czechia', 1],
  ['hungary|budapest', 'hungary', 1],
  ['nigeria|lagos|abuja', 'nigeria', 1],
  ['morocco', 'morocco', 1],
  ['finland|helsinki', 'finland', 2],
  ['estonia|tallinn', 'estonia', 2],
  ['greece|athens', 'greece', 2],
  ['romania|bucharest', 'romania', 2],
  ['ukraine|kyiv|kiev', 'ukraine', 2],
  ['israel|tel aviv', 'israel', 2],
  ['egypt|cairo', 'egypt', 2],
  ['south africa|cape town|johannesburg', 'south africa', 2],
  ['turkey|turkiye|istanbul', 'turkey', 3],
  ['kenya|nairobi', 'kenya', 3],
  ['saudi arabia|riyadh|qatar|doha', 'saudi arabia', 3],
  ['united arab emirates|uae|dubai|abu dhabi', 'united arab emirates', 4],
  ['pakistan|karachi|lahore', 'pakistan', 5],
  ['india|bangalore|bengaluru|mumbai|delhi|hyderabad|chennai|pune', 'india', 5.5],
  ['sri lanka|colombo', 'sri lanka', 5.5],
  ['bangladesh|dhaka', 'bangladesh', 6],
  ['vietnam|thailand|bangkok|indonesia|jakarta', null, 7],
  ['singapore', 'singapore', 8],
  ['malaysia|kuala lumpur', 'malaysia', 8],
  ['philippines|manila', 'philippines', 8],
  ['china|beijing|shanghai|shenzhen|hong kong|taiwan|taipei', null, 8],
  ['japan|tokyo|osaka', 'japan', 9],
  ['south korea|korea|seoul', 'south korea', 9],
  ['australia', 'australia', null],
  ['sydney|melbourne|brisbane|canberra|new south wales|victoria, australia', 'australia', 10],
  ['new zealand|auckland|wellington', 'new zealand', 12],
];

const entries = table.flatMap(([names, country, offset]) =>
  names.split('|').map((name) => ({ name, country, offset })),
);
const byName = new Map(entries.map((entry) => [entry.name, entry]));
const pattern = new RegExp(
  `(?<![\\p{L}])(${entries
    .map((entry) => entry.name)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}])`,
  'gu',
);

const usAcronym = /(?<![\p{L}])(?:US|U\.S\.?)(?![\p{L}])/u;

/** country and UTC offset of a free-text location, as far as the table knows */
export function placeOf(location: string): Place {
  const text = normalise(location).slice(0, 300);
  let country: string | null = null;
  let offset: number | null = null;
  for (const match of text.matchAll(pattern)) {
    const entry = byName.get(match[1] as string);
    if (!entry) continue;
    country ??= entry.country;
    offset ??= entry.offset;
  }
  // "US" only in capitals: "us" is a word
  if (!country && usAcronym.test(location.slice(0, 300))) country = 'united states';
  return { country, offset };
}

const noise = /\b(greater|metropolitan|metro|area|county|region|bay area|city|kommun|lan)\b/g;

/** the first part of a location, without "Greater … Area": "Greater Stockholm Metropolitan Area" → "stockholm" */
export function cityOf(location: string): string {
  const first = normalise(location).split(',')[0] ?? '';
  return first.replace(noise, ' ').replace(/\s+/g, ' ').trim();
}

const abbreviations: Record<string, number> = {
  gmt: 0,
  utc: 0,
  wet: 0,
  bst: 1,
  cet: 1,
  cest: 2,
  eet: 2,
  eest: 3,
  msk: 3,
  ist: 5.5,
  sgt: 8,
  jst: 9,
  kst: 9,
  aest: 10,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};

/** "UTC+1", "GMT-05:30", "CET", "Europe/Stockholm" → hours; null when unreadable */
export function offsetOf(timeZone: string, now: Date): number | null {
  const text = timeZone.trim();
  if (!text) return null;
  const explicit = /^(?:utc|gmt)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (explicit) {
    const sign = explicit[1] === '+' ? 1 : -1;
    return sign * (Number(explicit[2]) + Number(explicit[3] ?? 0) / 60);
  }
  const known = abbreviations[text.toLowerCase()];
  if (known !== undefined) return known;
  if (!/^[A-Za-z_]+\/[A-Za-z_/-]+$/.test(text)) return null;
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: text, timeZoneName: 'longOffset' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value;
    const match = part ? /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(part) : null;
    if (!match) return null;
    if (!match[1]) return 0;
    return (match[1] === '+' ? 1 : -1) * (Number(match[2]) + Number(match[3]) / 60);
  } catch {
    return null;
  }
}
