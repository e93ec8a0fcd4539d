import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// real saved pages are read in place from <projectRoot>/../shared/fixtures/real and never copied here
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const realFixturesDir = path.resolve(projectRoot, '../shared/fixtures/real');
export const hasRealFixtures = existsSync(path.join(realFixturesDir, 'INDEX.tsv'));
/** for describe names: says why a suite did not run */
export const realFixturesSkipNote = hasRealFixtures
  ? ''
  : ` (skipped: ${realFixturesDir} is absent; real saved pages exist only in CI)`;

export type RealFixture = {
  /** path relative to the real fixtures folder, e.g. "github/profile-2018-pdabrowski6.html" */
  file: string;
  /** the URL the page was served at, null for files that are not pages */
  pageUrl: string | null;
  kind: string;
};

let index: RealFixture[] | undefined;

/** the rows of INDEX.tsv; empty when the folder is absent */
export function realFixtures(): RealFixture[] {
  if (!hasRealFixtures) return [];
  index ??= parseIndex(readFileSync(path.join(realFixturesDir, 'INDEX.tsv'), 'utf8'));
  return index;
}

export function parseIndex(tsv: string): RealFixture[] {
  const [header = '', ...rows] = tsv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header.split('\t');
  const at = (name: string) => columns.indexOf(name);
  return rows.map((row) => {
    const cells = row.split('\t');
    const pageUrl = cells[at('page_url')]?.trim() ?? '';
    return {
      file: cells[at('file')]?.trim() ?? '',
      pageUrl: /^https?:\/\//.test(pageUrl) ? pageUrl : null,
      kind: cells[at('kind')]?.trim() ?? '',
    };
  });
}

/** one INDEX.tsv row; throws when the file is not listed (a typo in a test, not a skip) */
export function realFixture(file: string): RealFixture & { pageUrl: string } {
  const row = realFixtures().find((entry) => entry.file === file);
  if (!row?.pageUrl) throw new Error(`${file} is not a page listed in INDEX.tsv`);
  return { ...row, pageUrl: row.pageUrl };
}

export function readRealFixture(file: string): string {
  return readFileSync(path.join(realFixturesDir, file), 'utf8');
}

type HappyDomSettings = Record<
  | 'disableCSSFileLoading'
  | 'disableJavaScriptFileLoading'
  | 'disableIframePageLoading'
  | 'handleDisabledFileLoadingAsSuccess',
  boolean
>;

// saved pages link remote stylesheets and scripts: happy-dom would try to fetch them, and there is no network
function keepHappyDomOffline(): void {
  const settings = (globalThis as { happyDOM?: { settings?: HappyDomSettings } }).happyDOM
    ?.settings;
  if (!settings) return;
  settings.disableCSSFileLoading = true;
  settings.disableJavaScriptFileLoading = true;
  settings.disableIframePageLoading = true;
  settings.handleDisabledFileLoadingAsSuccess = true;
}

/** html → Document with the environment's DOMParser (happy-dom in unit tests) */
export function parseHtml(html: string): Document {
  keepHappyDomOffline();
  return new DOMParser().parseFromString(html, 'text/html');
}

/** a real saved page as a Document, with the URL it was served at */
export function loadRealPage(file: string): { doc: Document; pageUrl: string } {
  return { doc: parseHtml(readRealFixture(file)), pageUrl: realFixture(file).pageUrl };
}
