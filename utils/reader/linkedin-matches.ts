// a file of its own: the router content script needs the patterns and nothing of the reader
/** profile addresses: there the reader comes with the page, not after a round trip (see the content scripts) */
export const linkedinProfileMatches = [
  'https://www.linkedin.com/in/*',
  'https://linkedin.com/in/*',
  'https://*.linkedin.com/in/*',
];
