// the stores' listing images, made by `npm run demo` from our own icon and the demo's screenshots
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** Chrome Web Store: 440x280 small promo tile (required), 1400x560 marquee; both stores: 1280x800 screenshots */
export const storeSizes = {
  smallTile: { width: 440, height: 280 },
  marquee: { width: 1400, height: 560 },
  screenshot: { width: 1280, height: 800 },
  // chrome asks for 96x96 artwork inside 16 px of transparent padding
  storeIcon: { width: 128, height: 128 },
} as const;

// the demo's light page screenshots that make the best listing, in order (1366x768, fitted to 1280x800)
const listed = ['hint-github', 'table', 'hint-linkedin', 'person', 'draft'];

const TAGLINE = 'Find and approach mentors for an AI career on LinkedIn and GitHub';
const POINTS = [
  'Explained fit hints',
  'Tactful drafts',
  'A private tracker: nothing leaves your machine',
];

const pngSize = (file: string) => {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

const dataUrl = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

/** renders the tiles from scripts/icons/icon.svg and copies the listing screenshots; returns what it wrote */
export async function storeAssets(
  context: BrowserContext,
  root: string,
  screenshots: readonly string[],
): Promise<string[]> {
  const dir = join(root, 'docs/store');
  mkdirSync(dir, { recursive: true });
  const icon = readFileSync(join(root, 'scripts/icons/icon.svg'), 'utf8');
  const written: string[] = [];
  const page = await context.newPage();
  const render = async (name: string, size: { width: number; height: number }, body: string) => {
    await page.setViewportSize(size);
    await page.setContent(
      `<!doctype html><meta charset="utf-8"><style>
        html,body{margin:0;width:${size.width}px;height:${size.height}px;overflow:hidden}
        body{font-family:system-ui,"DejaVu Sans",sans-serif;background:#0b6b4f;color:#fff;display:flex;align-items:center}
        .icon svg{display:block;width:100%;height:100%}
        h1{margin:0;font-weight:700;letter-spacing:-0.01em}
        p{margin:0;opacity:.92}
        ul{margin:0;padding:0;list-style:none}
        li::before{content:"✓  "}
      </style>${body}`,
    );
    const path = join(dir, `${name}.png`);
    await page.screenshot({ path, omitBackground: true });
    written.push(path);
  };
  try {
    await render(
      'small-promo-440x280',
      storeSizes.smallTile,
      `<div style="padding:0 32px;display:flex;gap:24px;align-items:center">
        <div class="icon" style="width:112px;height:112px;flex:none">${icon.replace('var(--tile, #0b6b4f)', '#0a5a43')}</div>
        <div><h1 style="font-size:34px">MentorLens</h1><p style="font-size:17px;margin-top:8px">${TAGLINE}</p></div>
      </div>`,
    );
    const hint = screenshots.find((file) => basename(file) === 'hint-github-light.png');
    await render(
      'marquee-1400x560',
      storeSizes.marquee,
      `<div style="padding:0 72px;display:flex;gap:56px;align-items:center;width:100%;box-sizing:border-box">
        <div style="flex:1">
          <div class="icon" style="width:96px;height:96px">${icon.replace('var(--tile, #0b6b4f)', '#0a5a43')}</div>
          <h1 style="font-size:56px;margin-top:20px">MentorLens</h1>
          <p style="font-size:26px;margin-top:12px">${TAGLINE}</p>
          <ul style="font-size:22px;margin-top:24px;line-height:1.6">${POINTS.map((p) => `<li>${p}</li>`).join('')}</ul>
        </div>
        ${hint ? `<img src="${dataUrl(hint)}" alt="" style="max-width:560px;max-height:460px;border-radius:10px;box-shadow:0 8px 30px rgba(0,0,0,.35);background:#fff">` : ''}
      </div>`,
    );
    await render(
      'store-icon-128',
      storeSizes.storeIcon,
      `<div class="icon" style="margin:16px;width:96px;height:96px">${icon}</div>`,
    );
    // the popup is 380 wide: shown on a listing-sized canvas, beside what it is
    const popup = screenshots.find((file) => basename(file) === 'popup-light.png');
    if (popup)
      await render(
        'screenshot-6-popup',
        storeSizes.screenshot,
        `<div style="display:flex;gap:64px;align-items:center;padding:0 96px">
          <img src="${dataUrl(popup)}" alt="" style="height:640px;border-radius:10px;box-shadow:0 8px 30px rgba(0,0,0,.35)">
          <div><h1 style="font-size:48px">The popup</h1>
          <p style="font-size:24px;margin-top:16px;line-height:1.5">The person in this tab: their fit and why, their status, a message draft. Works in quiet mode, when nothing is added to the page.</p></div>
        </div>`,
      );
    // the pages are shot at 1366x768: each is fitted, whole, onto the stores' 1280x800 canvas
    for (const [index, name] of listed.entries()) {
      const file = screenshots.find((shot) => basename(shot) === `${name}-light.png`);
      if (!file) throw new Error(`the demo made no ${name}-light.png for the store listing`);
      await render(
        `screenshot-${index + 1}-${name}`,
        storeSizes.screenshot,
        `<img src="${dataUrl(file)}" alt="" style="display:block;width:100%;height:100%;object-fit:contain;background:#fff">`,
      );
    }
  } finally {
    await page.close();
  }
  for (const file of written) {
    const size = pngSize(file);
    console.log(`  ${basename(file)} ${size.width}x${size.height}`);
  }
  return written;
}
