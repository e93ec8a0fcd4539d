import { ask } from '@/components/dashboard/request';
import { fetchExport, upload } from '@/components/dashboard/transfer';
import { type SeedOptions, seedDatabase } from '@/scripts/bench/seed';
import { database } from '@/utils/shortlist/store/db';

/**
 * hooks for `npm run bench`. Never part of the built extension: the benchmark bundles this file
 * on its own (scripts/bench/dashboard.ts) and evaluates it in the dashboard page it drives.
 * Seeding writes invented people straight to IndexedDB; the rest goes through the background
 * like the dashboard does
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
    seed: async (options) => seedDatabase(await database(), options),
    clear: () => ask({ type: 'deleteEverything', confirm: 'delete everything' }),
    async exportJson() {
      const started = performance.now();
      const file = await fetchExport(() => undefined);
      return { ms: performance.now() - started, bytes: file.bytes, json: file.parts.join('') };
    },
    async importJson(text) {
      const started = performance.now();
      const token = await upload(text, () => undefined);
      const result = await ask({ type: 'commitImport', upload: token });
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
