#!/usr/bin/env node
// Throwaway check of the portal replica in real Chromium: screenshots to .tmp/portal-previews/ and
// proof that only real input events reach react-hook-form. `node tests/portal-replica/preview.mjs`
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepStrictEqual, equal, ok } from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { buildPortalReplica } from './build.mjs';
import { portalOrigin, servePortalReplica } from './routes.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = join(repo, '.tmp', 'portal-previews');
const selfHosted = 'https://optscale.example.internal';
const connectUrl = `${portalOrigin}/cloud-account/connect`;

await buildPortalReplica({ quiet: true });
mkdirSync(shots, { recursive: true });

const failures = [];
const check = async (name, run) => {
  try {
    await run();
    console.log(`  ok  ${name}`);
  } catch (error) {
    failures.push(name);
    console.log(`FAIL  ${name}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
  }
};

console.log('routes');
await check('portal origin: any path gets the SPA html', () => {
  for (const path of ['/cloud-account/connect', '/cloud-account/connect?type=awsStandalone', '/', '/cloud-accounts/abc']) {
    const response = servePortalReplica(portalOrigin + path);
    equal(response?.status, 200, path);
    ok(String(response.contentType).startsWith('text/html'), path);
    ok(String(response.body).includes('/__portal-replica/assets/'), path);
  }
});
await check('assets under /__portal-replica/ with a JS content type; unknown assets 404', () => {
  const html = String(servePortalReplica(connectUrl)?.body);
  const script = /src="([^"]+\.js)"/.exec(html)?.[1];
  ok(script, 'no script in html');
  const asset = servePortalReplica(portalOrigin + script);
  equal(asset?.status, 200);
  ok(asset.contentType.startsWith('text/javascript'));
  equal(servePortalReplica(`${portalOrigin}/__portal-replica/assets/nope.js`)?.status, 404);
  equal(servePortalReplica(`${portalOrigin}/__portal-replica/%2E%2E%2Froutes.mjs`)?.status, 404);
  equal(servePortalReplica(`${portalOrigin}/__portal-replica/..%2Fbuild.mjs`)?.status, 404);
});
await check('self-hosted origin only when listed; look-alikes and other hosts get undefined', () => {
  equal(servePortalReplica(`${selfHosted}/cloud-account/connect`), undefined);
  equal(servePortalReplica(`${selfHosted}/cloud-account/connect`, [selfHosted])?.status, 200);
  for (const url of [
    'https://portal.finops.softwareone.com.evil.example/cloud-account/connect',
    'http://portal.finops.softwareone.com/cloud-account/connect',
    'https://docs.finops.softwareone.com/',
    'https://us-east-1.console.aws.amazon.com/costmanagement/home',
    'not a url',
  ]) {
    equal(servePortalReplica(url, [selfHosted]), undefined, url);
  }
});

const userDataDir = mkdtempSync(join(tmpdir(), 'portal-replica-'));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** A fresh page on `url`, with `window.__PORTAL__ = options` before any script runs. */
const openPortal = async (url = connectUrl, options) => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 1100 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const response = servePortalReplica(request.url(), [selfHosted]);
    if (response) void request.respond(response);
    else void request.abort('blockedbyclient');
  });
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  if (options) await page.evaluateOnNewDocument((portal) => Object.assign(window, { __PORTAL__: portal }), options);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__PORTAL_STATE__?.ready === true, { timeout: 10_000 });
  return Object.assign(page, { pageErrors });
};

const byTestId = (testId) => `[data-test-id="${testId}"]`;

// What an extension does: the prototype's value setter (bypassing React's tracker) + a bubbling input event.
const fillLikeExtension = (page, values) =>
  page.evaluate((entries) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    for (const [name, value] of entries) {
      const input = document.querySelector(`input[name="${name}"]`);
      if (!input) throw new Error(`no input named ${name}`);
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, Object.entries(values));

const assignValueOnly = (page, values, { withInputEvent = false } = {}) =>
  page.evaluate(
    (entries, withEvent) => {
      for (const [name, value] of entries) {
        const input = document.querySelector(`input[name="${name}"]`);
        if (!input) throw new Error(`no input named ${name}`);
        input.value = value;
        if (withEvent) input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    },
    Object.entries(values),
    withInputEvent,
  );

// Lets MUI's transitions (button colours, ripples) settle before a screenshot.
const screenshot = async (page, name) => {
  await new Promise((resolve) => setTimeout(resolve, 400));
  await page.screenshot({ path: join(shots, name), fullPage: true });
};

const pressConnect = (page) => page.click(byTestId('btn_connect_cloud_account'));
const portalState = (page) => page.evaluate(() => structuredClone(window.__PORTAL_STATE__));
const waitForOutcome = (page) => page.waitForFunction(() => window.__PORTAL_STATE__?.outcome !== undefined, { timeout: 5_000 });
const helperTexts = (page) =>
  page.$$eval('.MuiFormHelperText-root.Mui-error', (nodes) =>
    nodes.map((node) => [node.closest('.MuiFormControl-root')?.querySelector('input')?.name, node.textContent]),
  );
const inputsShown = (page) => page.$$eval('form input:not([type=radio])', (inputs) => inputs.map((input) => input.name));

const standaloneRole = {
  name: 'Contoso billing',
  awsRoleAccountId: '111122223333',
  awsRoleName: 'FinOpsForCloudAccessRole',
  exportName: 'billing-111122223333',
  bucketName: 'billing-export-111122223333',
};

try {
  console.log('connect page');
  await check('title, labels, input names and data-test-ids as the real form', async () => {
    const page = await openPortal();
    equal(await page.title(), 'FinOps for Cloud');
    equal(await page.$eval('h1', (h1) => h1.textContent), 'Connect data source');
    ok((await page.$eval('header', (header) => header.textContent)).includes('FinOps for Cloud'));
    const field = (name) =>
      page.$eval(`input[name="${name}"]`, (input) => ({
        testId: input.dataset.testId ?? input.getAttribute('data-test-id'),
        label: document.querySelector(`label[for="${input.id}"]`)?.firstChild?.textContent,
        type: input.type,
        value: input.value,
      }));
    deepStrictEqual(await field('name'), { testId: 'input_cloud_account_name', label: 'Name', type: 'text', value: '' });
    deepStrictEqual(await field('awsRoleAccountId'), { testId: 'input_assume_role_account_id', label: 'AWS Account ID', type: 'text', value: '' });
    deepStrictEqual(await field('awsRoleName'), { testId: 'input_assume_role_name', label: 'Assumed Role Name', type: 'text', value: '' });
    deepStrictEqual(await field('exportName'), { testId: 'input_export_name', label: 'Export name', type: 'text', value: '' });
    deepStrictEqual(await field('bucketName'), { testId: 'input_s3_bucket_name', label: 'Export Amazon S3 bucket name', type: 'text', value: '' });
    deepStrictEqual(await field('bucketPrefix'), { testId: 'input_export_path_prefix', label: 'Export path prefix', type: 'text', value: 'reports' });
    deepStrictEqual(
      await page.$$eval('input[name="curVersion"]', (radios) => radios.map((radio) => [radio.value, radio.checked, radio.closest('label')?.textContent])),
      [
        ['2', true, 'Standard data export (CUR 2.0)'],
        ['1', false, 'Legacy cost & usage reports (CUR) export'],
      ],
    );
    deepStrictEqual(await page.$$eval('[aria-pressed="true"]', (buttons) => buttons.map((button) => button.textContent)), ['AWS Management', 'Assumed role']);
    deepStrictEqual(await helperTexts(page), [], 'no errors before submit');
    await screenshot(page, 'connect-management-assumed-role.png');

    await page.click(byTestId('btn_accessKey'));
    deepStrictEqual(await field('awsAccessKeyId'), { testId: 'input_aws_access_key_id', label: 'AWS Access key ID', type: 'text', value: '' });
    deepStrictEqual(await field('awsSecretAccessKey'), { testId: 'input_secret_key', label: 'AWS secret access key', type: 'password', value: '' });
    equal(await page.$('input[name="awsRoleAccountId"]'), null);
    deepStrictEqual(page.pageErrors, []);
    await page.close();
  });

  await check('a bare .value= (no event) does not reach react-hook-form: Connect shows errors, nothing submitted', async () => {
    const page = await openPortal(`${connectUrl}?type=awsStandalone`);
    await assignValueOnly(page, standaloneRole);
    equal(await page.$eval('input[name="awsRoleName"]', (input) => input.value), 'FinOpsForCloudAccessRole', 'the DOM shows the value');
    await pressConnect(page);
    await page.waitForSelector('.Mui-error');
    const state = await portalState(page);
    equal(state.submitted, undefined);
    equal(state.submitCount, 1);
    deepStrictEqual(state.invalidFields.sort(), ['awsRoleAccountId', 'awsRoleName', 'bucketName', 'exportName', 'name']);
    ok((await helperTexts(page)).every(([, text]) => text === 'This field is required'));
    await screenshot(page, 'connect-bare-value-errors.png');
    await page.close();
  });

  await check('.value= followed by an input event is still ignored (React tracked the assignment)', async () => {
    const page = await openPortal(`${connectUrl}?type=awsStandalone`);
    await assignValueOnly(page, standaloneRole, { withInputEvent: true });
    await pressConnect(page);
    await page.waitForSelector('.Mui-error');
    equal((await portalState(page)).submitted, undefined);
    await page.close();
  });

  await check('native value setter + bubbling input event registers: submit succeeds with those values', async () => {
    const page = await openPortal(`${connectUrl}?type=awsStandalone`);
    deepStrictEqual(await page.$$eval('[aria-pressed="true"]', (buttons) => buttons.map((button) => button.textContent)), ['AWS Standalone', 'Assumed role']);
    await fillLikeExtension(page, standaloneRole);
    await page.click('input[name="curVersion"][value="1"]');
    await pressConnect(page);
    await waitForOutcome(page);
    const state = await portalState(page);
    deepStrictEqual(state.submitted, { type: 'awsStandalone', authMethod: 'assumedRole', ...standaloneRole, curVersion: '1', bucketPrefix: 'reports' });
    deepStrictEqual(state.request, {
      name: 'Contoso billing',
      type: 'aws_cnr',
      config: {
        assume_role_account_id: '111122223333',
        assume_role_name: 'FinOpsForCloudAccessRole',
        cur_version: 1,
        bucket_name: 'billing-export-111122223333',
        bucket_prefix: 'reports',
        report_name: 'billing-111122223333',
        config_scheme: 'bucket_only',
      },
    });
    equal(state.outcome, 'connected');
    equal(await page.$eval(byTestId('alert_connected'), (alert) => alert.textContent), 'Data source connected');
    await screenshot(page, 'connect-standalone-connected.png');
    await page.close();
  });

  await check('member: only name + credentials, no export fields; request says linked', async () => {
    const page = await openPortal();
    await page.click(byTestId('btn_member'));
    deepStrictEqual(await inputsShown(page), ['name', 'awsRoleAccountId', 'awsRoleName']);
    await page.click(byTestId('btn_accessKey'));
    deepStrictEqual(await inputsShown(page), ['name', 'awsAccessKeyId', 'awsSecretAccessKey']);
    await screenshot(page, 'connect-member-access-key.png');
    await fillLikeExtension(page, { name: 'Member 444455556666', awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE', awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' });
    await pressConnect(page);
    await waitForOutcome(page);
    const state = await portalState(page);
    deepStrictEqual(state.submitted, {
      type: 'awsMember',
      authMethod: 'accessKey',
      name: 'Member 444455556666',
      awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    });
    deepStrictEqual(state.request?.config, {
      access_key_id: 'AKIAIOSFODNN7EXAMPLE',
      secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      linked: true,
    });
    await page.close();
  });

  await check('max 255 characters and whitespace-only, shown under the fields', async () => {
    const page = await openPortal();
    await fillLikeExtension(page, { ...standaloneRole, name: 'x'.repeat(256), exportName: 'e'.repeat(256), awsRoleName: '   ' });
    await pressConnect(page);
    await page.waitForSelector('.Mui-error');
    deepStrictEqual(new Map(await helperTexts(page)), new Map([
      ['name', 'This field must be maximum 255 characters long'],
      ['awsRoleName', 'This field must not contain only whitespaces'],
      ['exportName', 'Export name must be maximum 255 characters long'],
    ]));
    equal((await portalState(page)).submitted, undefined);
    // Fixing the values clears the errors as you type (react-hook-form re-validates on change after a submit).
    await fillLikeExtension(page, { name: 'ok', exportName: 'billing-111122223333', awsRoleName: 'FinOpsForCloudAccessRole' });
    await page.waitForFunction(() => !document.querySelector('.Mui-error'));
    await page.close();
  });

  await check('window.__PORTAL__.connectError shows an error Alert instead of success', async () => {
    const message = 'Unable to find report billing-111122223333 files';
    const page = await openPortal(connectUrl, { connectError: message });
    await fillLikeExtension(page, standaloneRole);
    await pressConnect(page);
    await waitForOutcome(page);
    equal(await page.$eval(`${byTestId('alert_connect_error')}.MuiAlert-root`, (alert) => alert.textContent), message);
    equal(await page.$(byTestId('alert_connected')), null);
    const state = await portalState(page);
    equal(state.outcome, 'error');
    equal(state.submitted?.type, 'awsManagement');
    await screenshot(page, 'connect-error.png');
    await page.close();
  });

  await check('self-hosted origin serves the same page; other paths route client-side to it', async () => {
    const page = await openPortal(`${selfHosted}/cloud-accounts`);
    equal(await page.$eval('h1', (h1) => h1.textContent), 'Data sources');
    await page.click(byTestId('btn_add'));
    await page.waitForSelector(byTestId('input_assume_role_account_id'));
    equal(await page.evaluate(() => location.href), `${selfHosted}/cloud-account/connect`);
    await page.close();
  });
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

console.log(failures.length ? `\n${failures.length} failed` : `\nall passed; screenshots in ${shots}`);
process.exitCode = failures.length ? 1 : 0;
