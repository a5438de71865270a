import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. Browser (puppeteer) tests live in tests/browser and run via
// scripts/browser-tests.mjs against the built extension, not here.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Some tests run linters (cfn-lint, shellcheck) or render hundreds of rows: 5 s is too tight on 2 cores.
    testTimeout: 20_000,
  },
});
