import { describe, expect, it } from 'vitest';
import { extractGithubContributions } from '@/utils/profile/github/extract';
import {
  hasRealFixtures,
  parseHtml,
  readRealFixture,
  realFixturesSkipNote,
} from '../../../support/real-fixtures';

describe.skipIf(!hasRealFixtures)(
  `contributions calendar fragment, 2026${realFixturesSkipNote}`,
  () => {
    const fragment = () => parseHtml(readRealFixture('github/contributions-fragment-2026.html'));

    it('reads the yearly count from the document, its body, or the calendar element itself', () => {
      const doc = fragment();
      expect(extractGithubContributions(doc)).toBe(542);
      expect(doc.body && extractGithubContributions(doc.body)).toBe(542);
      const calendar = doc.querySelector('.js-yearly-contributions');
      expect(calendar && extractGithubContributions(calendar)).toBe(542);
    });

    it('reads it once the fragment is moved into a DocumentFragment (as when it is loaded late)', () => {
      const doc = fragment();
      const loaded = doc.createDocumentFragment();
      for (const node of [...doc.body.childNodes]) loaded.append(node);
      expect(extractGithubContributions(loaded)).toBe(542);
    });
  },
);

describe('extractGithubContributions', () => {
  const heading = (text: string) =>
    parseHtml(
      `<div class="js-yearly-contributions"><h2 class="f4 text-normal mb-2">${text}</h2></div>`,
    );

  it.each([
    ['1 contribution in the last year', 1],
    ['0 contributions in the last year', 0],
    ['  1,234\n   contributions\n     in the last year ', 1_234],
    ['12 contributions in the last year<script>99</script>', 12],
  ])('%j → %d', (text, expected) => {
    expect(extractGithubContributions(heading(text))).toBe(expected);
  });

  it.each([
    ['a year picked instead of the last one', '1,234 contributions in 2024'],
    ['no number', 'contributions in the last year'],
    ['a number too large to be true', `${'9'.repeat(30)} contributions in the last year`],
    ['a huge heading', `${'x'.repeat(100_000)} 5 contributions in the last year`],
    ['an empty heading', ''],
  ])('gives null for %s', (_, text) => {
    expect(extractGithubContributions(heading(text))).toBeNull();
  });

  it('reads the 2015 summary column', () => {
    const doc = parseHtml(
      '<div class="contrib-column contrib-column-first"><span>Contributions in the last year</span> <span class="contrib-number">835 total</span></div>',
    );
    expect(extractGithubContributions(doc)).toBe(835);
  });

  it('gives null, not an error, for roots that hold nothing or are not really nodes', () => {
    expect(extractGithubContributions(parseHtml(''))).toBeNull();
    expect(extractGithubContributions({} as ParentNode)).toBeNull();
  });
});
