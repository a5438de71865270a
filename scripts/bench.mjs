#!/usr/bin/env node
// `npm run bench`: figures, not pass/fail. Builds first when the build is missing or older than
// the sources. To add a benchmark, write an async function returning rows and list it below.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeExtensionDir, projectRoot } from './lib/browser.mjs';
import { buildExtension } from './lib/build.mjs';

/** @typedef {{ label: string, value: string, note?: string }} Row */

const isolatedContentScriptGoal = 40 * 1024;

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

const benchmarks = [
  { name: 'Content scripts (run on every console page)', run: contentScriptSizes },
  { name: 'Extension pages', run: extensionPageSizes },
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
