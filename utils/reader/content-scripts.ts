// the manifest's content scripts, declared here rather than by WXT content-script entrypoints: each
// runs an unlisted script (entrypoints/<site>-router.ts, linkedin-reader.ts) with no WXT context,
// which would cost every page a few milliseconds and announce our id to the page on start

const linkedinProfiles = [
  'https://www.linkedin.com/in/*',
  'https://linkedin.com/in/*',
  'https://*.linkedin.com/in/*',
];

export interface ContentScript {
  matches: string[];
  exclude_matches?: string[];
  js: string[];
  run_at: 'document_start';
}

export const contentScripts: ContentScript[] = [
  // from the start, so a reader's round trip overlaps the page's parsing
  { matches: ['https://github.com/*'], js: ['github-router.js'], run_at: 'document_start' },
  {
    matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
    exclude_matches: linkedinProfiles,
    js: ['linkedin-router.js'],
    run_at: 'document_start',
  },
  // a profile opened directly (a link, a new tab, a reload): the reader comes with the page, no round trip
  { matches: linkedinProfiles, js: ['linkedin-reader.js'], run_at: 'document_start' },
];

// "https://www.linkedin.com/in/*" adds nothing to "https://www.linkedin.com/*"
const within = (pattern: string, wider: string) =>
  pattern !== wider && wider.endsWith('/*') && pattern.startsWith(wider.slice(0, -1));

/** every address a content script runs on, none twice: the background's host access is exactly these */
export const contentScriptHosts = [
  ...new Set(contentScripts.flatMap((script) => script.matches)),
].filter((pattern, _, all) => !all.some((wider) => within(pattern, wider)));
