// Field captures made from the console replicas, the way a user's report would be made: the page is
// rendered in Chromium, its DOM (with live input values and checks) handed to the extension's own
// buildSnapshot, and the report turned into a capture by scripts/save-field-capture.mjs.
//   node tests/console-replicas/build.mjs && node scripts/make-replica-captures.mjs
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { JSDOM } from 'jsdom';
import { runnerImport } from 'vite';
import { chromiumArgs, projectRoot, serveFixtures, withReplicaOptions } from './lib/browser.mjs';
import { loadReplicaRoutesForScripts } from './lib/replicas.mjs';
import { saveFieldCapture } from './save-field-capture.mjs';

const importTs = async (file) =>
  (await runnerImport(path.join(projectRoot, file), { configFile: false, logLevel: 'silent', root: projectRoot, resolve: { alias: [{ find: /^@\//, replacement: `${projectRoot}/` }] } })).module;

const captures = [
  {
    name: 'replica-export-details-nested-prefix',
    source: 'replica: Data export details with s3://BUCKET/finops/cur2',
    url: 'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports/details/finops-cur2-export',
    options: { exports: [{ name: 'finops-cur2-export', bucket: 'acme-billing-exports', prefix: 'finops/cur2', status: 'Healthy', type: 'Standard data export', format: 'Parquet' }] },
    ready: 's3://acme-billing-exports/finops/cur2',
    expect: { page: 'data-exports-details', values: { exportName: 'fake-export', region: 'us-east-1', loading: false } },
  },
  {
    name: 'replica-edit-bucket-policy',
    source: 'replica: S3 Edit bucket policy',
    url: 'https://s3.console.aws.amazon.com/s3/bucket/acme-billing-exports/property/policy/edit?region=eu-west-1',
    options: {},
    ready: '.ace_editor',
    expect: { page: 's3-edit-bucket-policy', values: { bucketName: 'fake-bucket-0001', region: 'eu-west-1', policyEditors: 1, loading: false } },
  },
  {
    name: 'replica-iam-role-details',
    source: 'replica: IAM role details',
    url: 'https://us-east-1.console.aws.amazon.com/iam/home#/roles/details/FinOpsForCloudAccessRole',
    options: {},
    ready: 'arn:aws:iam::',
    expect: { page: 'iam-role-details', values: { roleName: 'FakeRole', loading: false } },
  },
];

const { buildSnapshot } = await importTs('lib/diagnostics/snapshot.ts');
const { expectedOnPage } = await importTs('lib/diagnostics/expected.ts');
const { routes } = await loadReplicaRoutesForScripts();
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
try {
  for (const capture of captures) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await serveFixtures(page, routes);
    await withReplicaOptions(page, capture.options);
    await page.goto(capture.url, { waitUntil: 'load' });
    await page.waitForFunction(
      (ready) => (ready.startsWith('.') ? document.querySelector(ready) !== null : document.body.textContent?.includes(ready)),
      { timeout: 20_000 },
      capture.ready,
    );
    // outerHTML leaves out live state: write values and checks into attributes first.
    const html = await page.evaluate(() => {
      for (const control of document.querySelectorAll('input, textarea')) {
        if (control.type === 'checkbox' || control.type === 'radio') control.toggleAttribute('checked', control.checked);
        else control.setAttribute('value', control.value);
      }
      return document.documentElement.outerHTML;
    });
    await page.close();
    const { window } = new JSDOM(html, { url: capture.url });
    const report = buildSnapshot({ url: capture.url, root: window.document, expected: expectedOnPage[capture.expect.page], extensionVersion: 'replica' });
    const file = await saveFieldCapture(report, capture.name, capture.expect, capture.source);
    console.log(`Saved ${path.relative(projectRoot, file)}`);
  }
} finally {
  await browser.close();
}
