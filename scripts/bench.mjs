#!/usr/bin/env node
// `npm run bench`: figures, not pass/fail. Builds first when the build is missing or older than
// the sources. To add a benchmark, write an async function returning rows and list it below.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';
import { chromeExtensionDir, projectRoot } from './lib/browser.mjs';
import { buildExtension } from './lib/build.mjs';

/** @typedef {{ label: string, value: string, note?: string }} Row */

const isolatedContentScriptGoal = 40 * 1024;
const verificationChunkGoal = 250 * 1024;
// Found in every minified bundle of the AWS SDK's signer (tests/browser/bundle.test.ts shows it).
const awsSdkMarker = 'AWS4-HMAC-SHA256';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizeOf = (files) => {
  const code = Buffer.concat(files.map((file) => readFileSync(path.join(chromeExtensionDir, file))));
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
};
const manifest = () => JSON.parse(readFileSync(path.join(chromeExtensionDir, 'manifest.json'), 'utf8'));

/** @returns {Promise<Row[]>} */
async function contentScriptSizes() {
  return (manifest().content_scripts ?? []).flatMap((script) =>
    (script.js ?? []).map((file) => {
      const world = script.world === 'MAIN' ? 'MAIN' : 'ISOLATED';
      const { raw, gzip } = sizeOf([file]);
      const note = world === 'ISOLATED' ? `goal ≤ ${isolatedContentScriptGoal / 1024} KB minified` : undefined;
      return { label: `${file} (${world} world)`, value: `${kb(raw)} raw, ${kb(gzip)} gzip`, note };
    }),
  );
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
  return [{ label: `.output/chrome-mv3 (${files.length} files)`, value: `${kb(raw)} raw, ${kb(gzip)} gzip` }];
}

/**
 * The chunks the side panel loads only when someone presses Verify (`import('@/lib/verify/run')`):
 * those carrying the AWS SDK that no page loads up front.
 * @returns {Promise<Row[]>}
 */
async function verificationChunkSize() {
  const loadedUpFront = new Set(['sidepanel.html', 'popup.html'].filter((page) => existsSync(path.join(chromeExtensionDir, page))).flatMap(pageAssets));
  const chunksDir = path.join(chromeExtensionDir, 'chunks');
  const chunks = (existsSync(chunksDir) ? readdirSync(chunksDir) : [])
    .map((file) => `chunks/${file}`)
    .filter((file) => file.endsWith('.js') && !loadedUpFront.has(file) && readFileSync(path.join(chromeExtensionDir, file), 'utf8').includes(awsSdkMarker));
  if (chunks.length === 0) {
    return [{ label: 'Verification chunk', value: 'not in the build', note: 'nothing imports lib/verify/run yet: is the Verify section mounted?' }];
  }
  const { raw, gzip } = sizeOf(chunks);
  const verdict = raw <= verificationChunkGoal ? 'within' : 'OVER';
  return [{ label: `Verification (${chunks.join(', ')})`, value: `${kb(raw)} raw, ${kb(gzip)} gzip`, note: `goal ≤ ${verificationChunkGoal / 1024} KB minified: ${verdict}` }];
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

const benchmarks = [
  { name: 'Content scripts (run on every console page)', run: contentScriptSizes },
  { name: 'Extension pages', run: extensionPageSizes },
  { name: 'Verify before connecting: the lazily loaded SDK chunk', run: verificationChunkSize },
  { name: 'Verify before connecting: a full verification against the local fake AWS', run: verificationTime },
  { name: 'Whole extension', run: wholeExtensionSize },
];

function newestSourceTime() {
  const sources = ['entrypoints', 'components', 'lib', 'assets', 'public']
    .map((dir) => path.join(projectRoot, dir))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file)));
  sources.push(path.join(projectRoot, 'wxt.config.ts'), path.join(projectRoot, 'package.json'));
  return Math.max(...sources.map((file) => statSync(file).mtimeMs));
}

const builtManifest = path.join(chromeExtensionDir, 'manifest.json');
if (!existsSync(builtManifest) || statSync(builtManifest).mtimeMs < newestSourceTime()) {
  await buildExtension('chrome');
}

console.log(`\nBench: ${path.relative(projectRoot, chromeExtensionDir)}, built ${statSync(builtManifest).mtime.toISOString()}`);
for (const benchmark of benchmarks) {
  console.log(`\n${benchmark.name}`);
  for (const row of await benchmark.run()) {
    console.log(`  ${row.label.padEnd(48)} ${row.value}${row.note ? `   (${row.note})` : ''}`);
  }
}
