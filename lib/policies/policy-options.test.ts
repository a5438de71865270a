import { describe, expect, it } from 'vitest';
import { accountTemplate, cloudShellScript, toJson } from '../cloudformation';
import { platformFromChoice, type PlatformChoice } from '../platforms';
import { resolveSetup } from '../setup/resolve';
import { documentReply } from './for-setup';
import { renderPolicy } from './render';

// Opting in (or choosing an OptScale release) must reach every place the discovery policy is written:
// the side panel's document, the console button's reply, the CloudFormation template and the CloudShell script.
const accountId = '111122223333';
const values = { accountId, bucketName: 'billing-export-111122223333' };

const platformOf = (choice: PlatformChoice) => {
  const platform = platformFromChoice(choice);
  if (!platform.ok) throw new Error(platform.problem.message);
  return platform.value;
};

const everyRendering = (choice: PlatformChoice): Record<string, string> => {
  const platform = platformOf(choice);
  const panel = renderPolicy('resourceDiscoveryPolicy', platform, values);
  const button = documentReply(resolveSetup({ platform: choice, accountType: 'member', authMethod: 'assumedRole' }, values, accountId), { mode: 'insert', templateId: 'resourceDiscoveryPolicy' });
  const stack = accountTemplate(platform, 'member', { values });
  const script = cloudShellScript(platform, 'member', values);
  if (!panel.ok || !button.ok || !stack.ok || !script.ok) throw new Error('a rendering failed');
  return { panel: panel.value.text, button: button.text ?? '', cloudFormation: toJson(stack.value.template), cloudShell: script.value.text };
};

const selfHosted = (settings: Record<string, unknown>): PlatformChoice => ({ id: 'customOptScale', settings: { portalOrigin: 'optscale.example.com', trustedPrincipal: '444455556666', ...settings } });

describe('power schedules: an explicit opt-in', () => {
  it.each([
    ['FinOps for Cloud', { id: 'finopsForCloud' } as PlatformChoice, { id: 'finopsForCloud', powerSchedules: true } as PlatformChoice],
    ['self-hosted OptScale', selfHosted({}), selfHosted({ powerSchedules: true })],
  ])('%s: off by default; once chosen, every rendering grants start and stop', (_, byDefault, optedIn) => {
    for (const [where, text] of Object.entries(everyRendering(byDefault))) {
      expect(text, where).not.toContain('ec2:StartInstances');
      expect(text, where).toContain('cloudwatch:GetMetricData');
    }
    for (const [where, text] of Object.entries(everyRendering(optedIn))) {
      expect(text, where).toContain('ec2:StartInstances');
      expect(text, where).toContain('ec2:StopInstances');
    }
  });

  it('Cloudyn has no such choice', () => {
    expect(platformOf({ id: 'cloudyn' }).policyOptions ?? []).toEqual([]);
  });
});

describe('self-hosted OptScale: discovery for the release it runs', () => {
  const newer = ['rds:DescribeDBInstances', 'redshift-serverless:ListWorkgroups', 'redshift-serverless:ListTagsForResource', 'emr-serverless:ListApplications', 'emr-serverless:ListTagsForResource'];

  it('the newest release (the default) gets RDS, Redshift Serverless and EMR Serverless reads everywhere', () => {
    for (const [where, text] of Object.entries(everyRendering(selfHosted({})))) for (const action of newer) expect(text, where).toContain(action);
  });

  it('an older release, and FinOps for Cloud, do not', () => {
    for (const choice of [selfHosted({ optScaleVersion: 'upTo2024-10' }), { id: 'finopsForCloud' } as PlatformChoice]) {
      for (const [where, text] of Object.entries(everyRendering(choice))) for (const action of newer) expect(text, where).not.toContain(action);
    }
  });

  it('refuses a release it does not know, saying what to do', () => {
    const platform = platformFromChoice(selfHosted({ optScaleVersion: '1.0' }));
    expect(platform).toMatchObject({ ok: false, problem: { message: 'Choose the OptScale release your deployment runs.' } });
  });
});
