#!/usr/bin/env node
// `npm start`: build, then Chromium with the extension beside replica console pages.
// With a display: a real window to click around in, left open. Without one (or under CI, or
// with --headless): the tour in scripts/demo-tour.mjs, headless, with screenshots and a
// summary in demo-output/.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tourSteps, startPageIds } from './demo-tour.mjs';
import { requireChromium } from './find-browser.mjs';
import {
  chromeExtensionDir,
  launchWithExtension,
  openExtensionPage,
  projectRoot,
  screenshot,
  serveFixtures,
  serveFixturesInAllPages,
  withReplicaOptions,
} from './lib/browser.mjs';
import { buildExtension, buildReplicas } from './lib/build.mjs';
import { loadReplicaRoutesForScripts } from './lib/replicas.mjs';
import { serveStandInConsole } from './lib/stand-in-console.mjs';

const outputDir = path.join(projectRoot, 'demo-output');
const relative = (file) => path.relative(projectRoot, file);

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const underCi = process.env.CI === 'true';
const headful = hasDisplay && !underCi && !process.argv.includes('--headless');
const headlessBecause = process.argv.includes('--headless') ? '--headless given' : underCi ? 'CI=true' : 'no $DISPLAY';

const chromePath = requireChromium();
const replicas = await prepare().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

async function prepare() {
  await buildExtension('chrome');
  await buildReplicas();
  return loadReplicaRoutesForScripts();
}

const namedRoutes = [
  ...replicas.routes.map((route, index) => ({ name: `${replicas.loaded[index]} replica`, route })),
  { name: 'stand-in page', route: serveStandInConsole },
];
const routes = namedRoutes.map(({ route }) => route);

/** Which route would answer a page URL, if any answers it with a page. */
async function pageSource(url) {
  const requested = url.split('#')[0] ?? '';
  for (const { name, route } of namedRoutes) {
    const response = /** @type {{ status: number } | undefined} */ (await route(requested));
    if (response) return response.status < 400 ? { name } : { name, unavailable: `answers ${response.status}` };
  }
  return undefined;
}

console.log(`\n▶ Chromium ${chromePath}, ${headful ? 'with a window' : `headless (${headlessBecause})`}`);
if (replicas.missing.length > 0) console.log(`  Replicas not written yet: ${replicas.missing.join(', ')}.`);

const launched = await launchWithExtension({ executablePath: chromePath, headless: !headful });
const { browser, extensionId, manifest } = launched;
console.log(`  Extension "${manifest.name}" ${manifest.version} loaded from ${relative(chromeExtensionDir)}, ID ${extensionId}`);

if (headful) {
  await openWindow();
} else {
  process.exitCode = await runTour();
}

async function openWindow() {
  await serveFixturesInAllPages(browser, routes);
  let startStep;
  for (const id of startPageIds) {
    const step = tourSteps.find((candidate) => candidate.id === id);
    const source = step?.url ? await pageSource(step.url) : undefined;
    if (step && source && !source.unavailable) {
      startStep = step;
      break;
    }
  }
  const [page] = await browser.pages();
  if (startStep?.url && page) await page.goto(startStep.url);
  console.log(`
  Opened ${startStep?.title ?? 'a blank tab'} (console pages are replicas served locally; nothing goes to AWS).
  Open the extension from its toolbar icon (the puzzle piece lists it), or visit
  chrome-extension://${extensionId}/sidepanel.html in a tab.
  Close the browser window to finish.`);
  await new Promise((resolve) => browser.once('disconnected', resolve));
}

async function runTour() {
  await rm(outputDir, { recursive: true, force: true });
  await mkdir(outputDir, { recursive: true });
  const visited = [];
  for (const [index, step] of tourSteps.entries()) {
    const number = String(index + 1).padStart(2, '0');
    try {
      visited.push({ number, ...(await visit(step, `${number}-${step.id}`)) });
    } catch (error) {
      visited.push({ number, id: step.id, title: step.title, status: 'failed', error: String(error) });
    }
  }
  await launched.close();

  const summary = {
    ranAt: new Date().toISOString(),
    mode: `headless (${headlessBecause})`,
    chromium: chromePath,
    extension: { id: extensionId, name: manifest.name, version: manifest.version, dir: relative(chromeExtensionDir) },
    replicas: { loaded: replicas.loaded, notWrittenYet: replicas.missing },
    steps: visited,
  };
  await writeFile(path.join(outputDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

  console.log('\n▶ Demo tour');
  for (const step of visited) {
    const mark = step.status === 'visited' ? '✔' : step.status === 'skipped' ? '–' : '✖';
    console.log(`  ${mark} ${step.number}. ${step.title}`);
    if (step.status === 'visited') {
      const facts = [step.servedBy && `served by the ${step.servedBy}`, step.heading && `heading "${step.heading}"`, step.contentScriptRan && 'content script ran', step.note]
        .filter(Boolean)
        .join('; ');
      console.log(`       ${step.screenshot}${facts ? ` (${facts})` : ''}`);
      for (const error of step.pageErrors) console.log(`       page error: ${error}`);
    } else {
      console.log(`       ${step.status}: ${step.reason ?? step.error}`);
    }
  }
  console.log(`\n  Summary: ${relative(path.join(outputDir, 'summary.json'))}`);
  return visited.some((step) => step.status === 'failed') ? 1 : 0;
}

/**
 * @param {import('./demo-tour.mjs').TourStep} step
 * @param {string} screenshotName
 */
async function visit(step, screenshotName) {
  const base = { id: step.id, title: step.title };
  const pageErrors = [];
  let page;
  let servedBy;
  let contentScriptRan = false;
  if (step.extensionPage) {
    page = await openExtensionPage(browser, extensionId, step.extensionPage, { viewport: step.viewport, pageErrors });
  } else if (step.url) {
    const source = await pageSource(step.url);
    if (!source || source.unavailable) {
      const reason = source ? `the ${source.name} ${source.unavailable}` : 'no replica serves this page yet';
      return { ...base, url: step.url, status: 'skipped', reason };
    }
    servedBy = source.name;
    page = await browser.newPage();
    if (step.viewport) await page.setViewport(step.viewport);
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await serveFixtures(page, routes);
    if (step.replicaOptions !== undefined) await withReplicaOptions(page, step.replicaOptions);
    // The content script runs in its own JavaScript world, named by the extension's origin.
    const session = await page.createCDPSession();
    session.on('Runtime.executionContextCreated', (event) => {
      if (event.context.origin === `chrome-extension://${extensionId}`) contentScriptRan = true;
    });
    await session.send('Runtime.enable');
    await page.goto(step.url, { waitUntil: 'load' });
  } else {
    throw new Error(`Tour step ${step.id} has neither a url nor an extensionPage.`);
  }
  // Replica apps render after load; give them a moment of network quiet.
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 5_000 }).catch(() => undefined);
  const rendered = await page
    .waitForFunction(() => document.body?.innerText.trim() !== '', { timeout: 5_000 })
    .then(() => true, () => false);
  const note = [rendered ? undefined : 'the page rendered no text', step.act ? await step.act(page) : undefined]
    .filter(Boolean)
    .join('; ');
  const heading = await page.$eval('h1', (element) => element.textContent?.trim()).catch(() => undefined);
  const file = await screenshot(page, screenshotName, outputDir);
  await page.close();
  return {
    ...base,
    url: step.url ?? `chrome-extension://${extensionId}/${step.extensionPage}`,
    status: 'visited',
    servedBy,
    heading,
    contentScriptRan: step.url ? contentScriptRan : undefined,
    note: note || undefined,
    pageErrors,
    screenshot: relative(file),
  };
}
