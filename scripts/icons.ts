// npm run icons: renders scripts/icons/icon.svg (our own drawing) to the PNGs the manifests name, in the system Chromium
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath } from '../tests/e2e/support/chrome-path';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'scripts/icons/icon.svg'), 'utf8');

/** the extension's icon sizes: toolbar (16, 32), extensions page (48), Firefox's add-on manager (96), stores (128) */
export const iconSizes = [16, 32, 48, 96, 128] as const;

interface Variant {
  file: (size: number) => string;
  sizes: readonly number[];
  /** CSS for the SVG's variables: the tile behind the glyph and the glyph's colour */
  style: string;
}

const variants: Variant[] = [
  { file: (size) => `icons/${size}.png`, sizes: iconSizes, style: '' },
  // Firefox's theme_icons: a dark glyph for light toolbars, a light one for dark toolbars
  {
    file: (size) => `icons/toolbar-on-light-${size}.png`,
    sizes: [16, 32],
    style: '--tile: transparent; --glyph: #1f2328;',
  },
  {
    file: (size) => `icons/toolbar-on-dark-${size}.png`,
    sizes: [16, 32],
    style: '--tile: transparent; --glyph: #fbfbfe;',
  },
];

const browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const variant of variants)
    for (const size of variant.sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px;${variant.style}}</style>${svg}`,
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(join(root, 'public', variant.file(size)), png);
      console.log(`public/${variant.file(size)}`);
    }
} finally {
  await browser.close();
}
