// Launches Chromium with the built extension and serves fixture pages at real console URLs.
// Shared by the browser tests (through tests/support/browser.ts) and `npm start`, so the demo
// runs exactly what the tests run. Types: browser.d.mts beside this file.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../find-browser.mjs';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const chromeExtensionDir = path.join(projectRoot, '.output/chrome-mv3');
export const firefoxExtensionDir = path.join(projectRoot, '.output/firefox-mv2');
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
  const chromium = executablePath ? { ok: true, value: executablePath } : findChromium();
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
    return { browser, extensionId, manifest, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
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
 * Open one of the extension's own pages (`sidepanel.html`, `popup.html`) in a tab.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionId
 * @param {string} pagePath
 * @param {{ viewport?: { width: number, height: number }, pageErrors?: string[] }} [options]
 *   `pageErrors` collects uncaught errors from the first script on, which a listener added
 *   after this returns would miss.
 */
export async function openExtensionPage(browser, extensionId, pagePath, { viewport, pageErrors } = {}) {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  if (pageErrors) page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`chrome-extension://${extensionId}/${pagePath}`, { waitUntil: 'load' });
  return page;
}

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
