// The organization tour (`npm start -- --organization`), walked with a small organization: the
// management account from nothing to connected, the StackSet to every member, the members read
// in, the portal connecting each with "Fill next member account". The stages are the tour's own
// (scripts/lib/organization-flow.mjs); here each is followed by what it must have changed, and the
// tour's counts are checked: no value typed by hand, one portal click per member (and one to start).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberAccountId, organizationStages, stackSetName } from '../../scripts/lib/organization-flow.mjs';
import { createWholeFlow, flowAccountId, serveReplicasInBrowser, type FlowCounts, type WholeFlow } from '../../scripts/lib/whole-flow.mjs';
import type { LaunchedBrowser } from '../support/browser';
import { launchConsoleExtension, replicaState } from '../support/console';
import { replicaRoutes } from '../support/fixtures';

const members = 5;
const stages = organizationStages({ members, filesDir: mkdtempSync(join(tmpdir(), 'organization-tour-')) });
const memberIds = Array.from({ length: members }, (_unused, index) => memberAccountId(index));

let launched: LaunchedBrowser;
let flow: WholeFlow;
let before: FlowCounts;
beforeAll(async () => {
  launched = await launchConsoleExtension();
  await serveReplicasInBrowser(launched.browser, await replicaRoutes());
  flow = createWholeFlow(launched);
});
afterAll(async () => {
  await launched?.close();
});

const clicksSince = (then: FlowCounts) => Object.entries(flow.counts.clicks).reduce((sum, [place, value]) => sum + value - then.clicks[place as keyof FlowCounts['clicks']], 0);
const accounts = async () => (await flow.storedProgress())?.accounts ?? {};

const afterStage: Record<string, () => Promise<void>> = {
  'console-and-panel': async () => {},
  setup: async () => {
    expect((await accounts())[flowAccountId]).toMatchObject({ accountType: 'management' });
  },
  'data-export': async () => {},
  'billing-import-policy': async () => {},
  'discovery-policy': async () => {},
  'access-role': async () => {},
  'role-arn': async () => {},
  'stack-set': async () => {
    const submitted = (await replicaState(flow.console)).submissions.find((submission) => submission.form === 'create-stack-set');
    expect(submitted?.values).toMatchObject({
      stackSetName,
      permissionModel: 'SERVICE_MANAGED',
      deploymentTargets: { organization: true },
      autoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
      regions: ['us-east-1'],
    });
  },
  members: async () => {
    const tracked = await accounts();
    expect(Object.keys(tracked).sort()).toEqual([flowAccountId, ...memberIds].sort());
    for (const id of memberIds) expect(tracked[id]?.accountType).toBe('member');
  },
  'stack-instances': async () => {
    const tracked = await accounts();
    for (const id of memberIds) expect(tracked[id]?.steps['access-role']?.status, id).toBe('done');
  },
  'portal-management': async () => {
    expect((await accounts())[flowAccountId]?.steps.connect?.status).toBe('done');
    before = flow.countsNow();
  },
  'portal-members': async () => {
    // "Fill next member account" once, then only the portal's Connect: each connect fills the next member.
    expect(clicksSince(before)).toBe(members + 1);
  },
  done: async () => {
    const tracked = await accounts();
    expect(Object.values(tracked).map((account) => account.steps.connect?.status)).toEqual(Array(members + 1).fill('done'));
    expect(flow.counts.typedValues).toEqual({ console: 0, portal: 0, panel: 0 });
    expect(flow.pageErrors).toEqual([]);
  },
};

describe(`the organization tour: a management account and ${members} member accounts, from nothing to connected`, () => {
  it('has a check for every stage of the tour', () => {
    expect(Object.keys(afterStage)).toEqual(stages.map((stage) => stage.id));
  });

  for (const stage of stages) {
    it(stage.title, async () => {
      await stage.run(flow);
      await afterStage[stage.id]!();
    });
  }
});
