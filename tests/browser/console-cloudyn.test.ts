import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from '../support/browser';
import {
  chooseSetup,
  clickConsoleButton,
  dispatch,
  editorText,
  fieldValue,
  findAction,
  isChoiceChecked,
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
const cloudynAccount = '432263259397';
const externalId = 'cloudyn-7f3a9c21-ext';
const roleName = 'Azure-Cost-Mgt';
const roleArn = `arn:aws:iam::${account}:role/${roleName}`;
const bucket = `billing-export-${account}`;
const iamHome = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1';

interface Statement {
  Sid?: string;
  Effect: string;
  Principal?: { AWS?: string | string[]; Service?: string | string[] } | string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

let launched: LaunchedBrowser;
beforeAll(async () => {
  launched = await launchConsoleExtension();
  await chooseSetup(launched, { platform: { id: 'cloudyn' }, accountType: 'management', authMethod: 'assumedRole' });
});
afterAll(async () => {
  await launched?.close();
});

describe('Cloudyn: a read-only role trusting Cloudyn\'s account, and its billing bucket policy', () => {
  it('says the External ID is missing until it is typed, then trusts account 432263259397 with it', async () => {
    const page = await openConsole(launched, `${iamHome}#/roles/create?step=selectEntities`);
    // Cloudyn trusts an account, not one user: no custom trust policy is offered.
    await findAction(page, 'fill-form', `Trust Cloudyn's AWS account ${cloudynAccount}`);
    expect((await settledActionLabels(page, 300)).some((label) => label.includes('custom trust policy'))).toBe(false);

    const missing = await runAction(page, 'fill-form', `Trust Cloudyn's AWS account ${cloudynAccount}`);
    expect(missing.kind).toBe('missing');
    expect(missing.text).toContain('External ID');
    await findAction(page, 'open-side-panel');
    expect(await fieldValue(page, 'Account ID')).toBe(cloudynAccount);
    expect(await isChoiceChecked(page, 'Require external ID')).toBe(true);

    await dispatch(launched, { type: 'value-typed', accountId: account, kind: 'externalId', input: externalId });
    expect(await runAction(page, 'fill-form', 'Fill External ID')).toMatchObject({ kind: 'done' });
    expect(await fieldValue(page, 'External ID')).toBe(externalId);

    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'select-policies', 'Select ReadOnlyAccess')).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'fill-form', `Fill role name ${roleName}`)).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, 'Create role');

    const state = await replicaState(page);
    expect(state.errorsShown).toEqual([]);
    expect(state.submissions.at(-1)?.values).toMatchObject({
      roleName,
      trustedEntityType: 'AWS_ACCOUNT',
      accountId: cloudynAccount,
      externalId,
    });
    expect([...new Set(state.roles[roleName]?.attachedPolicies)]).toEqual(['ReadOnlyAccess']);
    const trust = JSON.parse(state.roles[roleName]!.trustPolicy) as { Statement: Array<{ Principal: unknown; Condition: unknown }> };
    expect(trust.Statement[0]).toMatchObject({ Principal: { AWS: `arn:aws:iam::${cloudynAccount}:root` }, Condition: { StringEquals: { 'sts:ExternalId': externalId } } });

    await navigateInApp(page, `#/roles/details/${roleName}`);
    await expect.poll(() => storedValue(launched, 'roleArn'), { timeout: 10_000 }).toBe(roleArn);
    await page.close();
  });

  it('offers to create no managed policy (Cloudyn uses ReadOnlyAccess)', async () => {
    const page = await openConsole(launched, `${iamHome}#/policies/create?step=addPermissions`);
    await page.waitForSelector('.ace_editor');
    expect(await settledActionLabels(page)).toEqual([]);
    await page.close();
  });

  it("merges the Cloudyn billing statements, with the role ARN and AWS's legacy CUR delivery for this account, into the existing bucket policy", async () => {
    const page = await openConsole(launched, `https://s3.console.aws.amazon.com/s3/bucket/${bucket}/property/policy/edit?region=us-east-1`);
    const before = JSON.parse(await editorText(page)) as { Statement: Statement[] };
    const outcome = await runAction(page, 'merge-bucket-policy', 'Add Cloudyn billing statements to this bucket policy');
    expect(outcome.kind).toBe('done');
    const after = JSON.parse(await editorText(page)) as { Statement: Statement[] };
    expect(after.Statement).toHaveLength(before.Statement.length + 5);
    for (const statement of before.Statement) expect(after.Statement).toContainEqual(statement);
    const added = after.Statement.slice(before.Statement.length);
    const principals = added.map((statement) => (typeof statement.Principal === 'object' ? statement.Principal.AWS : statement.Principal));
    expect(principals).toEqual(expect.arrayContaining(['arn:aws:iam::386209384616:root', roleArn]));
    const legacyCur = added.filter((statement) => typeof statement.Principal === 'object' && statement.Principal.Service === 'billingreports.amazonaws.com');
    expect(legacyCur).toHaveLength(2);
    for (const statement of legacyCur) expect(statement.Condition?.StringEquals).toEqual({ 'aws:SourceAccount': account });
    const resources = added.flatMap((statement) => [statement.Resource].flat());
    expect(resources).toEqual(expect.arrayContaining([`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]));
    await clickConsoleButton(page, 'Save changes');
    await expect.poll(async () => (await replicaState(page)).bucketPolicies[bucket], { timeout: 10_000 }).toContain(roleArn);
    await expect.poll(() => stepStatus(launched, 'cloudyn-bucket-policy'), { timeout: 10_000 }).toBe('done');
    await page.close();
  });
});
