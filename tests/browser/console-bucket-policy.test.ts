import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from '../support/browser';
import { clickButton, editorText, openConsole, replicaState, runAction, storedValue } from '../support/console';

const bucket = 'billing-export-111122223333';
const editUrl = `https://s3.console.aws.amazon.com/s3/bucket/${bucket}/property/policy/edit?region=eu-west-1`;

let launched: LaunchedBrowser;
beforeAll(async () => {
  launched = await launchWithExtension();
});
afterAll(async () => {
  await launched?.close();
});

describe('S3 edit bucket policy', () => {
  it('merges the data-export statement into the existing policy, keeping every statement', async () => {
    const page = await openConsole(launched, editUrl);
    const before = JSON.parse(await editorText(page)) as { Statement: Array<{ Sid?: string }> };
    const outcome = await runAction(page, 'merge-bucket-policy', 'Add FinOps data-export statements');
    expect(outcome.kind).toBe('done');
    const after = JSON.parse(await editorText(page)) as { Statement: Array<{ Sid?: string; Resource?: unknown; Condition?: unknown }> };
    expect(after.Statement).toHaveLength(before.Statement.length + 1);
    for (const statement of before.Statement) expect(after.Statement).toContainEqual(statement);
    const ours = after.Statement.find((statement) => statement.Sid === 'FinOpsDataExportsDelivery');
    expect(ours?.Resource).toEqual(expect.arrayContaining([`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]));
    expect(JSON.stringify(ours?.Condition)).toContain('111122223333');

    await clickButton(page, 'Save changes');
    await expect.poll(async () => (await replicaState(page)).bucketPolicies[bucket], { timeout: 10_000 }).toContain('FinOpsDataExportsDelivery');
    // The bucket and its region, as the S3 console's URL gives them, are kept for the hand-off.
    expect(await storedValue(launched, 'bucketName')).toBe(bucket);
    expect(await storedValue(launched, 'region')).toBe('eu-west-1');
    await page.close();
  });

  it('refuses to touch a policy that is not valid JSON, and says why', async () => {
    const broken = '{ "Version": "2012-10-17", "Statement": [ { "Sid": "Mine", } ] }';
    const page = await openConsole(launched, editUrl, { existingBucketPolicy: broken });
    const outcome = await runAction(page, 'merge-bucket-policy');
    expect(outcome.kind).toBe('problem');
    expect(outcome.text).toMatch(/isn't valid JSON/);
    expect(await editorText(page)).toBe(broken);
    await page.close();
  });
});
