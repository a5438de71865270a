// Launches Chromium or Firefox with the built extension and serves fixture pages at real console URLs.
// Shared by the browser tests (through tests/support/browser.ts) and `npm start`, so the demo
// runs exactly what the tests run. Types: browser.d.mts beside this file.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowserBinary, findChromium } from '../find-browser.mjs';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const chromeExtensionDir = path.join(projectRoot, '.output/chrome-mv3');
// Firefox builds as MV3 too (`wxt build -b firefox --mv3`): see wxt.config.ts.
export const firefoxExtensionDir = path.join(projectRoot, '.output/firefox-mv3');
export const screenshotsDir = path.join(projectRoot, '.tmp/screenshots');

// Headless Chromium on these machines: no sandbox (containers), no GPU, and nothing that
// phones home, so a test run makes no network request of its own.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * @param {{ executablePath?: string, extensionDir?: string, headless?: boolean }} [options]
 */
export async function launchWithExtension({ executablePath, extensionDir = chromeExtensionDir, headless = true } = {}) {
  const manifestFile = path.join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(
      `No built extension at ${extensionDir}. Build it with \`npx wxt build\`, or run \`npm run test:browser\`, which builds first.`,
    );
  }
  const chromium = executablePath ? { ok: true, value: executablePath } : await findChromium();
  if (!chromium.ok) throw new Error(chromium.problem.message);

  // Puppeteer gives each launch a fresh temporary profile and removes it on close.
  const browser = await puppeteer.launch({
    executablePath: chromium.value,
    headless,
    pipe: true,
    enableExtensions: true,
    args: chromiumArgs,
    defaultViewport: headless ? { width: 1280, height: 800 } : null,
  });
  try {
    // installExtension waits for the load; `enableExtensions: [dir]` does not.
    const extensionId = await browser.installExtension(extensionDir);
    // The background service worker starting is the proof that the manifest and background load.
    await browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`),
      { timeout: 15_000 },
    );
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    return {
      browser,
      browserName: /** @type {const} */ ('chrome'),
      extensionId,
      extensionOrigin: `chrome-extension://${extensionId}`,
      manifest,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export const firefoxCandidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
export const firefoxInstallHint =
  'Install Firefox ESR: sudo apt-get install -y firefox-esr (Debian/Ubuntu), or set FIREFOX_PATH=/path/to/firefox';

/**
 * @param {NodeJS.ProcessEnv} [env]
 */
export const findFirefox = (env = process.env) =>
  findBrowserBinary({ name: 'Firefox', envVar: 'FIREFOX_PATH', candidates: firefoxCandidates, installHint: firefoxInstallHint, env });

/**
 * Firefox over WebDriver BiDi with the built extension installed as a temporary add-on.
 * `extensionId` is the add-on's internal UUID (the host of its moz-extension:// pages), which we
 * choose up front through a pref, since Firefox otherwise makes up a random one per profile.
 * `grantOptionalPermissions` answers the extension's permissions.request "Allow" without a prompt
 * (Firefox's own pref for that; headless Firefox can show no prompt), as a person who allows it would.
 * @param {{ executablePath?: string, extensionDir?: string, headless?: boolean, grantOptionalPermissions?: boolean }} [options]
 */
export async function launchFirefoxWithExtension({ executablePath, extensionDir = firefoxExtensionDir, headless = true, grantOptionalPermissions = false } = {}) {
  const manifestFile = path.join(extensionDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(
      `No built Firefox extension at ${extensionDir}. Build it with \`npm run build:firefox\`, or run \`npm run test:browser\`, which builds first.`,
    );
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (typeof geckoId !== 'string') {
    throw new Error(`${manifestFile} has no browser_specific_settings.gecko.id: Firefox needs one to install the add-on under a known ID.`);
  }
  const firefox = executablePath ? { ok: true, value: executablePath } : findFirefox();
  if (!firefox.ok) throw new Error(firefox.problem.message);

  const extensionId = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox.value,
    headless,
    // BiDi's webExtension.install is a privileged command.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionId }),
      ...(grantOptionalPermissions ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
    },
    defaultViewport: headless ? { width: 1280, height: 800 } : null,
  });
  try {
    // installExtension resolves once the add-on is installed and started; `enableExtensions` doesn't wait.
    // Firefox wants an absolute path.
    const installedId = await browser.installExtension(path.resolve(extensionDir));
    if (installedId !== geckoId) throw new Error(`Firefox installed the add-on as ${installedId}, expected ${geckoId}.`);
    return {
      browser,
      browserName: /** @type {const} */ ('firefox'),
      extensionId,
      extensionOrigin: `moz-extension://${extensionId}`,
      geckoId,
      manifest,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export const browserNames = /** @type {const} */ (['chrome', 'firefox']);

/**
 * The browsers a test run covers: `BROWSER=chrome|firefox|all` (comma lists too), by default
 * Chromium, plus Firefox when one is installed. Unknown names are an error, not a silent no-op.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Array<'chrome' | 'firefox'>}
 */
export function browsersUnderTest(env = process.env) {
  const wanted = (env.BROWSER ?? '').trim().toLowerCase();
  if (wanted === '') return findFirefox(env).ok ? ['chrome', 'firefox'] : ['chrome'];
  if (wanted === 'all') return [...browserNames];
  const names = wanted.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(/** @type {readonly string[]} */ (browserNames).includes(name)));
  if (unknown.length > 0) throw new Error(`BROWSER=${env.BROWSER}: unknown browser ${unknown.join(', ')}; use chrome, firefox, all or a comma list.`);
  return /** @type {Array<'chrome' | 'firefox'>} */ ([...new Set(names)]);
}

/**
 * The extension in either browser, for tests that run in both.
 * @param {'chrome' | 'firefox'} browserName
 * @param {{ executablePath?: string, extensionDir?: string, headless?: boolean }} [options]
 */
export function launchExtensionIn(browserName, options) {
  return browserName === 'firefox' ? launchFirefoxWithExtension(options) : launchWithExtension(options);
}

const passThroughSchemes = ['data:', 'blob:', 'about:', 'chrome-extension:', 'moz-extension:', 'devtools:'];

// Hosts whose unanswered requests get a 404 (a page asking for a console asset we have no
// fixture for should see a clean "not found", not a network error).
const awsHostSuffixes = ['amazon.com', 'amazonaws.com', 'awsstatic.com', 'softwareone.com'];

/** @param {string} url */
export function isAwsOrPortalUrl(url) {
  let host;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return awsHostSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/** @param {string} url */
const isBrowsersOwnFaviconRequest = (url) => {
  try {
    const { pathname, search } = new URL(url);
    return pathname === '/favicon.ico' && search === '';
  } catch {
    return false;
  }
};

/**
 * @param {import('puppeteer-core').Page} page
 * @param {Array<(url: string) => unknown>} routes
 */
export async function serveFixtures(page, routes) {
  /** @type {{ served: string[], notFound: string[], blocked: string[], failed: string[] }} */
  const log = { served: [], notFound: [], blocked: [], failed: [] };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    void answer(request, routes, log);
  });
  return log;
}

/**
 * @param {import('puppeteer-core').HTTPRequest} request
 * @param {Array<(url: string) => unknown>} routes
 * @param {{ served: string[], notFound: string[], blocked: string[], failed: string[] }} log
 */
async function answer(request, routes, log) {
  // Puppeteer reports the URL with its #fragment; a server never sees one, nor do routes.
  const url = request.url().split('#')[0] ?? '';
  if (passThroughSchemes.some((scheme) => url.startsWith(scheme))) {
    await request.continue();
    return;
  }
  try {
    for (const route of routes) {
      const fixture = /** @type {import('./browser.d.mts').FixtureResponse | undefined} */ (await route(url));
      if (fixture) {
        log.served.push(url);
        await request.respond({
          status: fixture.status,
          contentType: fixture.contentType,
          headers: fixture.headers ?? {},
          body: fixture.body,
        });
        return;
      }
    }
  } catch (error) {
    // A broken fixture shows up as a 500 naming the error, not as a hang.
    log.failed.push(url);
    await request.respond({ status: 500, contentType: 'text/plain', body: `Fixture route failed for ${url}: ${String(error)}` });
    return;
  }
  if (isBrowsersOwnFaviconRequest(url)) {
    // Firefox asks every page's origin for /favicon.ico (Chromium's request never reaches
    // interception): the browser's habit, not the page's, so it stays out of the log.
    await request.respond({ status: 404, contentType: 'text/plain', body: 'No favicon' });
    return;
  }
  if (isAwsOrPortalUrl(url)) {
    log.notFound.push(url);
    await request.respond({ status: 404, contentType: 'text/plain', body: `No fixture for ${url}` });
    return;
  }
  // Anything else never reaches the network either.
  log.blocked.push(url);
  await request.abort('blockedbyclient');
}

/**
 * Serve fixtures in every page the browser opens from now on, and in those already open
 * (for headful demos, where the person opens tabs themselves).
 * @param {import('puppeteer-core').Browser} browser
 * @param {Array<(url: string) => unknown>} routes
 */
export async function serveFixturesInAllPages(browser, routes) {
  browser.on('targetcreated', async (target) => {
    if (target.type() !== 'page') return;
    const page = await target.page();
    if (page) await serveFixtures(page, routes);
  });
  for (const page of await browser.pages()) await serveFixtures(page, routes);
}

/**
 * Replica pages read their options from `window.__REPLICA__` before their own scripts run.
 * @param {import('puppeteer-core').Page} page
 * @param {unknown} options
 */
export async function withReplicaOptions(page, options) {
  await page.evaluateOnNewDocument((replicaOptions) => {
    /** @type {any} */ (window).__REPLICA__ = replicaOptions;
  }, options);
}

/**
 * Open one of the extension's own pages (`sidepanel.html`, `popup.html`) in a tab, in either browser.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionId `LaunchedBrowser.extensionId`
 * @param {string} pagePath
 * @param {{ viewport?: { width: number, height: number }, pageErrors?: string[] }} [options]
 *   `pageErrors` collects uncaught errors from the first script on, which a listener added
 *   after this returns would miss.
 */
export async function openExtensionPage(browser, extensionId, pagePath, { viewport, pageErrors } = {}) {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  if (pageErrors) page.on('pageerror', (error) => pageErrors.push(String(error)));
  if (isFirefoxExtensionId(extensionId)) {
    // Firefox never reports `load` for moz-extension pages over BiDi: take the commit, then the document.
    await page.goto(`moz-extension://${extensionId}/${pagePath}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState === 'complete');
  } else {
    await page.goto(`chrome-extension://${extensionId}/${pagePath}`, { waitUntil: 'load' });
  }
  return page;
}

/** One extension page per browser, kept open to run code with the extension's own API. */
const extensionContextPages = new WeakMap();

/**
 * Run `pageFunction` in one of the extension's own pages, where `chrome.*`/`browser.*` work, in
 * either browser (Chromium tests may also use the service worker; Firefox's event page isn't a target).
 * @template T
 * @param {{ browser: import('puppeteer-core').Browser, extensionId: string }} launched
 * @param {(...args: any[]) => T | Promise<T>} pageFunction
 * @param {...unknown} args
 * @returns {Promise<T>}
 */
export async function evaluateInExtension(launched, pageFunction, ...args) {
  let page = extensionContextPages.get(launched.browser);
  if (!page || page.isClosed()) {
    page = await openExtensionPage(launched.browser, launched.extensionId, 'popup.html');
    extensionContextPages.set(launched.browser, page);
  }
  return /** @type {Promise<T>} */ (page.evaluate(pageFunction, ...args));
}

/**
 * Everything in one of the extension's storage areas, in either browser.
 * @param {{ browser: import('puppeteer-core').Browser, extensionId: string }} launched
 * @param {'local' | 'session'} area
 * @returns {Promise<Record<string, unknown>>}
 */
export function readExtensionStorage(launched, area) {
  return evaluateInExtension(
    launched,
    (which) => /** @type {any} */ (globalThis).chrome.storage[which].get(null),
    area,
  );
}

/** Firefox's internal add-on IDs are UUIDs; Chromium's are 32 letters a–p. @param {string} extensionId */
const isFirefoxExtensionId = (extensionId) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(extensionId);

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} name file name without extension
 * @param {string} [dir]
 */
export async function screenshot(page, name, dir = screenshotsDir) {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: /** @type {`${string}.png`} */ (file), fullPage: true });
  return file;
}
