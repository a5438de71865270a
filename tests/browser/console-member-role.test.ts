import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { LaunchedBrowser } from '../support/browser';
import {
  actionLabels,
  chooseSetup,
  clickButton,
  clickConsoleButton,
  editorText,
  findAction,
  launchConsoleExtension,
  navigateInApp,
  openConsole,
  replicaState,
  runAction,
  settledActionLabels,
  stepStatus,
  storedValue,
} from '../support/console';

const account = '111122223333';
const iamHome = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1';
const s3Buckets = 'https://s3.console.aws.amazon.com/s3/buckets?region=us-east-1';

interface PolicyDocument {
  Statement: Array<{ Effect: string; Action: string | string[]; Resource?: string | string[]; Principal?: unknown; Condition?: unknown }>;
}
const parsedEditor = async (page: Page) => JSON.parse(await editorText(page)) as PolicyDocument;

let launched: LaunchedBrowser;
beforeAll(async () => {
  launched = await launchConsoleExtension();
  await chooseSetup(launched, { accountType: 'member', authMethod: 'assumedRole' });
});
afterAll(async () => {
  await launched?.close();
});

describe('member account, assumed role: billing stays with the management account', () => {
  it('offers only the discovery policy, after an in-app navigation from the policies list', async () => {
    const page = await openConsole(launched, `${iamHome}#/policies`);
    expect(await settledActionLabels(page)).toEqual([]);
    // The list's own "Create policy" button: a hash change in the same document, no reload.
    await page.evaluate(() => ((window as unknown as { sameDocument?: boolean }).sameDocument = true));
    await clickButton(page, 'Create policy');
    await findAction(page, 'insert-policy');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect((await settledActionLabels(page, 500)).filter((label) => label.startsWith('Insert'))).toEqual(['Insert FinOpsForCloudResourceDiscovery policy']);

    expect(await runAction(page, 'insert-policy', 'FinOpsForCloudResourceDiscovery')).toMatchObject({ kind: 'done' });
    const discovery = await parsedEditor(page);
    expect(discovery.Statement.flatMap((statement) => [statement.Action].flat())).toEqual(expect.arrayContaining(['ec2:Describe*', 'iam:ListUsers']));
    expect(JSON.stringify(discovery)).not.toContain('arn:aws:s3:::');
    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'fill-form', 'Fill policy name FinOpsForCloudResourceDiscovery')).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, 'Create policy');
    expect(Object.keys((await replicaState(page)).policies)).toEqual(['FinOpsForCloudResourceDiscovery']);
    await expect.poll(() => stepStatus(launched, 'discovery-policy'), { timeout: 10_000 }).toBe('done');
    expect(await stepStatus(launched, 'billing-import-policy')).toBe('todo');
    await page.close();
  });

  it('creates the role trusting FinOps for Cloud with the discovery policy only, and reads its ARN', async () => {
    const page = await openConsole(launched, `${iamHome}#/roles/create?step=selectEntities`);
    expect(await runAction(page, 'choose-custom-trust-policy')).toMatchObject({ kind: 'done' });
    expect(await runAction(page, 'insert-policy', 'Insert FinOpsForCloudAccessRole trust policy')).toMatchObject({ kind: 'done' });
    const trust = await parsedEditor(page);
    expect(trust.Statement).toEqual([expect.objectContaining({ Principal: { AWS: 'arn:aws:iam::654035049067:user/ffc-service-user' }, Action: 'sts:AssumeRole' })]);
    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'select-policies', 'Select FinOpsForCloudResourceDiscovery')).toMatchObject({ kind: 'done' });
    expect((await actionLabels(page)).some((label) => label.includes('BillingImport'))).toBe(false);
    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'fill-form', 'Fill role name FinOpsForCloudAccessRole')).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, 'Create role');
    const role = (await replicaState(page)).roles.FinOpsForCloudAccessRole;
    expect([...new Set(role?.attachedPolicies)]).toEqual(['FinOpsForCloudResourceDiscovery']);
    await expect.poll(() => stepStatus(launched, 'access-role'), { timeout: 10_000 }).toBe('done');

    await clickButton(page, 'View role');
    await expect.poll(() => storedValue(launched, 'roleArn'), { timeout: 10_000 }).toBe(`arn:aws:iam::${account}:role/FinOpsForCloudAccessRole`);
    await page.close();
  });

  it('shows nothing on the bucket list or the role list, and the create-role buttons after navigating there', async () => {
    const page = await openConsole(launched, s3Buckets);
    await page.waitForFunction(() => document.body.textContent?.includes('billing-export-'));
    expect(await settledActionLabels(page)).toEqual([]);
    await page.close();
    const iam = await openConsole(launched, `${iamHome}#/roles`);
    expect(await settledActionLabels(iam)).toEqual([]);
    await navigateInApp(iam, '#/roles/create?step=selectEntities');
    await findAction(iam, 'choose-custom-trust-policy');
    await iam.close();
  });
});
