#!/usr/bin/env node
// `npm run test:browser`: the extension, built fresh, driven by real Chromium on replica pages.
// Extra arguments go to vitest, e.g. `node scripts/browser-tests.mjs tests/browser/harness.test.ts`.
import { requireChromium } from './find-browser.mjs';
import { bin, buildExtension, buildReplicas, run } from './lib/build.mjs';

const chromePath = requireChromium();
console.log(`Chromium: ${chromePath}`);

try {
  // Both browsers: the bundle test reads both outputs and must never read a stale one.
  await buildExtension('chrome');
  await buildExtension('firefox');
  await buildReplicas();
  console.log('\n▶ Browser tests');
  await run(bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
    ...process.env,
    CHROME_PATH: chromePath,
  });
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
