import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export interface Shots {
  dir: string;
  saved: string[];
  /** the visible viewport (1280x800 pages, 380 wide popup) */
  viewport(page: Page, name: string): Promise<void>;
  /** one element with some room around it, within the page */
  around(page: Page, target: Locator, name: string, margin?: number): Promise<void>;
}

export function shots(dir: string): Shots {
  mkdirSync(dir, { recursive: true });
  const saved: string[] = [];
  return {
    dir,
    saved,
    async viewport(page, name) {
      const path = join(dir, `${name}.png`);
      await page.screenshot({ path });
      saved.push(path);
    },
    async around(page, target, name, margin = 24) {
      await target.scrollIntoViewIfNeeded();
      const box = await target.boundingBox();
      if (!box) throw new Error(`${name}: nothing to photograph`);
      const size = page.viewportSize() ?? { width: 1280, height: 800 };
      const x = Math.max(0, box.x - margin);
      const y = Math.max(0, box.y - margin);
      const path = join(dir, `${name}.png`);
      await page.screenshot({
        path,
        clip: {
          x,
          y,
          width: Math.min(size.width - x, box.width + 2 * margin),
          height: Math.min(size.height - y, box.height + 2 * margin),
        },
      });
      saved.push(path);
    },
  };
}
