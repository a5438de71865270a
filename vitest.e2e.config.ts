import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: puppeteer drives the built extension in Chromium. Run through
// scripts/browser-tests.mjs, which finds the browser and builds first. One file at a time:
// each launches its own browser and these machines have two cores.
export default defineConfig({
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
