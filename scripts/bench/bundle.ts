import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figures } from './report';
import { round } from './stats';

const kb = (bytes: Buffer) => ({
  gzip: round(gzipSync(bytes, { level: 9 }).length / 1024),
  raw: round(bytes.length / 1024),
});

/**
 * each site's sizes as the browser loads them, and gzipped as a store serves them:
 * `contentScript…` is the router that loads on every page, `reader…` what profiles and lists add
 * (on a LinkedIn profile opened directly, the reader is that page's content script instead)
 */
export function bundleFigures(extensionDir: string): Figures {
  const figures: Figures = {};
  for (const site of ['linkedin', 'github'] as const) {
    const router = kb(readFileSync(join(extensionDir, `${site}-router.js`)));
    figures[`contentScriptGzipKB_${site}`] = router.gzip;
    figures[`contentScriptRawKB_${site}`] = router.raw;
    const reader = kb(readFileSync(join(extensionDir, `${site}-reader.js`)));
    figures[`readerGzipKB_${site}`] = reader.gzip;
    figures[`readerRawKB_${site}`] = reader.raw;
  }
  return figures;
}
