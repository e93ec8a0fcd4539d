import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hasRealFixtures,
  loadRealPage,
  parseIndex,
  projectRoot,
  realFixture,
  realFixtures,
  realFixturesDir,
  realFixturesSkipNote,
} from '../../../support/real-fixtures';

describe('tests/support/real-fixtures', () => {
  it('looks for the real pages beside the project, never inside it', () => {
    expect(realFixturesDir).toBe(path.resolve(projectRoot, '..', 'shared', 'fixtures', 'real'));
    expect(realFixturesDir.startsWith(`${projectRoot}${path.sep}`)).toBe(false);
  });

  it('parses INDEX.tsv rows by column name, with "-" as no page URL and CRLF line ends', () => {
    const tsv =
      'file\tpage_url\tkind\tcaptured\r\n' +
      'github/a.html\thttps://github.com/a\tgithub user profile\t2021\r\n' +
      '\r\n' +
      'linkedin/b.json\t-\tapi response\t2025\n';
    expect(parseIndex(tsv)).toEqual([
      { file: 'github/a.html', pageUrl: 'https://github.com/a', kind: 'github user profile' },
      { file: 'linkedin/b.json', pageUrl: null, kind: 'api response' },
    ]);
    expect(parseIndex('')).toEqual([]);
  });

  it('says why suites skip when the folder is absent, and nothing when it is there', () => {
    expect(realFixturesSkipNote === '').toBe(hasRealFixtures);
  });

  it.skipIf(!hasRealFixtures)(
    `reads INDEX.tsv and a page with its URL${realFixturesSkipNote}`,
    () => {
      expect(
        realFixtures().some((row) => row.file === 'github/profile-2018-pdabrowski6.html'),
      ).toBe(true);
      expect(realFixture('github/profile-2018-pdabrowski6.html').pageUrl).toBe(
        'https://github.com/rubyhero',
      );
      expect(() => realFixture('github/not-listed.html')).toThrow(/not a page listed/);
      const { doc, pageUrl } = loadRealPage('github/profile-2018-pdabrowski6.html');
      expect(pageUrl).toBe('https://github.com/rubyhero');
      expect(doc.querySelector('.p-nickname')?.textContent).toBe('rubyhero');
    },
  );
});
