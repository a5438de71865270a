import { describe, expect, it } from 'vitest';
import { cloudyn, finopsForCloud } from '../platforms';
import { stackSetPlan, type StackSetOptions } from './stack-set';

const plan = (platform: typeof finopsForCloud, options: StackSetOptions) => {
  const result = stackSetPlan(platform, options);
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};

const commandText = (commands: { command: string }[]) => commands.map((step) => step.command.replaceAll(' \\\n  ', ' ')).join('\n');

describe('stackSetPlan', () => {
  const toRoot = plan(finopsForCloud, { targets: { organizationRootId: 'r-ab12' } });

  it('uses service-managed permissions, deploys automatically to new accounts and removes stacks from leaving ones', () => {
    expect(toRoot).toMatchObject({
      stackSetName: 'FinOpsForCloudAccess',
      permissionModel: 'SERVICE_MANAGED',
      autoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
      deploymentTargets: { OrganizationalUnitIds: ['r-ab12'] },
      regions: ['us-east-1'],
      callAs: 'SELF',
      templateFileName: 'finops-for-cloud-member-accounts-stackset.yaml',
      scriptFileName: 'finops-for-cloud-member-accounts-stackset.sh',
    });
    expect(toRoot.member.accountType).toBe('member');
    expect(toRoot.member.template.Resources.AccessRole?.Type).toBe('AWS::IAM::Role');
  });

  it('gives the CLI commands to create it and its stack instances', () => {
    const text = commandText(toRoot.commands);
    expect(text).toContain('aws cloudformation activate-organizations-access --region us-east-1');
    expect(text).toContain(
      'aws cloudformation create-stack-set --region us-east-1 --stack-set-name FinOpsForCloudAccess --description \'FinOps for Cloud role FinOpsForCloudAccessRole in every member account\' --template-body file://finops-for-cloud-member-accounts-stackset.yaml --permission-model SERVICE_MANAGED --auto-deployment Enabled=true,RetainStacksOnAccountRemoval=false --capabilities CAPABILITY_NAMED_IAM',
    );
    expect(text).toContain(
      'aws cloudformation create-stack-instances --region us-east-1 --stack-set-name FinOpsForCloudAccess --deployment-targets OrganizationalUnitIds=r-ab12 --regions us-east-1 --operation-preferences MaxConcurrentPercentage=25,FailureTolerancePercentage=10,ConcurrencyMode=SOFT_FAILURE_TOLERANCE',
    );
    expect(text).toContain('aws cloudformation list-stack-instances --region us-east-1 --stack-set-name FinOpsForCloudAccess');
    expect(text).not.toContain('ExternalId');
  });

  it('says the management account needs its own setup and why one region is enough', () => {
    expect(toRoot.notes.join(' ')).toMatch(/never deploys to the organization's management account/);
    expect(toRoot.notes.join(' ')).toMatch(/IAM roles and policies are global/);
  });

  it('asks for the External ID without echoing it, and passes it as JSON', () => {
    const cloudynPlan = plan(cloudyn, { targets: { organizationalUnitIds: ['ou-ab12-cd34ef56', ' ou-ab12-99999999 ', 'ou-ab12-cd34ef56'] }, delegatedAdmin: true, stackSetName: 'CloudynReadOnly' });
    const text = commandText(cloudynPlan.commands);
    expect(text).toContain("read -r -s -p 'External ID: ' external_id");
    expect(text).toContain('--parameters "[{\\"ParameterKey\\":\\"ExternalId\\",\\"ParameterValue\\":\\"${external_id}\\"}]"');
    expect(text).toContain('--deployment-targets OrganizationalUnitIds=ou-ab12-cd34ef56,ou-ab12-99999999');
    expect(cloudynPlan.callAs).toBe('DELEGATED_ADMIN');
    expect(cloudynPlan.commands.filter((step) => step.command.startsWith('aws ')).every((step) => step.command.endsWith('--call-as DELEGATED_ADMIN'))).toBe(true);
    // Only the management account can turn trusted access on.
    expect(text).not.toContain('activate-organizations-access');
    expect(cloudynPlan.member.parameters).toEqual([expect.objectContaining({ name: 'ExternalId', noEcho: true })]);
    expect(cloudynPlan.consoleSteps.map((step) => step.title)).toEqual([
      'Activate trusted access',
      'Choose a template',
      'Specify StackSet details',
      'Configure StackSet options',
      'Set deployment options',
      'Review',
      'Watch the stack instances',
    ]);
  });

  it('creates the StackSet only if it is not there yet, so the script can run again', () => {
    expect(toRoot.script).toMatch(/if aws cloudformation describe-stack-set [^\n]*--stack-set-name FinOpsForCloudAccess >\/dev\/null 2>&1; then\n[^\n]*already exists[^\n]*\nelse\n {2}aws cloudformation create-stack-set/);
  });

  it.each([
    ['a root ID with a typo', { organizationRootId: 'ab12' }, 'invalid-organization-root-id', /isn't an organization root ID/],
    ['no OUs', { organizationalUnitIds: [' '] }, 'no-organizational-units', /at least one organizational unit/],
    ['an account ID as OU', { organizationalUnitIds: ['111122223333'] }, 'invalid-organizational-unit-id', /ou-ab12-cd34ef56/],
    ['the root among the OUs', { organizationalUnitIds: ['r-ab12'] }, 'invalid-organizational-unit-id', /deploy to the root instead/],
  ] as const)('refuses %s', (_, targets, code, message) => {
    const result = stackSetPlan(finopsForCloud, { targets });
    expect(result).toMatchObject({ ok: false, problem: { code } });
    expect(!result.ok && result.problem.message).toMatch(message);
  });

  it('refuses a StackSet name CloudFormation would refuse', () => {
    expect(stackSetPlan(finopsForCloud, { targets: { organizationRootId: 'r-ab12' }, stackSetName: 'FinOps for Cloud' })).toMatchObject({ ok: false, problem: { code: 'invalid-stack-set-name' } });
  });

  it('refuses a platform that has no member accounts', () => {
    expect(stackSetPlan({ ...finopsForCloud, accountTypes: ['standalone'] }, { targets: { organizationRootId: 'r-ab12' } })).toMatchObject({ ok: false, problem: { code: 'stack-set-not-supported' } });
  });
});
