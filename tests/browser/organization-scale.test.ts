// Organization scale, end to end with the built extension: the Organizations page's 200 members
// into the tracker, a StackSet's instances marking roles deployed, the CloudFormation wizards filled
// from the side panel's templates, and the portal's "Fill next member account" going down the list.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountTemplate, stackSetFileName, toYaml } from '@/lib/cloudformation';
import { finopsForCloud } from '@/lib/platforms';
import type { ReplicaStackInstance } from '../console-replicas/contract';
import type { PortalReplicaState } from '../portal-replica/routes.d.mts';
import { openExtensionPage, type LaunchedBrowser } from '../support/browser';
import {
  chooseSetup,
  clickChoice,
  clickConsoleButton,
  dispatch,
  extensionStorage,
  fieldValue,
  findAction,
  launchConsoleExtension,
  openConsole,
  replicaState,
  runAction,
  stepStatus,
  storedAccount,
} from '../support/console';

const management = '111122223333';
const organizationsPage = 'https://us-east-1.console.aws.amazon.com/organizations/v2/home/accounts';
const cloudFormation = 'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1';
const connectPage = 'https://portal.finops.softwareone.com/cloud-account/connect';
// As the Organizations replica numbers its members (src/organizations/organizationAccounts.ts).
const memberId = (index: number) => String(210000000000 + (index + 1) * 1_234_567);

let launched: LaunchedBrowser;
const files = mkdtempSync(join(tmpdir(), 'finops-templates-'));

beforeAll(async () => {
  launched = await launchConsoleExtension();
});
afterAll(async () => {
  await launched?.close();
});

type StoredProgress = { accounts?: Record<string, { label?: string; accountType: string; authMethod: string; platform: { id: string } }> };
const trackedAccounts = async () => ((await extensionStorage(launched, 'local')).onboarding as StoredProgress | undefined)?.accounts ?? {};

/** Forget all progress (and where "Fill next" left off), as a fresh profile would have it. */
async function forgetProgress(): Promise<void> {
  const page = await openExtensionPage(launched.browser, launched.extensionId, 'popup.html');
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { remove(key: string): Promise<void> }; session: { remove(key: string): Promise<void> } } } }).chrome;
    await api.storage.local.remove('onboarding');
    await api.storage.session.remove('portalMemberCursor');
  });
  await page.close();
}

/** A template as the side panel downloads it, written where the file chooser can pick it. */
function templateFile(fileName: string, accountType: 'management' | 'member'): string {
  const template = accountTemplate(finopsForCloud, accountType, { authMethod: 'assumedRole', values: {} });
  if (!template.ok) throw new Error(template.problem.message);
  const path = join(files, fileName);
  writeFileSync(path, toYaml(template.value.template));
  return path;
}

/** "Upload a template file", choose the file, then Next: the wizard's details step. */
async function uploadTemplate(page: Page, path: string): Promise<void> {
  await clickChoice(page, 'Upload a template file');
  const input = (await page.waitForSelector('input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  await page.waitForFunction((name) => document.body.textContent?.includes(name), {}, path.split('/').at(-1) ?? path);
  await clickConsoleButton(page, 'Next');
}

/** Open the "Specify regions" multiselect (its trigger shows the placeholder) and pick one region, as a person would. */
async function chooseRegion(page: Page, label: string): Promise<void> {
  const trigger = await page.waitForFunction(
    () => Array.from(document.querySelectorAll<HTMLElement>('button[aria-haspopup="listbox"]')).find((button) => button.textContent?.includes('Select Regions')) ?? null,
  );
  await (trigger as ElementHandle<HTMLElement>).click();
  const option = await page.waitForFunction((wanted) => Array.from(document.querySelectorAll<HTMLElement>('[role="option"]')).find((element) => element.textContent?.includes(wanted)) ?? null, {}, label);
  await (option as ElementHandle<HTMLElement>).click();
  await page.keyboard.press('Escape');
}

describe('member accounts from the Organizations page', () => {
  it('adds the 200 members to the tracker: 201 accounts, each member set up like the management account', async () => {
    await forgetProgress();
    await chooseSetup(launched, { accountType: 'management', authMethod: 'assumedRole' });
    const page = await openConsole(launched, organizationsPage, { organizationMemberCount: 200 });
    await expect.poll(async () => Object.keys(await trackedAccounts()).length, { timeout: 15_000 }).toBe(201);
    const accounts = await trackedAccounts();
    expect(accounts[management]?.accountType).toBe('management');
    expect(accounts[memberId(0)]).toMatchObject({ label: 'Production', accountType: 'member', authMethod: 'assumedRole', platform: { id: 'finopsForCloud' } });
    expect(accounts[memberId(199)]).toMatchObject({ label: 'workload-200', accountType: 'member' });
    await page.close();
  });
});

describe("a StackSet's stack instances", () => {
  const instances: ReplicaStackInstance[] = [
    { account: memberId(0), status: 'CURRENT' },
    { account: memberId(1), status: 'OUTDATED', statusReason: 'User cancelled the operation.' },
    { account: memberId(2), status: 'CURRENT' },
    { account: memberId(3), status: 'INOPERABLE', detailedStatus: 'INOPERABLE', statusReason: 'Account is suspended.' },
    // On the table's second page (4 rows a page).
    { account: memberId(4), status: 'CURRENT' },
    { account: memberId(5), status: 'OUTDATED', detailedStatus: 'RUNNING' },
  ];

  it('marks the CURRENT ones deployed, page by page, and leaves the others as they were', async () => {
    const url = `${cloudFormation}#/stacksets/FinOpsForCloudAccess/stacks?permissions=service`;
    const page = await openConsole(launched, url, { stackSetInstances: instances, stackSetInstancesPageSize: 4 });
    for (const index of [0, 2]) await expect.poll(() => stepStatus(launched, 'access-role', memberId(index)), { timeout: 10_000 }).toBe('done');
    expect(await stepStatus(launched, 'access-role', memberId(4))).toBe('todo');
    await page.click('button[aria-label="Next page"]');
    await expect.poll(() => stepStatus(launched, 'access-role', memberId(4)), { timeout: 10_000 }).toBe('done');

    for (const index of [1, 3, 5]) expect(await stepStatus(launched, 'access-role', memberId(index))).toBe('todo');
    const deployed = await storedAccount(launched, memberId(0));
    expect(deployed?.steps['access-role']).toMatchObject({ status: 'done', by: 'page' });
    expect(deployed?.values.roleName?.value).toBe('FinOpsForCloudAccessRole');
    expect(deployed?.values.roleArn?.value).toBe(`arn:aws:iam::${memberId(0)}:role/FinOpsForCloudAccessRole`);
    expect(Object.keys(await trackedAccounts())).toEqual(expect.arrayContaining(instances.map((instance) => instance.account)));
    await page.close();
  });

  it('reads them after an in-app move from the StackSet\'s info page to its "Stack instances" tab, without a reload', async () => {
    await forgetProgress();
    await chooseSetup(launched, { accountType: 'management', authMethod: 'assumedRole' });
    const page = await openConsole(launched, `${cloudFormation}#/stacksets/FinOpsForCloudAccess/info?permissions=service`, { stackSetInstances: instances, stackSetInstancesPageSize: 4 });
    await page.waitForSelector('[role="tab"]');
    expect(await page.$('table tbody tr')).toBeNull();
    const tab = await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('[role="tab"]')).find((element) => element.textContent?.trim() === 'Stack instances') ?? null);
    await (tab as ElementHandle<HTMLElement>).click();
    await page.waitForSelector('table tbody tr');
    for (const index of [0, 2]) await expect.poll(() => stepStatus(launched, 'access-role', memberId(index)), { timeout: 10_000 }).toBe('done');
    for (const index of [1, 3]) expect(await stepStatus(launched, 'access-role', memberId(index))).toBe('todo');
    await page.close();
  });
});

describe('the CloudFormation wizards', () => {
  it('Create stack: fills the stack name and the bucket parameter the template asks for', async () => {
    await chooseSetup(launched, { accountType: 'management', authMethod: 'assumedRole' });
    // The template was downloaded before the bucket was known, so the page starts without it.
    const path = templateFile('finops-for-cloud-management-role.yaml', 'management');
    await dispatch(launched, { type: 'value-typed', accountId: management, kind: 'bucketName', input: 'billing-export-111122223333' });
    const page = await openConsole(launched, `${cloudFormation}#/stacks/create/template`);
    await uploadTemplate(page, path);
    expect(await fieldValue(page, 'BillingBucketName')).toBe('');

    expect(await runAction(page, 'fill-form', 'Fill stack name and parameters')).toEqual({ kind: 'done', text: 'Filled name FinOpsForCloudAccess, BillingBucketName. Check them, then choose Next.' });
    expect(await fieldValue(page, 'Stack name')).toBe('FinOpsForCloudAccess');
    expect(await fieldValue(page, 'BillingBucketName')).toBe('billing-export-111122223333');

    await clickConsoleButton(page, 'Next');
    await clickConsoleButton(page, 'Next');
    await clickChoice(page, 'I acknowledge that AWS CloudFormation might create IAM resources with custom names.');
    await clickConsoleButton(page, 'Submit');
    await page.waitForFunction(() => location.hash === '#/stacks');
    expect((await replicaState(page)).submissions).toContainEqual({
      form: 'create-stack',
      values: { stackName: 'FinOpsForCloudAccess', templateFile: 'finops-for-cloud-management-role.yaml', parameters: { BillingBucketName: 'billing-export-111122223333' }, capabilities: ['CAPABILITY_NAMED_IAM'] },
    });
    await page.close();
  });

  it('Create StackSet: fills the name, then checks the deployment options against the plan', async () => {
    const page = await openConsole(launched, `${cloudFormation}#/stacksets/create`);
    await uploadTemplate(page, templateFile(stackSetFileName(finopsForCloud, 'yaml'), 'member'));
    expect(await runAction(page, 'fill-form', 'Fill StackSet name and parameters')).toMatchObject({ kind: 'done', text: expect.stringContaining('name FinOpsForCloudAccess') });
    expect(await fieldValue(page, 'StackSet name')).toBe('FinOpsForCloudAccess');
    await clickConsoleButton(page, 'Next');
    await clickConsoleButton(page, 'Next');

    expect(await runAction(page, 'check-deployment', 'Check the deployment options')).toEqual({
      kind: 'problem',
      text: 'Deploys to the whole organization, in no region yet, with automatic deployment. To change: choose the region us-east-1.',
    });
    await chooseRegion(page, 'US East (N. Virginia)');
    expect(await runAction(page, 'check-deployment', 'Check the deployment options')).toEqual({
      kind: 'done',
      text: 'Deploys to the whole organization, in us-east-1, with automatic deployment. That matches the plan in the side panel.',
    });

    await clickConsoleButton(page, 'Next');
    await clickChoice(page, 'I acknowledge that AWS CloudFormation might create IAM resources with custom names.');
    await clickConsoleButton(page, 'Submit');
    await page.waitForFunction(() => location.hash.startsWith('#/stacksets/FinOpsForCloudAccess/info'));
    const submitted = (await replicaState(page)).submissions.find((submission) => submission.form === 'create-stack-set');
    expect(submitted?.values).toMatchObject({
      stackSetName: 'FinOpsForCloudAccess',
      permissionModel: 'SERVICE_MANAGED',
      deploymentTargets: { organization: true },
      autoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
      regions: ['us-east-1'],
    });
    await page.close();
  });
});

describe('the portal: "Fill next member account"', () => {
  const portalState = (page: Page) => page.evaluate(() => (window as unknown as { __PORTAL_STATE__: PortalReplicaState }).__PORTAL_STATE__);

  async function connect(page: Page): Promise<PortalReplicaState> {
    const before = (await portalState(page)).submitCount;
    await page.click('[data-test-id="btn_connect_cloud_account"]');
    await page.waitForFunction((count) => (window as unknown as { __PORTAL_STATE__: PortalReplicaState }).__PORTAL_STATE__.outcome === 'connected' && (window as unknown as { __PORTAL_STATE__: PortalReplicaState }).__PORTAL_STATE__.submitCount > count, {}, before);
    return portalState(page);
  }

  it('fills two different member accounts one after the other (the second right after the first connects), and marks each connected on the portal’s success message', async () => {
    await forgetProgress();
    await chooseSetup(launched, { accountType: 'management', authMethod: 'assumedRole' });
    const organizations = await openConsole(launched, organizationsPage, { organizationMemberCount: 3 });
    await expect.poll(async () => Object.keys(await trackedAccounts()).length, { timeout: 10_000 }).toBe(4);
    await organizations.close();

    const page = await openConsole(launched, connectPage);
    await page.waitForFunction(() => (window as unknown as { __PORTAL_STATE__?: PortalReplicaState }).__PORTAL_STATE__?.ready === true);
    await findAction(page, 'fill-next', 'Fill next member account: 2100-0123-4567 (Production)');

    expect(await runAction(page, 'fill-next')).toMatchObject({ kind: 'done', text: expect.stringContaining('AWS account 2100-0123-4567 (Production)') });
    const first = await connect(page);
    expect(first.submitted).toEqual({ type: 'awsMember', authMethod: 'assumedRole', name: 'Production', awsRoleAccountId: memberId(0), awsRoleName: 'FinOpsForCloudAccessRole' });
    await expect.poll(() => stepStatus(launched, 'connect', memberId(0)), { timeout: 10_000 }).toBe('done');

    // Going down the list: the connect fills the next member at once, so the portal's Connect is the one click.
    await page.waitForFunction(
      (id) => (document.querySelector('[data-test-id="input_assume_role_account_id"]') as HTMLInputElement | null)?.value === id,
      { timeout: 10_000 },
      memberId(1),
    );
    await findAction(page, 'fill-next', 'Fill next member account: 2100-0370-3701');
    const second = await connect(page);
    expect(second.submitted).toEqual({ type: 'awsMember', authMethod: 'assumedRole', name: 'Staging', awsRoleAccountId: memberId(1), awsRoleName: 'FinOpsForCloudAccessRole' });
    expect(second.submitted?.awsRoleAccountId).not.toBe(first.submitted?.awsRoleAccountId);
    await expect.poll(() => stepStatus(launched, 'connect', memberId(1)), { timeout: 10_000 }).toBe('done');
    expect(await stepStatus(launched, 'connect', memberId(2))).toBe('todo');
    // The third and last member is filled after that connect, and nothing is left to fill after it.
    await page.waitForFunction(
      (id) => (document.querySelector('[data-test-id="input_assume_role_account_id"]') as HTMLInputElement | null)?.value === id,
      { timeout: 10_000 },
      memberId(2),
    );
    // The account's own fill button is still there, for the account being onboarded.
    await findAction(page, 'fill-form');
    await page.close();
  });
});
