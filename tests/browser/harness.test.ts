// The harness itself: if these fail, no other browser test means anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  launchWithExtension,
  openExtensionPage,
  screenshot,
  serveFixtures,
  withReplicaOptions,
  type LaunchedBrowser,
} from '../support/browser';
import { htmlPage, replicaRoutes } from '../support/fixtures';
import { replicas } from '../../scripts/lib/replicas.mjs';

const createPolicyUrl = 'https://us-east-1.console.aws.amazon.com/iam/home#/policies/create';
// What the page actually requests: the hash never leaves the browser.
const createPolicyRequest = 'https://us-east-1.console.aws.amazon.com/iam/home';

const createPolicyFixture = htmlPage(
  createPolicyRequest,
  `<!doctype html><html><head><title>Create policy | IAM</title></head><body>
    <h1>Specify permissions</h1>
    <p id="replica-options"></p>
    <img src="https://us-east-1.console.aws.amazon.com/iam/assets/not-a-fixture.png" alt="">
    <script src="https://cdn.example.net/analytics.js"></script>
    <script>document.getElementById('replica-options').textContent = JSON.stringify(window.__REPLICA__ ?? null);</script>
  </body></html>`,
);

type ChromeInWorker = { chrome: { runtime: { getManifest(): { name: string; version: string } } } };

let launched: LaunchedBrowser;

beforeAll(async () => {
  launched = await launchWithExtension();
});

afterAll(async () => {
  await launched?.close();
});

async function newConsolePage(): Promise<{ page: Page; log: Awaited<ReturnType<typeof serveFixtures>> }> {
  const page = await launched.browser.newPage();
  const log = await serveFixtures(page, [createPolicyFixture]);
  return { page, log };
}

describe('the built extension', () => {
  it('loads: its service worker runs and reports the built manifest', async () => {
    const serviceWorker = await launched.browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${launched.extensionId}/`),
    );
    const worker = await serviceWorker.worker();
    const runtimeManifest = await worker!.evaluate(() =>
      (globalThis as unknown as ChromeInWorker).chrome.runtime.getManifest(),
    );
    expect(launched.extensionId).toMatch(/^[a-p]{32}$/);
    expect(runtimeManifest.name).toBe('FinOps AWS onboarding');
    expect(runtimeManifest).toMatchObject({ name: launched.manifest.name, version: launched.manifest.version });
  });

  it('injects its content script into a fixture page served at a console URL', async () => {
    const { page } = await newConsolePage();
    const session = await page.createCDPSession();
    const contextOrigins: string[] = [];
    session.on('Runtime.executionContextCreated', (event) => contextOrigins.push(event.context.origin));
    await session.send('Runtime.enable');
    await page.goto(createPolicyUrl, { waitUntil: 'load' });
    await expect
      .poll(() => contextOrigins, { timeout: 10_000 })
      .toContain(`chrome-extension://${launched.extensionId}`);
    await page.close();
  });
});

describe('serving fixtures with no network', () => {
  it('serves the fixture at the real console URL and keeps the hash route', async () => {
    const { page, log } = await newConsolePage();
    const response = await page.goto(createPolicyUrl, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.$eval('h1', (heading) => heading.textContent)).toBe('Specify permissions');
    expect(await page.evaluate(() => location.href)).toBe(createPolicyUrl);
    expect(log.served).toEqual([createPolicyRequest]);
    await page.close();
  });

  it('answers 404 for an AWS asset no fixture covers, and never sends a request to another host', async () => {
    const { page, log } = await newConsolePage();
    await page.goto(createPolicyUrl, { waitUntil: 'load' });
    expect(log.notFound).toEqual(['https://us-east-1.console.aws.amazon.com/iam/assets/not-a-fixture.png']);
    expect(log.blocked).toEqual(['https://cdn.example.net/analytics.js']);
    await page.close();
  });

  it.each([
    'https://s3.console.aws.amazon.com/s3/buckets/billing-export-111122223333?region=eu-west-1&tab=permissions',
    'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1',
    'https://portal.finops.softwareone.com/cloud-account/connect',
  ])('answers 404 for the unknown URL %s', async (unknownUrl) => {
    const { page, log } = await newConsolePage();
    const response = await page.goto(unknownUrl);
    expect(response?.status()).toBe(404);
    expect(log.notFound).toEqual([unknownUrl]);
    await page.close();
  });

  it('hands replica options to the page before its scripts run', async () => {
    const { page } = await newConsolePage();
    await withReplicaOptions(page, { accountId: '111122223333', editor: 'ace' });
    await page.goto(createPolicyUrl, { waitUntil: 'load' });
    const shown = await page.$eval('#replica-options', (element) => element.textContent);
    expect(JSON.parse(shown ?? 'null')).toEqual({ accountId: '111122223333', editor: 'ace' });
    await page.close();
  });
});

describe('replica pages', () => {
  const writtenReplicas = replicas.filter((replica) => replica.routesModule() !== undefined);

  it.each(writtenReplicas)('serve the $name replica with all its assets', async ({ samplePage }) => {
    const page = await launched.browser.newPage();
    const log = await serveFixtures(page, await replicaRoutes());
    const response = await page.goto(samplePage, { waitUntil: 'networkidle0' });
    expect(response?.status()).toBe(200);
    expect(log.served.length).toBeGreaterThan(0);
    expect({ notFound: log.notFound, failed: log.failed }).toEqual({ notFound: [], failed: [] });
    await page.close();
  });
});

describe('extension pages', () => {
  it('renders the side panel with its heading and no page errors', async () => {
    const pageErrors: string[] = [];
    const sidePanel = await openExtensionPage(launched.browser, launched.extensionId, 'sidepanel.html', {
      viewport: { width: 420, height: 800 },
      pageErrors,
    });
    const heading = await sidePanel.waitForSelector('h1, h2, [role="heading"]', { visible: true });
    expect((await heading!.evaluate((element) => element.textContent ?? '')).trim()).not.toBe('');
    await screenshot(sidePanel, 'harness-side-panel');
    expect(pageErrors).toEqual([]);
    await sidePanel.close();
  });
});
