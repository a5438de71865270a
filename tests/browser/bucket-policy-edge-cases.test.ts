// Merge edge cases on S3 "Edit bucket policy" (issue 15, point 8): a policy the page loads late, a
// bucket with no policy (an empty editor, console-evidence/sulaimanadamu_s3-edit-bucket-policy-
// empty-editor-no-existing-policy.png), a statement of ours the person changed, an editor too big
// to send. In Chromium and Firefox.
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { forEachBrowser } from '../support/browser';
import { clickButton, editorText, findAction, openConsole, replicaState, runAction } from '../support/console';

const bucket = 'billing-export-111122223333';
const editUrl = `https://s3.console.aws.amazon.com/s3/bucket/${bucket}/property/policy/edit?region=eu-west-1`;

type Policy = { Statement: Array<{ Sid?: string; Action?: unknown }> };
const sids = (text: string) => (JSON.parse(text) as Policy).Statement.map((statement) => statement.Sid);

/** The note under the merge button: what a click would do, and what we saw the page load. */
async function mergeNote(page: Page): Promise<string> {
  const button = await findAction(page, 'merge-bucket-policy');
  const note = await page.waitForFunction(
    (element) => (element as HTMLElement).closest('.finops')?.querySelector('.note')?.textContent || null,
    { timeout: 10_000 },
    button,
  );
  return (await note.jsonValue()) as string;
}

forEachBrowser((launched) => {
  it('offers no write until the page has loaded the policy it loads late, then keeps every statement', async () => {
    const page = await openConsole(launched(), editUrl, { bucketPolicyDelayMs: 1500 });
    // A person in a hurry clicks as soon as our button is there.
    const outcome = await runAction(page, 'merge-bucket-policy');
    expect(outcome.kind).toBe('done');
    expect(sids(await editorText(page))).toEqual(['DenyInsecureTransport', 'AnalyticsTeamRead', 'FinOpsDataExportsDelivery']);
    await clickButton(page, 'Save changes');
    await expect.poll(async () => (await replicaState(page)).bucketPolicies[bucket], { timeout: 10_000 }).toContain('AnalyticsTeamRead');
    expect(sids((await replicaState(page)).bucketPolicies[bucket]!)).toEqual(['DenyInsecureTransport', 'AnalyticsTeamRead', 'FinOpsDataExportsDelivery']);
    await page.close();
  });

  it('says which it saw: the policy the page loaded, or an empty editor meaning no policy', async () => {
    const late = await openConsole(launched(), editUrl, { bucketPolicyDelayMs: 1500 });
    expect(await mergeNote(late)).toMatch(/loaded this bucket's policy \(2 statements\)/i);
    await late.close();

    const none = await openConsole(launched(), editUrl, { existingBucketPolicy: null, bucketPolicyDelayMs: 300 });
    expect(await mergeNote(none)).toMatch(/no policy yet/i);
    const outcome = await runAction(none, 'merge-bucket-policy');
    expect(outcome.kind).toBe('done');
    expect(sids(await editorText(none))).toEqual(['FinOpsDataExportsDelivery']);
    await none.close();
  });

  it('shows a changed statement of ours as a diff and replaces it only after confirmation', async () => {
    const first = await openConsole(launched(), editUrl);
    await runAction(first, 'merge-bucket-policy');
    const merged = JSON.parse(await editorText(first)) as Policy;
    await first.close();
    const ours = merged.Statement.find((statement) => statement.Sid === 'FinOpsDataExportsDelivery')!;
    ours.Action = [...[ours.Action as string | string[]].flat(), 's3:DeleteObject'];
    const edited = JSON.stringify(merged, null, 2);

    const page = await openConsole(launched(), editUrl, { existingBucketPolicy: edited });
    const outcome = await runAction(page, 'merge-bucket-policy');
    expect(outcome.kind).toBe('confirm');
    expect(outcome.text).toMatch(/FinOpsDataExportsDelivery/);
    const removed = await page.evaluate(() =>
      Array.from(document.querySelectorAll('finops-action')).flatMap((host) =>
        Array.from(host.shadowRoot?.querySelectorAll('[data-diff="removed"]') ?? []).map((line) => line.textContent ?? ''),
      ),
    );
    expect(removed.join('\n')).toContain('s3:DeleteObject');
    expect(await editorText(page)).toBe(edited);

    const confirm = await findAction(page, 'confirm-replace');
    await confirm.click();
    await expect.poll(() => editorText(page), { timeout: 10_000 }).not.toContain('s3:DeleteObject');
    expect(sids(await editorText(page))).toEqual(['DenyInsecureTransport', 'AnalyticsTeamRead', 'FinOpsDataExportsDelivery']);
    await page.close();
  });

  it('says plainly when the editor holds more than we can send', async () => {
    const huge = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Big', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*`, Condition: { StringEquals: { 'aws:Referer': 'x'.repeat(120_000) } } }] });
    const page = await openConsole(launched(), editUrl, { existingBucketPolicy: huge });
    const outcome = await runAction(page, 'merge-bucket-policy');
    expect(outcome.kind).toBe('problem');
    expect(outcome.text).toMatch(/120,\d{3} characters/);
    expect(outcome.text).toMatch(/20,480 bytes/);
    expect(outcome.text).not.toMatch(/didn't answer/);
    await page.close();
  });
});
