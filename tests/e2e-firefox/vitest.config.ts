import { defineConfig } from 'vitest/config';

// real Firefox (the system's firefox-esr) with the built add-on: one browser at a time on a 2-core machine
export default defineConfig({
  resolve: { alias: { '@': new URL('../../', import.meta.url).pathname } },
  test: {
    root: new URL('../../', import.meta.url).pathname,
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
