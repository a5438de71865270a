#!/usr/bin/env node
// `npm run lint:firefox`: Mozilla's add-on linter (what AMO runs on upload) over the built Firefox
// extension. Errors fail. So does every warning, except the ones the README's "Firefox" section
// explains, and those only where they come from the library code the explanation is about.
// Usage: node scripts/lint-firefox.mjs [build dir]   (default: the Firefox build the tests load)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { firefoxExtensionDir, projectRoot } from './lib/browser.mjs';

/**
 * Warnings a reviewer will see and we accept, each tied to the code that causes it: the
 * flagged spot must show `marker` within the few hundred characters before it.
 */
const explainedWarnings = [
  {
    code: 'DANGEROUS_EVAL',
    why: "zod 4 probes whether eval is allowed (`Function('')` in a try) before choosing its fast path; the extension's CSP refuses it and zod parses without eval",
    marker: 'jitless',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "React DOM's handling of dangerouslySetInnerHTML; the extension never passes it HTML",
    marker: 'dangerouslySetInnerHTML',
  },
];

const extensionDir = path.resolve(process.argv[2] ?? firefoxExtensionDir);
if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
  console.error(`✖ No built Firefox extension at ${extensionDir}. Build it with \`npm run build:firefox\`.`);
  process.exit(1);
}

const webExt = path.join(projectRoot, 'node_modules/.bin/web-ext');
const linted = spawnSync(webExt, ['lint', '--source-dir', extensionDir, '--output', 'json', '--no-config-discovery'], {
  cwd: projectRoot,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(linted.stdout);
} catch {
  console.error(`✖ web-ext lint gave no report (exit ${linted.status}).\n${linted.stderr}`);
  process.exit(1);
}

/** @param {{ file?: string, line?: number, column?: number }} message */
function codeBefore(message, length = 400) {
  if (!message.file) return '';
  const file = path.join(extensionDir, message.file);
  if (!existsSync(file)) return '';
  const line = readFileSync(file, 'utf8').split('\n')[(message.line ?? 1) - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - length), column + 40);
}

/** @param {{ code: string, file?: string, line?: number, column?: number }} message */
const explanationOf = (message) =>
  explainedWarnings.find((explained) => explained.code === message.code && codeBefore(message).includes(explained.marker));

const where = (message) => [message.file, message.line, message.column].filter((part) => part !== undefined && part !== null).join(':');
const problems = [
  ...report.errors.map((message) => ({ kind: 'error', message })),
  ...report.warnings.filter((message) => !explanationOf(message)).map((message) => ({ kind: 'warning', message })),
];

const relativeDir = path.relative(projectRoot, extensionDir) || extensionDir;
console.log(`web-ext lint ${relativeDir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
for (const message of report.warnings) {
  const explained = explanationOf(message);
  if (explained) console.log(`  explained  ${message.code} ${where(message)}: ${explained.why}`);
}
// Notices are AMO's remarks for the reviewer, not findings: shown, never failing.
for (const message of report.notices) console.log(`  notice     ${message.code} ${where(message)}: ${message.message}`);
for (const { kind, message } of problems) {
  console.error(`  ${kind.padEnd(9)}  ${message.code} ${where(message)}: ${message.message}\n             ${message.description ?? ''}`);
}
if (problems.length > 0) {
  console.error(`\n✖ Fix these, or, for a warning that must stay, explain it in the README's "Firefox" section and in scripts/lint-firefox.mjs.`);
  process.exit(1);
}
console.log('✔ Nothing AMO would flag beyond the warnings explained in the README.');
