import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figures } from './report';
import { round } from './stats';

/** each content script's size as the browser loads it, and gzipped as a store serves it */
export function bundleFigures(extensionDir: string): Figures {
  const figures: Figures = {};
  for (const site of ['linkedin', 'github'] as const) {
    const bytes = readFileSync(join(extensionDir, 'content-scripts', `${site}.js`));
    figures[`contentScriptGzipKB_${site}`] = round(gzipSync(bytes, { level: 9 }).length / 1024);
    figures[`contentScriptRawKB_${site}`] = round(bytes.length / 1024);
  }
  return figures;
}
