// The browser-test harness: real Chromium, the built extension, fixture pages at real URLs.
// The logic lives in scripts/lib/browser.mjs so `npm start` runs exactly what the tests run.
export {
  chromeExtensionDir,
  firefoxExtensionDir,
  isAwsOrPortalUrl,
  launchWithExtension,
  openExtensionPage,
  projectRoot,
  screenshot,
  screenshotsDir,
  serveFixtures,
  serveFixturesInAllPages,
  withReplicaOptions,
} from '../../scripts/lib/browser.mjs';
export type {
  ExtensionManifest,
  FixtureLog,
  FixtureResponse,
  FixtureRoute,
  LaunchedBrowser,
} from '../../scripts/lib/browser.mjs';
