// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { concepts } from '@/utils/fit/concepts';
import { fold, phraseIndex, phrasesIn } from '@/utils/fit/phrase-index';
import { escapeRegExp } from '@/utils/fit/terms';
import { seededRandom } from '../../support/random';
import { readRealFixture, realFixtures, realFixturesSkipNote } from '../../support/real-fixtures';

// the reference: the regex each phrase was matched with before the index replaced them (one per
// phrase here, so the ids found can be compared one by one)
function referenceRegex(phrase: string, loose: boolean): RegExp {
  const words = phrase
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  const body = words.join('[\\s_-]*');
  const source = /[a-z]$/i.test(phrase) && !/s$/i.test(phrase) ? `${body}s?` : body;
  return new RegExp(`(?<![\\p{L}\\p{N}_'’])(?:${source})(?![\\p{L}\\p{N}_])`, loose ? 'iu' : 'u');
}

const compiled = new Map<string, RegExp>();
function referenceIn(phrases: readonly string[], loose: boolean, text: string): number[] {
  return phrases.flatMap((phrase, id) => {
    const key = `${loose}:${phrase}`;
    let regex = compiled.get(key);
    if (!regex) {
      regex = referenceRegex(phrase, loose);
      compiled.set(key, regex);
    }
    return regex.test(text) ? [id] : [];
  });
}

const sorted = (ids: Set<number>) => [...ids].sort((a, b) => a - b);

const loosePhrases = [
  ...new Set(
    concepts.flatMap((def) => [...def.terms, ...(def.contextTerms ?? []), ...(def.context ?? [])]),
  ),
];
const exactPhrases = [...new Set(concepts.flatMap((def) => def.exactTerms ?? []))];
const loose = phraseIndex(loosePhrases, true);
const exact = phraseIndex(exactPhrases, false);

/** both indexes agree with their reference regexes on this text */
function expectSameAsRegex(text: string) {
  expect(sorted(phrasesIn(loose, text)), text.slice(0, 200)).toEqual(
    referenceIn(loose.phrases, true, text),
  );
  expect(sorted(phrasesIn(exact, text)), text.slice(0, 200)).toEqual(
    referenceIn(exact.phrases, false, text),
  );
}

describe('phrases found without a regex', () => {
  it('keeps every phrase once, in order, and skips empty ones', () => {
    const index = phraseIndex(['ML', 'ML', '  ', '', 'deep learning'], true);
    expect(index.phrases).toEqual(['ML', 'deep learning']);
  });

  const cases: Array<[string, string, boolean]> = [
    ['machine learning', 'I do machine learning.', true],
    ['machine learning', 'machine-learning and machine_learning', true],
    ['machine learning', '#MachineLearning', true],
    ['machine learning', 'machine  -_ learning', true],
    ['machine learning', 'mach ine learning', false],
    ['machine learning', 'machine learnings', true],
    ['machine learning', 'machine learningX', false],
    ['ML', 'HTML and XML', false],
    ['ML', "j'ML", false],
    ['ML', 'j’ML', false],
    ['ML', 'LLMs', false],
    ['LLM', 'LLMs and more', true],
    ['LLM', 'LLMS', true],
    ['LLM', 'LLMss', false],
    ['C++', 'C++ and Rust', true],
    ['C++', 'C++x', false],
    ['A.I.', 'A.I.-driven', true],
    ['Node.js', 'node.js', true],
    ['Node.js', 'nodexjs', false],
    ['AI/ML', 'ai/ml', true],
    ['ML', 'ML2', false],
    ['ML', '_ML', false],
    ['ML', '(ML)', true],
    ['ML', 'ML', true],
    ['ML', '', false],
  ];
  for (const [phrase, text, expected] of cases)
    it(`"${phrase}" ${expected ? 'is' : 'is not'} in "${text}", as the regex said`, () => {
      const index = phraseIndex([phrase], true);
      expect(phrasesIn(index, text).has(0)).toBe(expected);
      expect(referenceRegex(phrase, true).test(text)).toBe(expected);
    });

  it('compares exact phrases as written, loose ones in any case', () => {
    const index = phraseIndex(['React'], false);
    expect(phrasesIn(index, 'React and Reacts').has(0)).toBe(true);
    expect(phrasesIn(index, 'react').has(0)).toBe(false);
    expect(phrasesIn(index, 'REACTS').has(0)).toBe(false);
    expect(phrasesIn(phraseIndex(['React'], true), 'REACTS').has(0)).toBe(true);
  });

  it('folds case as Unicode does, and leaves what has no simple fold as it is', () => {
    expect(fold('Σ')).toBe(fold('ς'));
    expect(fold('ſ')).toBe('s');
    expect(fold('K')).toBe('k');
    expect(fold('ß')).toBe('ß');
    expect(fold('İ')).toBe('İ');
    for (const [phrase, text] of [
      ['straße', 'STRASSE'],
      ['straße', 'Straße'],
      ['σοφία', 'ΣΟΦΊΑ'],
      ['istanbul', 'İstanbul'],
      ['ıstanbul', 'ISTANBUL'],
      ['ML', 'ＭＬ'],
      ['mlops', 'mlopſ'],
      ['Ǆemal', 'ǆemal'],
      ['Deseret 𐐀', 'deseret 𐐨'],
    ] as const) {
      const index = phraseIndex([phrase], true);
      expect(phrasesIn(index, text).has(0), `${phrase} in ${text}`).toBe(
        referenceRegex(phrase, true).test(text),
      );
    }
  });

  it('agrees with the regexes on every concept phrase, written every way a page writes it', () => {
    const ways = (phrase: string) => {
      const words = phrase.split(/[\s-]+/);
      const camel = words.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1)).join('');
      return [
        phrase,
        phrase.toUpperCase(),
        phrase.toLowerCase(),
        words.join('-'),
        words.join('_'),
        words.join(''),
        words.join('  '),
        words.join('\u00a0'),
        `#${camel}`,
        `${phrase}s`,
        `${phrase}S`,
        `${phrase}es`,
        `x${phrase}`,
        `${phrase}x`,
        `'${phrase}`,
        `’${phrase}`,
        `${phrase}'s`,
        `(${phrase})`,
        `${phrase}_`,
        `_${phrase}`,
        `${phrase}2`,
        `é${phrase}`,
        `${phrase}é`,
        `🙂${phrase}🙂`,
      ];
    };
    for (const phrase of [...loosePhrases, ...exactPhrases])
      for (const text of ways(phrase)) expectSameAsRegex(`Worked on ${text} at scale`);
  });

  it('agrees with the regexes on random text made of the phrases’ own letters and joins', () => {
    const random = seededRandom(17);
    const pieces = [
      ...loosePhrases,
      ...exactPhrases,
      ' ',
      '-',
      '_',
      "'",
      '’',
      '.',
      's',
      'S',
      'é',
      'Σ',
      '🙂',
      '\ud800',
      '\udc00',
      '\t',
      '#',
      '/',
      '+',
    ];
    for (let run = 0; run < 1_500; run++) {
      let text = '';
      const length = 1 + random.int(8);
      for (let at = 0; at < length; at++) text += random.pick(pieces);
      expectSameAsRegex(text);
    }
  });

  it('finds a phrase after a gap of any length, and a word that begins with "_"', () => {
    const spaced = `machine${' '.repeat(50_000)}learning`;
    expect(phrasesIn(phraseIndex(['machine learning'], true), spaced).has(0)).toBe(true);
    const index = phraseIndex(['data _frame'], true);
    for (const text of ['data _frame', 'data__frame', 'data_frame', 'data frame'])
      expect(phrasesIn(index, text).has(0), text).toBe(
        referenceRegex('data _frame', true).test(text),
      );
  });

  it('reads hostile text without throwing: lone surrogates, control characters, 1 MB of letters', () => {
    for (const text of [
      '\ud800ML',
      'ML\udc00',
      '\udc00\ud800',
      '\u0000ML\u0000',
      'a'.repeat(1_000_000),
    ])
      expectSameAsRegex(text);
    const long = 'x'.repeat(200);
    expect(phrasesIn(phraseIndex([long], true), ` ${long} `).has(0)).toBe(true);
  });
});

describe(`phrases found without a regex, on the real saved pages${realFixturesSkipNote}`, () => {
  const pages = realFixtures().filter((row) => row.file.endsWith('.html'));
  it.skipIf(pages.length === 0)(
    'agree with the regexes on every line of text of every page',
    () => {
      let lines = 0;
      for (const { file } of pages) {
        const text = readRealFixture(file)
          .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
          .replace(/<[^>]+>/g, '\n')
          .replace(/&amp;/g, '&')
          .replace(/&#39;|&apos;/g, "'");
        for (const line of new Set(text.split('\n').map((part) => part.trim()))) {
          if (!line) continue;
          expectSameAsRegex(line.slice(0, 2_000));
          lines += 1;
        }
      }
      // the pages had text to compare: a change in how they are read can't pass by comparing nothing
      expect(lines).toBeGreaterThan(1_000);
    },
  );
});
