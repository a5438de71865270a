// Turns a copied "Report a problem" report into a field capture (a test fixture).
//   node scripts/save-field-capture.mjs REPORT.txt NAME --page PAGE_ID [--value kind=value …] [--source TEXT]
//   (REPORT.txt may be "-" for stdin.) Writes tests/field-captures/NAME.json; run
//   `npx vitest run tests/unit/field-captures.test.ts` to see whether the extension still reads that page.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './lib/browser.mjs';

/** lib/diagnostics/capture.ts through Vite's module runner (plain Node can't import TypeScript). */
export async function loadCaptureModule() {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(path.join(projectRoot, 'lib/diagnostics/capture.ts'), {
    configFile: false,
    logLevel: 'silent',
    root: projectRoot,
    resolve: { alias: [{ find: /^@\//, replacement: `${projectRoot}/` }] },
  });
  return module;
}

/** Values given as kind=value: numbers and booleans as such, everything else a string. */
export function parseValue(text) {
  if (text === 'true' || text === 'false') return text === 'true';
  return /^\d+$/.test(text) && text.length < 6 ? Number(text) : text;
}

export async function saveFieldCapture(report, name, expect, source) {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`Capture name "${name}": use lower-case letters, digits and dashes.`);
  const { captureFromSnapshot } = await loadCaptureModule();
  const capture = captureFromSnapshot(report, expect, source);
  const file = path.join(projectRoot, 'tests/field-captures', `${name}.json`);
  writeFileSync(file, `${JSON.stringify(capture, null, 2)}\n`);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [reportFile, name, ...rest] = process.argv.slice(2);
  let page;
  let source = 'a user report';
  const values = {};
  for (let index = 0; index < rest.length; index += 2) {
    const [flag, value = ''] = [rest[index], rest[index + 1]];
    if (flag === '--page') page = value;
    else if (flag === '--source') source = value;
    else if (flag === '--value' && value.includes('=')) values[value.slice(0, value.indexOf('='))] = parseValue(value.slice(value.indexOf('=') + 1));
    else {
      console.error(`Unknown argument ${flag}. Expected --page PAGE_ID, --value kind=value, --source TEXT.`);
      process.exit(2);
    }
  }
  if (!reportFile || !name || !page) {
    console.error('Usage: node scripts/save-field-capture.mjs REPORT.txt NAME --page PAGE_ID [--value kind=value …] [--source TEXT]');
    process.exit(2);
  }
  const report = readFileSync(reportFile === '-' ? 0 : reportFile, 'utf8');
  console.log(`Saved ${path.relative(projectRoot, await saveFieldCapture(report, name, { page, values }, source))}`);
}
