import { ask } from '@/components/dashboard/request';
import { importByPort, streamedExport } from '@/components/dashboard/transfer';
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
      // as the data panel does it: streamed in parts, made into the file's Blob
      const started = performance.now();
      const file = await streamedExport(() => undefined);
      const blob = new Blob([...file.parts], { type: 'application/json' });
      const ms = performance.now() - started;
      return { ms, bytes: blob.size, json: await blob.text() };
    },
    async importJson(text) {
      // a restore, committed straight away (the data panel previews first)
      const started = performance.now();
      const { summary: result } = await importByPort({ text }, true, () => undefined);
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
