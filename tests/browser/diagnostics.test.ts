// "Report a problem on this page" (issue 6 §3): a redacted report the person can read and copy,
// from the in-page notice and from the side panel. Nothing is sent anywhere by the extension.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedOnPage } from '@/lib/diagnostics/expected';
import type { ReplicaOptions } from '../console-replicas/contract';
import { openExtensionPage, serveFixtures, withReplicaOptions, type LaunchedBrowser } from '../support/browser';
import { chooseSetup, extensionStorage, launchConsoleExtension, recordMessages } from '../support/console';
import { replicaRoutes } from '../support/fixtures';

const accountId = '246813579024';
const dashedAccountId = '2468-1357-9024';
const bucketName = 'acme-cur-delivery-eu';
const roleName = 'AcmeDataReader';
const signedInUser = 'acme-ops-admin';
const replica: ReplicaOptions = {
  accountId,
  userName: signedInUser,
  buckets: [bucketName],
  existingBucketPolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'Readers', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:role/${roleName}` }, Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucketName}/*` }],
  }),
};
const editBucketPolicy = `https://s3.console.aws.amazon.com/s3/bucket/${bucketName}/property/policy/edit?region=eu-west-1`;
const roleDetails = `https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/roles/details/${roleName}?section=permissions`;
const reportTitle = 'FinOps AWS onboarding: problem report';

/** No value from the page's sensitive places, in any of the forms it takes there. */
function expectRedacted(report: string): void {
  for (const value of [accountId, dashedAccountId, bucketName, roleName, signedInUser]) {
    expect(report.toLowerCase(), `the report contains ${value}`).not.toContain(value.toLowerCase());
  }
}

let launched: LaunchedBrowser;
beforeAll(async () => {
  launched = await launchConsoleExtension();
  await chooseSetup(launched, { accountType: 'standalone', authMethod: 'assumedRole' }, accountId);
});
afterAll(async () => {
  await launched?.close();
});

/** A console replica tab, keeping the log of every request the page made. */
async function openConsolePage(url: string, options: ReplicaOptions) {
  const page = await launched.browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  const requests = await serveFixtures(page, await replicaRoutes());
  await withReplicaOptions(page, options);
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests };
}

const requestCount = (log: { served: string[]; notFound: string[]; blocked: string[]; failed: string[] }) =>
  log.served.length + log.notFound.length + log.blocked.length + log.failed.length;

/** Click one of the notice's buttons, inside its shadow root. */
async function clickInNotice(page: Page, action: string): Promise<void> {
  const button = await page.waitForFunction(
    (verb) => document.querySelector('finops-notice')?.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-finops-action="${verb}"]`) ?? null,
    { timeout: 10_000 },
    action,
  );
  await (button as ElementHandle<HTMLButtonElement>).click();
}

describe('the in-page notice', () => {
  it('shows a redacted report to copy, and sends it nowhere', async () => {
    const { page, requests } = await openConsolePage(editBucketPolicy, { ...replica, variant: 'no-editor' });
    await page.waitForFunction(() => document.querySelector('finops-notice') !== null, { timeout: 10_000 });
    const messages = await recordMessages(launched);
    const requestsBefore = requestCount(requests);

    await clickInNotice(page, 'report-problem');
    const report = (await page.waitForFunction(
      () => document.querySelector('finops-notice')?.shadowRoot?.querySelector<HTMLTextAreaElement>('textarea[aria-label="Problem report"]')?.value || null,
      { timeout: 5000 },
    ).then((handle) => handle.jsonValue())) as string;

    expect(report).toContain(reportTitle);
    expect(report).toContain('Page: s3-edit-bucket-policy (Edit bucket policy)');
    expect(report).toContain('URL: https://s3.console.aws.amazon.com/s3/bucket/<bucket>/property/policy/edit?region=eu-west-1');
    expect(report).toContain(`Expected: ${expectedOnPage['s3-edit-bucket-policy']}`);
    expect(report).toContain("Shown to you: Couldn't find the bucket policy editor on this page.");
    expect(report).toMatch(/Extension version: \d+\.\d+\.\d+/);
    // The structure around the missing editor: the code editor showing its error screen.
    expect(report).toMatch(/div\.awsui_code-editor > div\.awsui_error-screen <text \d+ chars>/);
    expect(report.length).toBeLessThanOrEqual(8000);
    expectRedacted(report);

    // Copy puts exactly the report on the clipboard.
    await launched.browser.defaultBrowserContext().overridePermissions('https://s3.console.aws.amazon.com', ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await clickInNotice(page, 'copy-report');
    await page.waitForFunction(
      () => document.querySelector('finops-notice')?.shadowRoot?.querySelector('.report [role="status"]')?.textContent?.startsWith('Copied') ?? false,
      { timeout: 5000 },
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);

    // Screen and clipboard only: no request from the page, no message to the background carrying it.
    expect(requestCount(requests)).toBe(requestsBefore);
    expect(JSON.stringify(await messages())).not.toContain(reportTitle);
    await page.close();
  }, 30_000);
});

describe('the side panel', () => {
  it("asks the console tab it knows from the active page and shows that page's report", async () => {
    const { page: consoleTab } = await openConsolePage(roleDetails, replica);
    await expect
      .poll(async () => ((await extensionStorage(launched, 'session')).activePage as { page?: string } | undefined)?.page, { timeout: 10_000 })
      .toBe('iam-role-details');

    const sidePanel = await openExtensionPage(launched.browser, launched.extensionId, 'sidepanel.html', { viewport: { width: 420, height: 900 } });
    const button = await sidePanel.waitForSelector('button[data-finops-action="report-problem"]', { timeout: 10_000 });
    expect(await button!.evaluate((element) => element.textContent)).toBe('Report a problem on this page');
    await button!.click();
    const reportBox = await sidePanel.waitForSelector('textarea[aria-label="Problem report"]', { timeout: 10_000 });
    const report = await reportBox!.evaluate((element) => (element as HTMLTextAreaElement).value);

    expect(report).toContain(reportTitle);
    expect(report).toContain('Page: iam-role-details (Role details)');
    expect(report).toContain('URL: https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/roles/details/<role>?section=permissions');
    expect(report).toContain(`Expected: ${expectedOnPage['iam-role-details']}`);
    expect(await reportBox!.evaluate((element) => (element as HTMLTextAreaElement).readOnly)).toBe(true);
    expect(await sidePanel.$('button[aria-label^="Copy report"]')).not.toBeNull();
    expectRedacted(report);
    await sidePanel.close();
    await consoleTab.close();
  }, 30_000);

  it('says so when the console tab has gone', async () => {
    const { page: consoleTab } = await openConsolePage(roleDetails, replica);
    await expect
      .poll(async () => ((await extensionStorage(launched, 'session')).activePage as { url?: string } | undefined)?.url, { timeout: 10_000 })
      .toBe(roleDetails);
    const sidePanel = await openExtensionPage(launched.browser, launched.extensionId, 'sidepanel.html', { viewport: { width: 420, height: 900 } });
    const button = await sidePanel.waitForSelector('button[data-finops-action="report-problem"]', { timeout: 10_000 });
    await consoleTab.close();
    await button!.click();
    const problem = await sidePanel.waitForSelector('p[role="alert"]', { timeout: 10_000 });
    expect(await problem!.evaluate((element) => element.textContent)).toContain("Couldn't get a report from the console page");
    expect(await sidePanel.$('textarea[aria-label="Problem report"]')).toBeNull();
    await sidePanel.close();
  }, 30_000);
});
