// Issue 4's "done when": a person takes a standalone account from nothing to a filled FinOps form
// using the side panel, the console buttons and the portal button alone. The stages are the ones
// `npm start` tours (scripts/lib/whole-flow.mjs); here each is followed by what it must have
// changed, read where the person reads it: the panel by accessible names, the replicas' own state.
import { beforeAll, expect, it } from 'vitest';
import { createWholeFlow, flowAccountId, serveReplicas, stepTitles, wholeFlowStages, type WholeFlow } from '../../scripts/lib/whole-flow.mjs';
import type { PortalReplicaState } from '../portal-replica/routes.d.mts';
import { forEachBrowser, type FixtureLog, type LaunchedBrowser } from '../support/browser';
import { replicaState, storedAccount } from '../support/console';
import { replicaRoutes } from '../support/fixtures';

const exportName = `billing-${flowAccountId}`;
const bucket = `billing-export-${flowAccountId}`;
const roleName = 'FinOpsForCloudAccessRole';
const roleArn = `arn:aws:iam::${flowAccountId}:role/${roleName}`;
const allSteps = Object.values(stepTitles);

interface PolicyDocument {
  Statement: Array<{ Effect: string; Action: string | string[]; Resource?: string | string[]; Principal?: unknown; Condition?: unknown }>;
}
const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const resourcesOf = (document: string) => (JSON.parse(document) as PolicyDocument).Statement.flatMap((statement) => asList(statement.Resource));
const actionsOf = (document: string) => (JSON.parse(document) as PolicyDocument).Statement.flatMap((statement) => asList(statement.Action));

let launched: LaunchedBrowser;
let flow: WholeFlow;
let requests: FixtureLog;
const statuses = async () => (await flow.steps()).map((step) => [step.title.replace(/^\d+\.\s*/, ''), step.status]);
/** Screenshots in .tmp/screenshots/: the panel as a person sees it with the named element at the top. */
const shoot = (tab: 'console' | 'panel' | 'portal', name: string, showing?: string) => flow.screenshot(tab, `whole-flow-${name}`, showing ? { showing } : {});
const lastOpened = () => flow.openedInConsole.at(-1);

/** What each stage must have changed, beyond what the stage itself waits for. */
const afterStage: Record<string, () => Promise<void>> = {
  'console-and-panel': async () => {
    expect(await flow.youAreOn()).toBe('Data Exports (no step of this account is done on this page)');
    expect(await statuses()).toEqual(allSteps.map((title, index) => [title, index === 0 ? 'Next' : 'To do']));
  },

  setup: async () => {
    const stored = await storedAccount(launched);
    expect(stored).toMatchObject({ platform: { id: 'finopsForCloud' }, accountType: 'standalone', authMethod: 'assumedRole' });
    // The chooser is live: a member account gets no export or billing policy steps, and back.
    expect(await flow.chooseInPanel('Member account')).toBe(true);
    await expect.poll(async () => (await flow.steps()).map((step) => step.title.replace(/^\d+\.\s*/, '')), { timeout: 5_000 }).not.toContain(stepTitles.dataExport);
    expect(await flow.chooseInPanel('Standalone account')).toBe(true);
    await expect.poll(statuses, { timeout: 5_000 }).toEqual(allSteps.map((title, index) => [title, index === 0 ? 'Next' : 'To do']));
    expect((await storedAccount(launched))?.accountType).toBe('standalone');
    await shoot('panel', '1-setup', 'FinOps AWS onboarding');
  },

  'data-export': async () => {
    expect(lastOpened()).toEqual({
      stepTitle: stepTitles.dataExport,
      url: 'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports/create',
      here: 'Create data export',
      consoleTabs: 1,
    });
    const state = await replicaState(flow.console);
    expect(state.errorsShown).toEqual([]);
    expect(state.submissions.filter((submission) => submission.form === 'create-export')).toEqual([
      {
        form: 'create-export',
        values: expect.objectContaining({
          name: exportName,
          bucket,
          prefix: 'reports',
          type: 'Standard data export',
          tableContent: 'CUR 2.0',
          includeResourceIds: true,
          splitCostAllocationData: false,
          granularity: 'Hourly',
          format: 'Parquet',
          versioning: 'overwrite',
        }),
      },
    ]);
    // No bucket policy step: creating the bucket in the export wizard writes that policy (see the plan).
    expect((await statuses()).slice(0, 2)).toEqual([
      [stepTitles.dataExport, 'Done (seen)'],
      [stepTitles.billingImportPolicy, 'Next'],
    ]);
    const values = await flow.values();
    expect(values['Data export name']).toMatchObject({ value: exportName, source: 'read from page', state: 'valid' });
    expect(values['S3 bucket name']).toMatchObject({ value: bucket, source: 'read from page', state: 'valid' });
    expect(values['S3 path prefix']).toMatchObject({ value: 'reports', source: 'read from page', state: 'valid' });
    await shoot('console', '2-export-details');
    await shoot('panel', '2-export-created', `1. ${stepTitles.dataExport}`);
  },

  'billing-import-policy': async () => {
    expect(lastOpened()).toEqual({ stepTitle: stepTitles.billingImportPolicy, url: 'https://console.aws.amazon.com/iam/home#/policies/create', here: 'Create policy', consoleTabs: 1 });
    const policy = (await replicaState(flow.console)).policies.FinOpsForCloudBillingImport;
    expect(resourcesOf(policy!.document)).toEqual(expect.arrayContaining([`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]));
    expect(actionsOf(policy!.document)).toEqual(expect.arrayContaining(['s3:GetObject', 's3:ListBucket']));
    expect((await statuses()).slice(1, 3)).toEqual([
      [stepTitles.billingImportPolicy, 'Done (seen)'],
      [stepTitles.discoveryPolicy, 'Next'],
    ]);
  },

  'discovery-policy': async () => {
    // The same console page again, now for the step still open on it.
    expect(lastOpened()).toEqual({ stepTitle: stepTitles.discoveryPolicy, url: 'https://console.aws.amazon.com/iam/home#/policies/create', here: 'Create policy', consoleTabs: 1 });
    const policy = (await replicaState(flow.console)).policies.FinOpsForCloudResourceDiscovery;
    expect(resourcesOf(policy!.document)).toEqual(['*']);
    expect(actionsOf(policy!.document)).toEqual(expect.arrayContaining(['ec2:Describe*', 'bcm-data-exports:GetExport', 's3:ListAllMyBuckets']));
    expect((await statuses()).slice(2, 4)).toEqual([
      [stepTitles.discoveryPolicy, 'Done (seen)'],
      [stepTitles.accessRole, 'Next'],
    ]);
  },

  'access-role': async () => {
    expect(lastOpened()).toEqual({ stepTitle: stepTitles.accessRole, url: 'https://console.aws.amazon.com/iam/home#/roles/create?step=selectEntities', here: 'Create role', consoleTabs: 1 });
    const role = (await replicaState(flow.console)).roles[roleName];
    expect(JSON.parse(role!.trustPolicy)).toEqual({
      Version: '2012-10-17',
      Statement: [expect.objectContaining({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::654035049067:user/ffc-service-user' }, Action: 'sts:AssumeRole' })],
    });
    expect([...new Set(role!.attachedPolicies)].sort()).toEqual(['FinOpsForCloudBillingImport', 'FinOpsForCloudResourceDiscovery']);
    expect((await statuses()).slice(3, 5)).toEqual([
      [stepTitles.accessRole, 'Done (seen)'],
      [stepTitles.roleArn, 'Next'],
    ]);
    expect((await flow.values())['IAM role name']).toMatchObject({ value: roleName, source: 'read from page' });
  },

  'role-arn': async () => {
    expect(lastOpened()).toEqual({
      stepTitle: stepTitles.roleArn,
      url: `https://console.aws.amazon.com/iam/home#/roles/details/${roleName}?section=permissions`,
      here: `Role details — ${roleName}`,
      consoleTabs: 1,
    });
    expect(await statuses()).toEqual(allSteps.map((title, index) => [title, index < 5 ? 'Done (seen)' : 'Next']));

    // Every value the form needs, read from the console, and each copy button copies exactly it.
    const expected: Array<[label: string, value: string]> = [
      ['AWS account ID', flowAccountId],
      ['S3 bucket name', bucket],
      ['Data export name', exportName],
      ['S3 path prefix', 'reports'],
      ['IAM role name', roleName],
      ['Role ARN', roleArn],
    ];
    const values = await flow.values();
    for (const [label, value] of expected) {
      expect(values[label], label).toEqual({ value, source: 'read from page', state: 'valid', copyButton: `Copy ${label}` });
      expect(await flow.copyFromPanel(`Copy ${label}`), label).toBe(value);
    }
    expect((await flow.copyFromPanel('Copy all values', null)).split('\n')).toEqual(expect.arrayContaining(expected.map(([label, value]) => `${label}: ${value}`)));

    // The hand-off: the portal's own field labels, each with the value and a copy of exactly it.
    const handOff: Array<[label: string, value: string]> = [
      ['AWS Account ID', flowAccountId],
      ['Assumed Role Name', roleName],
      ['Export name', exportName],
      ['Export Amazon S3 bucket name', bucket],
      ['Export path prefix', 'reports'],
    ];
    for (const [label, value] of handOff) expect(await flow.copyFromPanel(`Copy ${label}`, 'Connect form fields'), label).toBe(value);
    // The export is minutes old: the panel warns that Connect fails until the first files arrive.
    await flow.panelElement('::-p-aria([name="The export is less than a day old"])');
    await shoot('panel', '3-values', 'Values');
    await shoot('panel', '3-hand-off', 'Connect form of FinOps for Cloud');
  },

  portal: async () => {
    expect(flow.portal.url()).toBe('https://portal.finops.softwareone.com/cloud-account/connect');
    const portalState = () => flow.portal.evaluate(() => (window as unknown as { __PORTAL_STATE__: PortalReplicaState }).__PORTAL_STATE__);
    // The replica's pretend API call settles a moment after Connect.
    await expect.poll(portalState, { timeout: 5_000 }).toMatchObject({ submitCount: 1, invalidFields: [], outcome: 'connected' });
    expect((await portalState()).submitted).toEqual({
      type: 'awsStandalone',
      authMethod: 'assumedRole',
      name: `AWS ${flowAccountId}`,
      awsRoleAccountId: flowAccountId,
      awsRoleName: roleName,
      curVersion: '2',
      exportName,
      bucketName: bucket,
      bucketPrefix: 'reports',
    });
    await shoot('portal', '4-portal-connected');
  },

  done: async () => {
    expect(await statuses()).toEqual(allSteps.map((title, index) => [title, index < 5 ? 'Done (seen)' : expect.stringMatching(/^Done/)]));
    expect(Object.values((await storedAccount(launched))!.steps).map((step) => step.status)).toEqual(Array(allSteps.length).fill('done'));
    await shoot('panel', '5-all-done', 'FinOps AWS onboarding');
    // The flow's own count of what it did on the pages and in the panel: no value typed by hand.
    expect(flow.counts.typedValues).toEqual({ console: 0, portal: 0, panel: 0 });
    expect(flow.counts.clicks.console).toBeGreaterThan(0);
    expect(flow.counts.clicks.portal).toBe(2);
    expect(flow.pageErrors).toEqual([]);
    // Everything came from the replicas: nothing was blocked or missing (the browser's own favicon aside).
    expect(requests.blocked).toEqual([]);
    expect(requests.failed).toEqual([]);
    expect(requests.notFound.filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);
  },
};

// In Chromium and Firefox ESR: the panel is read from its DOM by role and name, and the replicas are
// served browser-wide in Chromium, page by page in Firefox (see serveReplicas).
forEachBrowser((launchedNow, browserName) => {
  beforeAll(async () => {
    launched = launchedNow();
    const serving = await serveReplicas(launched, await replicaRoutes());
    requests = serving.log;
    // The panel's copy buttons write to the clipboard; the test reads it back in the panel page
    // (Firefox lets an extension page with the clipboard permissions do so without a grant).
    if (browserName === 'chrome') await launched.browser.defaultBrowserContext().overridePermissions(launched.extensionOrigin, ['clipboard-read', 'clipboard-sanitized-write']);
    flow = createWholeFlow(launched, serving);
  });

  it('has a check for every stage of the flow', () => {
    expect(Object.keys(afterStage)).toEqual(wholeFlowStages.map((stage) => stage.id));
  });

  // One account walked through in order: each test starts where the last left off.
  for (const stage of wholeFlowStages) {
    // Firefox over BiDi runs each move several times slower on a shared machine than Chromium over CDP.
    it(
      stage.title,
      async () => {
        await stage.run(flow);
        await afterStage[stage.id]!();
      },
      browserName === 'firefox' ? 90_000 : undefined,
    );
  }
});
