// name cleaning for greetings: a wrong or odd first name is worse than an unfilled one

const invisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF]/g;
// pictographs, flags, skin tones, tag sequences, and the selectors and keycap marks that join them
const emoji =
  /[\p{Extended_Pictographic}\p{Regional_Indicator}]|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}]|\u{FE0E}|\u{FE0F}|\u{20E3}/gu;
const bracketed = /\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g;
const pronouns =
  /\b(?:she|he|they|xe|ze|ey)\s*\/\s*(?:her|him|them|hers|his|theirs|xem|zir|em|she|he|they)(?:\s*\/\s*\p{L}+)?\b/giu;
// "Jane Doe | ML engineer", "Jane Doe - Founder", "Jane Doe, PhD": the name is the part before
const separator = /\s[|\-–—·•:]\s|[|•·,]/u;
const titles = new Set([
  'dr',
  'doctor',
  'prof',
  'professor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'sir',
  'dame',
  'rev',
  'revd',
  'fr',
  'eng',
  'engr',
  'ing',
  'dipl',
  'hon',
]);

const isTitle = (token: string) => titles.has(token.toLowerCase().replace(/\.$/, ''));
const isSingleInitial = (token: string) => /^\p{L}\.?$/u.test(token);
const looksLikeHandle = (token: string) => /[\p{N}@_/\\#<>{}=]/u.test(token);

function titleCase(word: string): string {
  return word
    .toLocaleLowerCase()
    .replace(
      /(^|[-'’])(\p{L})/gu,
      (_, before: string, letter: string) => before + letter.toLocaleUpperCase(),
    );
}

/** the name without emoji, pronouns, bidi marks or what follows a separator; all caps softened */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = raw.normalize('NFC').replace(invisible, '').replace(emoji, ' ');
  name = name.replace(bracketed, ' ').replace(pronouns, ' ');
  name = name.split(separator)[0] ?? '';
  name = name.replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(name) || name.length > 120) return null;
  const shouting = name === name.toLocaleUpperCase() && name !== name.toLocaleLowerCase();
  if (shouting && name.replace(/[^\p{L}]/gu, '').length > 1) {
    name = name.split(' ').map(titleCase).join(' ');
  }
  return name;
}

/** the name a greeting uses, or null when it can't be told without guessing */
export function firstNameFrom(raw: string | null | undefined): string | null {
  const name = cleanName(raw);
  if (!name) return null;
  const tokens = name
    .split(' ')
    .map((token) => token.replace(/[,;:!?"“”]+$/u, ''))
    .filter((token) => /\p{L}/u.test(token) && !isTitle(token));
  // "J. Robert Oppenheimer" goes by the middle name; "J. Smith" can't be told
  const first =
    tokens[0] && isSingleInitial(tokens[0])
      ? tokens.length > 2
        ? tokens[1]
        : undefined
      : tokens[0];
  if (!first || looksLikeHandle(first) || first.length > 40) return null;
  return first;
}

/** lower-case, accent-free tokens of a name, for comparing what a greeting says with who they are */
export function nameTokens(raw: string | null | undefined): string[] {
  const name = cleanName(raw);
  if (!name) return [];
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .split(/[\s.]+/)
    .filter((token) => /\p{L}/u.test(token) && !isTitle(token));
}
