#!/usr/bin/env node
// `npm run bench`: figures, not pass/fail. Builds first when the build is missing or older than
// the sources. To add a benchmark, write an async function returning rows and list it below.
// BENCH=word,… runs only the benchmarks whose names contain one of the words.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';
import { chromeExtensionDir as builtExtensionDir, launchWithExtension, projectRoot, serveFixtures, withReplicaOptions } from './lib/browser.mjs';
import { buildExtension, buildReplicas } from './lib/build.mjs';
import { loadReplicaRoutesForScripts } from './lib/replicas.mjs';

/** @typedef {{ label: string, value: string, note?: string }} Row */

// EXTENSION_DIR=path measures an extension built elsewhere (as the browser tests take it), unbuilt by us.
const chromeExtensionDir = process.env.EXTENSION_DIR ? path.resolve(process.env.EXTENSION_DIR) : builtExtensionDir;

const isolatedContentScriptGoal = 40 * 1024;
const verificationChunkGoal = 250 * 1024;
// Found in every minified bundle of the AWS SDK's signer (tests/browser/bundle.test.ts shows it).

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizeOf = (files) => {
  const code = Buffer.concat(files.map((file) => readFileSync(path.join(chromeExtensionDir, file))));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
};
const manifest = () => JSON.parse(readFileSync(path.join(chromeExtensionDir, 'manifest.json'), 'utf8'));

const consoleApps = ['iam', 's3', 'billing', 'cloudformation', 'organizations'];
// A string of webextension-polyfill's that minifying keeps: which scripts carry the polyfill.
const polyfillMarker = 'getBadgeBackgroundColor';
const polyfillSize = () => statSync(path.join(projectRoot, 'node_modules/webextension-polyfill/dist/browser-polyfill.min.js')).size;

/**
 * What a console page loads from us, by file size: on every console page the manifest's scripts
 * (only the tiny page-world bridge); on a page of an app we work in, that app's features script too,
 * injected by the background. The goal counts both, polyfill included.
 * @returns {Promise<Row[]>}
 */
async function contentScriptSizes() {
  const consoleScripts = (manifest().content_scripts ?? []).filter((script) => script.matches?.some((match) => match.includes('console.aws.amazon.com')));
  const always = consoleScripts.flatMap((script) => script.js ?? []);
  const rows = consoleScripts.flatMap((script) =>
    (script.js ?? []).map((file) => {
      const { raw, gzip } = sizeOf([file]);
      return { label: `every console page: ${file} (${script.world ?? 'ISOLATED'} world)`, value: `${kb(raw)} raw, ${kb(gzip)} gzip` };
    }),
  );
  for (const app of consoleApps) {
    const file = `console-${app}.js`;
    if (!existsSync(path.join(chromeExtensionDir, file))) continue;
    const { raw, gzip } = sizeOf([...always, file]);
    const verdict = raw <= isolatedContentScriptGoal ? 'within' : 'OVER';
    rows.push({ label: `a ${app} page: + ${file}`, value: `${kb(raw)} raw, ${kb(gzip)} gzip in all`, note: `goal ≤ ${isolatedContentScriptGoal / 1024} KB minified: ${verdict}` });
  }
  if (existsSync(path.join(chromeExtensionDir, 'console-diagnostics.js'))) {
    const { raw, gzip } = sizeOf(['console-diagnostics.js']);
    rows.push({ label: '"Report a problem": + console-diagnostics.js', value: `${kb(raw)} raw, ${kb(gzip)} gzip`, note: 'loaded only when a report is asked for' });
  }
  return rows;
}

/**
 * What webextension-polyfill (through @wxt-dev/webextension-polyfill) costs: its minified size,
 * once in every script that uses `browser` (the background, each console app's features, the
 * portal script, the extension pages' shared chunk). In Firefox it hands back the native `browser`.
 * @returns {Promise<Row[]>}
 */
async function polyfillCost() {
  const scripts = readdirSync(chromeExtensionDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js') && readFileSync(path.join(chromeExtensionDir, file), 'utf8').includes(polyfillMarker))
    .sort();
  const each = polyfillSize();
  return [
    { label: 'webextension-polyfill, minified', value: kb(each), note: 'in each script below' },
    { label: `  carried by ${scripts.length} scripts`, value: scripts.join(', ') },
    { label: '  share of a console app\'s features script', value: consoleApps.filter((app) => existsSync(path.join(chromeExtensionDir, `console-${app}.js`))).map((app) => `${app} ${Math.round((100 * each) / statSync(path.join(chromeExtensionDir, `console-${app}.js`)).size)}%`).join(', ') },
  ];
}

/** The scripts and styles an extension page loads, chunks it shares with other pages included. */
function pageAssets(htmlFile) {
  const html = readFileSync(path.join(chromeExtensionDir, htmlFile), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]);
}

/** @returns {Promise<Row[]>} */
async function extensionPageSizes() {
  return ['sidepanel.html', 'popup.html']
    .filter((page) => existsSync(path.join(chromeExtensionDir, page)))
    .map((page) => {
      const assets = pageAssets(page);
      const { raw, gzip } = sizeOf(assets);
      return { label: `${page} (${assets.length} files)`, value: `${kb(raw)} raw, ${kb(gzip)} gzip` };
    });
}

/** @returns {Promise<Row[]>} */
async function wholeExtensionSize() {
  const files = readdirSync(chromeExtensionDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(path.join(chromeExtensionDir, file)).isFile(),
  );
  const { raw, gzip } = sizeOf(files);
  return [{ label: `${path.relative(projectRoot, chromeExtensionDir)} (${files.length} files)`, value: `${kb(raw)} raw, ${kb(gzip)} gzip` }];
}

/**
 * The chunks the side panel loads only when someone presses Verify (`import('@/lib/verify/run')`):
 * those carrying the AWS SDK that no page loads up front.
 * @returns {Promise<Row[]>}
 */
async function verificationChunkSize() {
  const loadedUpFront = new Set(['sidepanel.html', 'popup.html'].filter((page) => existsSync(path.join(chromeExtensionDir, page))).flatMap(pageAssets));
  const chunksDir = path.join(chromeExtensionDir, 'chunks');
  // Everything reachable from lib/verify/run's chunk (static and dynamic imports) that no page loads up front.
  const entry = (existsSync(chunksDir) ? readdirSync(chunksDir) : [])
    .map((file) => `chunks/${file}`)
    .filter((file) => file.endsWith('.js') && path.basename(file).startsWith('run-'));
  const chunks = [];
  const queue = [...entry];
  while (queue.length > 0) {
    const file = queue.shift();
    if (chunks.includes(file) || loadedUpFront.has(file)) continue;
    chunks.push(file);
    const text = readFileSync(path.join(chromeExtensionDir, file), 'utf8');
    for (const [, imported] of text.matchAll(/(?:from|import\()\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(`chunks/${imported}`);
  }
  if (chunks.length === 0) {
    return [{ label: 'Verification chunk', value: 'not in the build', note: 'nothing imports lib/verify/run yet: is the Verify section mounted?' }];
  }
  // The S3 client comes in a chunk of its own, loaded only for accounts with their own billing export.
  const s3Only = chunks.filter((file) => path.basename(file).startsWith('s3-client'));
  const rows = [];
  for (const [who, loaded] of [
    ['member account (no S3 checks)', chunks.filter((file) => !s3Only.includes(file))],
    ['management / standalone account', chunks],
  ]) {
    const { raw, gzip } = sizeOf(loaded);
    const verdict = raw <= verificationChunkGoal ? 'within' : 'OVER';
    rows.push({ label: `Verification, ${who} (${loaded.length} chunks)`, value: `${kb(raw)} raw, ${kb(gzip)} gzip`, note: `goal ≤ ${verificationChunkGoal / 1024} KB minified: ${verdict}` });
  }
  return rows;
}

/**
 * A whole verification (keys, role trust and permissions, bucket, bucket policy, first delivery)
 * with the real SDK in Node against the fake AWS server on 127.0.0.1: fresh clients each run, as in
 * the side panel. The TypeScript modules load through Vite's module runner.
 * @returns {Promise<Row[]>}
 */
async function verificationTime() {
  // The SDK's notice that future versions need Node 22 says nothing about this figure.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const load = async (file) => (await runnerImport(path.join(projectRoot, file), { configFile: false, root: projectRoot, logLevel: 'silent' })).module;
  const [{ startFakeAws }, { exampleScenario, roleInput, userInput }, { verifyAccount }] = await Promise.all([
    load('tests/support/fake-aws/server.ts'),
    load('tests/support/fake-aws/example-account.ts'),
    load('lib/verify/run.ts'),
  ]);
  const runs = 20;
  const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const rows = [];
  const server = await startFakeAws(exampleScenario());
  try {
    for (const [label, input] of [['role account', roleInput()], ['access-key account', userInput()]]) {
      const times = [];
      let checks = [];
      for (let run = 0; run <= runs; run += 1) {
        const started = performance.now();
        checks = await verifyAccount(input, { endpoint: server.endpoint });
        if (run > 0) times.push(performance.now() - started); // run 0 warms up the SDK's modules
      }
      times.sort((a, b) => a - b);
      const outcome = checks.map((check) => check.status).join(' ');
      rows.push({ label: `${label}, ${checks.length} checks (${runs} runs)`, value: `median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`, note: outcome });
    }
  } finally {
    await server.close();
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// The console content script at work, in Chromium on the console replicas (built first when
// stale). CONSOLE_BENCH_RUNS sets the number of runs (default 50).

const consoleRuns = Math.max(1, Number(process.env.CONSOLE_BENCH_RUNS ?? 50));
const iamHome = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1';

const medianOf = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const p90Of = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.9))];
const ms = (value) => `${value.toFixed(1)} ms`;
const spread = (values) => `median ${ms(medianOf(values))}, p90 ${ms(p90Of(values))} (n=${values.length})`;

let replicaRoutes;
/** Chromium with the built extension, and a page opener serving the replicas at console URLs. */
async function withConsole(work) {
  if (!replicaRoutes) {
    await buildReplicas();
    replicaRoutes = (await loadReplicaRoutesForScripts()).routes;
  }
  const launched = await launchWithExtension({ extensionDir: chromeExtensionDir });
  const open = async (url, options = {}, beforeLoad = async () => {}) => {
    const page = await launched.browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await serveFixtures(page, replicaRoutes);
    await withReplicaOptions(page, options);
    await beforeLoad(page);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  try {
    return await work({ launched, open });
  } finally {
    await launched.close();
  }
}

/** An in-app navigation in an IAM replica page, as a click on one of its links does (no reload). */
const navigateInPage = (page, hash) =>
  page.evaluate((to) => {
    history.pushState(null, '', location.pathname + location.search + to);
    window.dispatchEvent(new Event('replica:navigate'));
  }, hash);

// The discovery policy needs no value from other pages, so its button works on a fresh profile.
const hasInsertButton = () =>
  Array.from(document.querySelectorAll('finops-action')).some((host) =>
    host.shadowRoot?.querySelector('[data-finops-action="insert-policy"]')?.textContent?.includes('ResourceDiscovery'),
  );

/**
 * Editor rendered → our button ready, on IAM "Create policy". The replica renders its Ace editor
 * 200 ms after the route (the console loads Ace late too), so our feature is already waiting, as it
 * would be. A MutationObserver in the page timestamps the first `.ace_editor` and the first
 * `finops-action` host holding an insert button (its shadow content is built in the same task).
 * Each run navigates in the app away and back, which remounts the editor.
 * @returns {Promise<Row[]>}
 */
async function editorToButton() {
  return withConsole(async ({ open }) => {
    const page = await open(`${iamHome}#/policies`, { editorDelayMs: 200 }, (fresh) =>
      fresh.evaluateOnNewDocument(`(() => {
        const bench = (window.__bench = {});
        new MutationObserver(() => {
          const now = performance.now();
          if (bench.editorAt === undefined && document.querySelector('.ace_editor')) bench.editorAt = now;
          if (bench.buttonAt === undefined && (${hasInsertButton.toString()})()) bench.buttonAt = now;
        }).observe(document, { childList: true, subtree: true });
      })()`),
    );
    const latencies = [];
    for (let run = 0; run < consoleRuns; run++) {
      await navigateInPage(page, '#/policies');
      await page.waitForFunction(() => !document.querySelector('.ace_editor'));
      await page.evaluate(() => Object.assign(window.__bench, { editorAt: undefined, buttonAt: undefined }));
      await navigateInPage(page, '#/policies/create?step=addPermissions');
      const handle = await page.waitForFunction(() => window.__bench.buttonAt !== undefined && window.__bench, { timeout: 10_000 });
      const { editorAt, buttonAt } = await handle.jsonValue();
      latencies.push(buttonAt - editorAt);
    }
    return [{ label: 'editor rendered → button ready', value: spread(latencies), note: 'goal ≤ 50 ms' }];
  });
}

/**
 * Click → verified paste: from the click on "Insert … policy" to its status line saying done, which
 * it says only after the background rendered the policy, the MAIN-world bridge set Ace's value, the
 * editor settled and the text read back matched. The editor is reset to the console's default text
 * before each run, so every run is a real write.
 * @returns {Promise<Row[]>}
 */
async function clickToVerifiedPaste() {
  return withConsole(async ({ open }) => {
    const page = await open(`${iamHome}#/policies/create?step=addPermissions`);
    await page.waitForFunction(hasInsertButton);
    const original = await page.evaluate(() => document.querySelector('.ace_editor').env.editor.getValue());
    const latencies = [];
    const failures = [];
    for (let run = 0; run < consoleRuns; run++) {
      await page.evaluate((text) => document.querySelector('.ace_editor').env.editor.setValue(text, -1), original);
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The click must be a person's (trusted) one: our buttons ignore a script's `.click()`. The
      // clock starts on its pointerdown, in the page, so the CDP round trip isn't counted.
      const settled = page.evaluate(
        () =>
          new Promise((resolve) => {
            const host = Array.from(document.querySelectorAll('finops-action')).find((candidate) =>
              candidate.shadowRoot?.querySelector('[data-finops-action="insert-policy"]')?.textContent?.includes('ResourceDiscovery'),
            );
            const button = host.shadowRoot.querySelector('[data-finops-action="insert-policy"]');
            const status = host.shadowRoot.querySelector('.status');
            delete status.dataset.kind;
            let startedAt = 0;
            const observer = new MutationObserver(() => {
              if (!status.dataset.kind) return;
              observer.disconnect();
              resolve({ elapsed: performance.now() - startedAt, kind: status.dataset.kind, text: status.textContent });
            });
            observer.observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
            button.addEventListener('pointerdown', () => (startedAt = performance.now()), { once: true, capture: true });
          }),
      );
      const insertButton = await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('finops-action'))
          .map((candidate) => candidate.shadowRoot?.querySelector('[data-finops-action="insert-policy"]'))
          .find((candidate) => candidate?.textContent?.includes('ResourceDiscovery')),
      );
      await insertButton.click();
      const result = await settled;
      if (result.kind === 'done') latencies.push(result.elapsed);
      else failures.push(result.text);
    }
    const rows = [{ label: 'click → verified paste', value: latencies.length ? spread(latencies) : 'no run succeeded', note: 'goal ≤ 100 ms' }];
    if (failures.length) rows.push({ label: '  runs that did not succeed', value: `${failures.length}: ${failures[0]}` });
    return rows;
  });
}

const ourTraceEvents = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run', 'TimerFire', 'EventDispatch']);

/**
 * Main-thread time our scripts take on a console page no feature wants: load the IAM dashboard,
 * then two in-app navigations to other such pages. Measured from a Chromium trace, not by comparing
 * page totals with and without the extension: the replica's own React rendering varies by far more
 * than the milliseconds in question, while the trace attributes each script evaluation (compile and
 * top-level run) and each function call (listeners, observers, timers) to its script. We add up,
 * counting nested events once, every event of the extension's scripts (on such a page only the
 * MAIN-world bridge: the features are injected only into pages of an app we work in). The evaluation of the first script in the isolated world also
 * pays for creating that world, which any content script would. Not counted: style or layout our
 * DOM changes would cause (on these pages we make none) and garbage collection. Tracing itself slows
 * the page a little, so the figure errs high.
 * @returns {Promise<Row[]>}
 */
async function idlePageCost() {
  return withConsole(async ({ launched, open }) => {
    const ours = `chrome-extension://${launched.extensionId}/`;
    const loads = Math.min(consoleRuns, 20);
    const totals = [];
    const byScript = {};
    for (let run = 0; run < loads; run++) {
      const page = await open(`${iamHome}#/home`, {}, (fresh) =>
        fresh.tracing.start({ categories: ['devtools.timeline', 'v8.execute'] }),
      );
      await page.waitForFunction(() => document.body.textContent?.includes('IAM resources'));
      await navigateInPage(page, '#/groups');
      await navigateInPage(page, '#/home');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
      await page.close();
      const intervals = [];
      for (const event of trace.traceEvents) {
        const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? event.args?.fileName;
        if (event.ph !== 'X' || !ourTraceEvents.has(event.name) || typeof url !== 'string' || !url.startsWith(ours)) continue;
        intervals.push({ thread: `${event.pid}:${event.tid}`, start: event.ts, end: event.ts + (event.dur ?? 0), script: url.slice(ours.length) });
      }
      intervals.sort((a, b) => a.thread.localeCompare(b.thread) || a.start - b.start);
      // Nested events (a compile inside an evaluation) count once: only the part past what is covered.
      const perScript = {};
      let thread;
      let coveredUntil = -Infinity;
      for (const interval of intervals) {
        if (interval.thread !== thread) {
          thread = interval.thread;
          coveredUntil = -Infinity;
        }
        const from = Math.max(interval.start, coveredUntil);
        if (interval.end > from) perScript[interval.script] = (perScript[interval.script] ?? 0) + (interval.end - from);
        coveredUntil = Math.max(coveredUntil, interval.end);
      }
      totals.push(Object.values(perScript).reduce((sum, micros) => sum + micros, 0) / 1000);
      for (const [script, micros] of Object.entries(perScript)) (byScript[script] ??= []).push(micros / 1000);
    }
    // The same visit under V8's sampling profiler (every 50 µs): only the JavaScript our scripts run,
    // without compiling or the isolated world's creation: the part our code controls.
    const jsTimes = [];
    const profiled = await open(`${iamHome}#/home`);
    const cdp = await profiled.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    for (let run = 0; run < loads; run++) {
      await cdp.send('Profiler.start');
      await profiled.reload({ waitUntil: 'load' });
      await profiled.waitForFunction(() => document.body.textContent?.includes('IAM resources'));
      await navigateInPage(profiled, '#/groups');
      await navigateInPage(profiled, '#/home');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { profile } = await cdp.send('Profiler.stop');
      const oursById = new Set(profile.nodes.filter((node) => node.callFrame.url.startsWith(ours)).map((node) => node.id));
      let micros = 0;
      profile.samples.forEach((id, index) => {
        if (oursById.has(id)) micros += profile.timeDeltas[index + 1] ?? 0;
      });
      jsTimes.push(micros / 1000);
    }
    await profiled.close();
    return [
      { label: 'IAM dashboard, then 2 in-app navigations', value: spread(totals), note: 'goal ≤ 2 ms' },
      ...Object.entries(byScript).map(([script, values]) => ({ label: `  of which ${script}`, value: `median ${ms(medianOf(values))}` })),
      { label: '  of which JavaScript our code runs', value: `${spread(jsTimes)}, by CPU profile` },
    ];
  });
}

/**
 * The two tours, run as `npm start` runs them (headless, the built extension), each counting its
 * own clicks and values typed by hand: a standalone account, then an organization of
 * TOUR_MEMBERS member accounts (200 by default). Printed beside the manual guide's figures.
 * @returns {Promise<Row[]>}
 */
async function tourCounts() {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const members = Number(process.env.TOUR_MEMBERS ?? 200);
  const rows = [];
  for (const [name, args] of [
    ['standalone account', ['--headless']],
    [`organization, ${members} members`, ['--organization', '--members', String(members)]],
  ]) {
    const started = performance.now();
    try {
      await promisify(execFile)(process.execPath, [path.join(projectRoot, 'scripts/start.mjs'), ...args], {
        cwd: projectRoot,
        env: { ...process.env, EXTENSION_DIR: chromeExtensionDir },
        timeout: 60 * 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      rows.push({ label: `${name}: the tour failed`, value: String(/** @type {{ stdout?: string }} */ (error).stdout ?? error).trim().split('\n').slice(-6).join(' | ') });
      continue;
    }
    const summary = JSON.parse(readFileSync(path.join(projectRoot, 'demo-output/summary.json'), 'utf8'));
    const counted = summary.counted;
    rows.push(
      { label: `${name}: values typed by hand`, value: String(counted.valuesTypedByHand), note: `goal 0; the manual guide: ${counted.manualGuide.valuesTypedByHand} (${counted.manualGuide.counted})` },
      { label: `${name}: clicks`, value: `${counted.clicks} (${counted.clicksOnPages} on console and portal pages, ${counted.clicksInSidePanel} in the side panel)` },
      ...(counted.clicksPerMemberAccount !== undefined ? [{ label: `${name}: clicks per member account`, value: String(counted.clicksPerMemberAccount), note: 'on the portal, per member' }] : []),
      { label: `${name}: the tour took`, value: `${((performance.now() - started) / 1000).toFixed(0)} s`, note: 'headless Chromium, replicas' },
    );
  }
  return rows;
}

const benchmarks = [
  { name: 'What a console page loads from us (minified)', run: contentScriptSizes },
  { name: 'What the webextension-polyfill costs', run: polyfillCost },
  { name: 'Extension pages', run: extensionPageSizes },
  { name: 'Verify before connecting: the lazily loaded SDK chunk', run: verificationChunkSize },
  { name: 'Verify before connecting: a full verification against the local fake AWS', run: verificationTime },
  { name: 'Whole extension', run: wholeExtensionSize },
  { name: 'Console buttons: editor rendered → button ready (Chromium, console replicas)', run: editorToButton },
  { name: 'Console buttons: click → verified paste', run: clickToVerifiedPaste },
  { name: 'Main-thread time of our scripts on a console page no feature wants', run: idlePageCost },
  { name: 'Organization scale: the tracker with 500 member accounts imported', run: organizationScale },
  { name: 'Side panel first render and popup first paint, 1 and 500 accounts (Chromium, built extension)', run: extensionPageRender },
  { name: 'The tours, counted by themselves: values typed by hand and clicks (TOUR_MEMBERS sets the organization size)', run: tourCounts },
];

/** Navigation → checklist and account list in the side panel; navigation → first paint of the popup (scripts/lib/panel-bench.mjs). */
async function extensionPageRender() {
  const { extensionPageRenderRows } = await import('./lib/panel-bench.mjs');
  return extensionPageRenderRows({ extensionDir: chromeExtensionDir, runs: Math.min(consoleRuns, 20) });
}

/** Reducer import time and the side panel's render of 501 accounts (scripts/lib/organization-bench.mjs). */
async function organizationScale() {
  const { organizationScaleRows } = await import('./lib/organization-bench.mjs');
  return organizationScaleRows({ runs: Math.min(consoleRuns, 20) });
}

function newestSourceTime() {
  const sources = ['entrypoints', 'components', 'lib', 'assets', 'public']
    .map((dir) => path.join(projectRoot, dir))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file)));
  sources.push(path.join(projectRoot, 'wxt.config.ts'), path.join(projectRoot, 'package.json'));
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

const builtManifest = path.join(chromeExtensionDir, 'manifest.json');
if (!process.env.EXTENSION_DIR && (!existsSync(builtManifest) || statSync(builtManifest).mtimeMs < newestSourceTime())) {
  await buildExtension('chrome');
}

console.log(`\nBench: ${path.relative(projectRoot, chromeExtensionDir)}, built ${statSync(builtManifest).mtime.toISOString()}`);
// BENCH=words,… runs only the benchmarks whose names contain one of them, e.g. BENCH=console,polyfill.
const only = (process.env.BENCH ?? '').toLowerCase().split(',').filter(Boolean);
for (const benchmark of benchmarks.filter(({ name }) => only.length === 0 || only.some((word) => name.toLowerCase().includes(word)))) {
  console.log(`\n${benchmark.name}`);
  for (const row of await benchmark.run()) {
    console.log(`  ${row.label.padEnd(48)} ${row.value}${row.note ? `   (${row.note})` : ''}`);
  }
}
