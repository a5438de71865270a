#!/usr/bin/env node
// `npm run test:browser`: the extension, built fresh, driven by real Chromium and Firefox on replica pages.
// Extra arguments go to vitest, e.g. `node scripts/browser-tests.mjs tests/browser/harness.test.ts`.
// BROWSER=chrome|firefox|all narrows or widens the tests written with forEachBrowser (tests/support/browser.ts).
import { requireChromium } from './find-browser.mjs';
import { browsersUnderTest, findFirefox } from './lib/browser.mjs';
import { bin, buildExtension, buildReplicas, run } from './lib/build.mjs';

const firefoxOnlyTests = 'tests/browser/firefox.test.ts';

const chromePath = await requireChromium();
console.log(`Chromium: ${chromePath}`);

const env = { ...process.env, CHROME_PATH: chromePath };
const vitestArgs = ['run', '--config', 'vitest.e2e.config.ts'];
const firefox = findFirefox(env);
if (firefox.ok) {
  env.FIREFOX_PATH = firefox.value;
  console.log(`Firefox: ${firefox.value}`);
} else if (env.CI === 'true') {
  console.error(`\n✖ CI: the Firefox browser tests cannot run without Firefox; failing.\n${firefox.problem.message}\n`);
  process.exit(1);
} else if (/firefox|all/i.test(env.BROWSER ?? '')) {
  console.error(`\n✖ BROWSER=${env.BROWSER} asks for Firefox, but there is none.\n${firefox.problem.message}\n`);
  process.exit(1);
} else {
  console.warn(`\n⚠ Firefox tests skipped: ${firefox.problem.message}\n  Only Chromium runs now; CI runs both.\n`);
  env.BROWSER = 'chrome';
}
let browsers;
try {
  browsers = browsersUnderTest(env);
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (!browsers.includes('firefox')) vitestArgs.push('--exclude', firefoxOnlyTests);

try {
  // Both browsers: the bundle test reads both outputs and must never read a stale one.
  await buildExtension('chrome');
  await buildExtension('firefox');
  await buildReplicas();
  console.log(`\n▶ Browser tests (${browsers.join(' and ')})`);
  await run(bin('vitest'), [...vitestArgs, ...process.argv.slice(2)], env);
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
