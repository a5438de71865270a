// A legacy CUR export, end to end: the Data Exports list says "Legacy CUR export", the export's form
// (Edit) gives its S3 path prefix (its details page shows the bucket only), and the portal gets
// Export type Legacy (1) with that prefix, as what the replica's own Connect submits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { servePortalReplica } from '../portal-replica/routes.mjs';
import type { PortalReplicaState } from '../portal-replica/routes.d.mts';
import { serveFixtures, type LaunchedBrowser } from '../support/browser';
import { chooseSetup, launchConsoleExtension, openConsole, runAction, storedValue } from '../support/console';
import { replicaRoutes } from '../support/fixtures';

const account = '111122223333';
const exportName = `billing-${account}`;
const bucket = `billing-export-${account}`;
const exportsHome = 'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1';
const legacyExport = { name: exportName, bucket, prefix: 'cur/legacy', status: 'Healthy', type: 'Legacy CUR export' };
const label = 'Fill with AWS account 1111-2222-3333 from the FinOps onboarding guide';

let launched: LaunchedBrowser;
beforeAll(async () => {
  launched = await launchConsoleExtension();
  await chooseSetup(launched, { accountType: 'standalone', authMethod: 'assumedRole', exportState: 'exists' });
});
afterAll(async () => {
  await launched?.close();
});

const portalState = (page: Page) => page.evaluate(() => (window as unknown as { __PORTAL_STATE__: PortalReplicaState }).__PORTAL_STATE__);

describe('a legacy CUR export', () => {
  it('is read as Export type Legacy from the Data Exports list, with no prefix guessed', async () => {
    const page = await openConsole(launched, `${exportsHome}#/bcm-data-exports`, { exports: [legacyExport] });
    await expect.poll(() => storedValue(launched, 'curVersion'), { timeout: 10_000 }).toBe('1');
    expect(await storedValue(launched, 'exportPathPrefix')).toBeUndefined();
    await page.close();
  });

  it('its details page shows the bucket only: the type and bucket are read, no prefix is made up', async () => {
    const page = await openConsole(launched, `${exportsHome}#/bcm-data-exports/details/${exportName}`, { exports: [legacyExport] });
    await page.waitForFunction(() => document.body.textContent?.includes('Report versioning'));
    await expect.poll(() => storedValue(launched, 'bucketName'), { timeout: 10_000 }).toBe(bucket);
    expect(await storedValue(launched, 'curVersion')).toBe('1');
    expect(await storedValue(launched, 'exportPathPrefix')).toBeUndefined();
    await page.close();
  });

  it("takes its S3 path prefix from the export's form (Edit)", async () => {
    const page = await openConsole(launched, `${exportsHome}#/bcm-data-exports/edit/${exportName}`, { exports: [legacyExport] });
    await expect.poll(() => storedValue(launched, 'exportPathPrefix'), { timeout: 10_000 }).toBe('cur/legacy');
    await page.close();
  });

  it('is handed to the portal as Export type Legacy (1), with that prefix', async () => {
    const page = await launched.browser.newPage();
    await page.setViewport({ width: 1400, height: 1100 });
    await serveFixtures(page, [(requested) => servePortalReplica(requested), ...(await replicaRoutes())]);
    await page.goto('https://portal.finops.softwareone.com/cloud-account/connect', { waitUntil: 'load' });
    await page.bringToFront();
    await page.waitForFunction(() => (window as unknown as { __PORTAL_STATE__?: PortalReplicaState }).__PORTAL_STATE__?.ready === true);
    const outcome = await runAction(page, 'fill-form', label);
    expect(outcome.kind).toBe('done');
    await page.click('[data-test-id="btn_connect_cloud_account"]');
    await page.waitForFunction(() => (window as unknown as { __PORTAL_STATE__: PortalReplicaState }).__PORTAL_STATE__.submitCount > 0);
    const state = await portalState(page);
    expect(state.invalidFields).toEqual([]);
    expect(state.submitted).toMatchObject({ type: 'awsStandalone', curVersion: '1', exportName, bucketName: bucket, bucketPrefix: 'cur/legacy' });
    await page.close();
  });
});
