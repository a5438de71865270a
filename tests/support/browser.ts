// The browser-test harness: real Chromium or Firefox, the built extension, fixture pages at real URLs.
// The logic lives in scripts/lib/browser.mjs so `npm start` runs exactly what the tests run.
import { afterAll, beforeAll, describe } from 'vitest';
import { browsersUnderTest, launchExtensionIn, type BrowserName, type LaunchedBrowser } from '../../scripts/lib/browser.mjs';

export {
  browserNames,
  browsersUnderTest,
  chromeExtensionDir,
  evaluateInExtension,
  findFirefox,
  firefoxExtensionDir,
  isAwsOrPortalUrl,
  launchExtensionIn,
  launchFirefoxWithExtension,
  launchWithExtension,
  openExtensionPage,
  projectRoot,
  readExtensionStorage,
  screenshot,
  screenshotsDir,
  serveFixtures,
  serveFixturesInAllPages,
  withReplicaOptions,
} from '../../scripts/lib/browser.mjs';
export type {
  BrowserName,
  ExtensionManifest,
  FixtureLog,
  FixtureResponse,
  FixtureRoute,
  LaunchedBrowser,
  LaunchedFirefox,
  LaunchOptions,
} from '../../scripts/lib/browser.mjs';

/**
 * The same tests once per browser under test (`BROWSER=chrome|firefox|all`; by default Chromium,
 * and Firefox when it is installed), each in a `describe` named after the browser, with its own
 * launched browser. The helpers in ./console.ts work unchanged in both.
 *
 *   forEachBrowser((launched) => {
 *     it('fills the policy', async () => { const page = await openConsole(launched(), url); … });
 *   });
 */
export function forEachBrowser(tests: (launched: () => LaunchedBrowser, browserName: BrowserName) => void): void {
  describe.each(browsersUnderTest())('in %s', (browserName) => {
    let current: LaunchedBrowser | undefined;
    beforeAll(async () => {
      current = await launchExtensionIn(browserName);
    });
    afterAll(async () => {
      await current?.close();
    });
    tests(() => {
      if (!current) throw new Error(`${browserName} did not launch: see the error from beforeAll.`);
      return current;
    }, browserName);
  });
}
