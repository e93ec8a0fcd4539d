import type { SeedOptions } from '@/utils/shortlist/seed';
import { ask } from './request';

/**
 * hooks for `npm run bench`, reachable only from this extension page's own scripts (Playwright's
 * page.evaluate, devtools): seeding writes invented people straight to IndexedDB; the rest goes
 * through the background like the dashboard does. Their code loads only when called.
 */
export interface MentorLensBench {
  seed(
    options: SeedOptions,
  ): Promise<{ people: number; events: number; meetings: number; ms: number }>;
  clear(): Promise<{ people: number }>;
  exportJson(): Promise<{ ms: number; bytes: number; json: string }>;
  importJson(text: string): Promise<{ ms: number; people: number }>;
  databaseBytes(): Promise<number | null>;
}

export function exposeBench(): void {
  const bench: MentorLensBench = {
    async seed(options) {
      const [{ seedDatabase }, { database }] = await Promise.all([
        import('@/utils/shortlist/seed'),
        import('@/utils/shortlist/db'),
      ]);
      return seedDatabase(await database(), options);
    },
    clear: () => ask({ type: 'deleteEverything', confirm: 'delete everything' }),
    async exportJson() {
      const started = performance.now();
      const file = await ask({ type: 'exportData' });
      return {
        ms: performance.now() - started,
        bytes: new Blob([file.json]).size,
        json: file.json,
      };
    },
    async importJson(text) {
      const started = performance.now();
      const result = await ask({ type: 'commitImport', text });
      return {
        ms: performance.now() - started,
        people: result.people.added + result.people.updated,
      };
    },
    async databaseBytes() {
      const estimate = await navigator.storage?.estimate?.();
      return estimate?.usage ?? null;
    },
  };
  Object.assign(globalThis, { mentorlensBench: bench });
}
