// The CloudShell scripts run for real: bash, jq and the AWS CLI (Debian's `awscli`, as CloudShell
// has its own) against the local fake AWS, which answers IAM, STS, CloudFormation and
// Organizations in their wire protocols and keeps what the calls create. The CLI reaches it with
// --endpoint-url (a two-line `aws` wrapper first on PATH, since the script calls plain `aws`),
// fake keys in the environment and no config or credentials file of the machine's.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { GetPolicyCommand, GetPolicyVersionCommand, GetRoleCommand, IAMClient, ListAttachedRolePoliciesCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudShellScript } from '../../lib/cloudformation/cloudshell-script';
import { stackSetPlan } from '../../lib/cloudformation/stack-set';
import { finopsForCloud } from '../../lib/platforms';
import { documentForSetup } from '../../lib/policies/for-setup';
import type { TemplateId } from '../../lib/policies/template-types';
import type { FakeAwsScenario, FakeKey } from '../support/fake-aws/scenario';
import { startFakeAws, type FakeAws } from '../support/fake-aws/server';

const run = promisify(execFile);
const management = '111122223333';
const bucket = `billing-export-${management}`;
const roleName = 'FinOpsForCloudAccessRole';
const rootId = 'r-ab12';
const members = Array.from({ length: 5 }, (_unused, index) => ({ id: String(210000000000 + (index + 1) * 1_234_567), name: `workload-${index + 1}` }));
// CloudShell's credentials are an assumed role's temporary keys.
const cloudShellKey: FakeKey = {
  accessKeyId: 'ASIACLOUDSHELLXXXXXX',
  secretAccessKey: 'cloudshell/Secret+Key0123456789abcdefghij',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLEcloudshellSESSION0123456789',
  arn: `arn:aws:sts::${management}:assumed-role/Admin/alice`,
};

/** Debian's CLI first: a pyenv shim may stand earlier on a developer's PATH. */
function findAwsCli(): string {
  for (const candidate of ['/usr/bin/aws', '/usr/local/bin/aws']) if (existsSync(candidate)) return candidate;
  throw new Error('The AWS CLI is missing: install Debian\'s awscli (apt-get install -y awscli); .ci/run does so in CI.');
}

const workDir = mkdtempSync(join(tmpdir(), 'cloudshell-cli-'));
const binDir = join(workDir, 'bin');
let fake: FakeAws;
let scenario: FakeAwsScenario;

beforeAll(async () => {
  const aws = findAwsCli();
  mkdirSync(binDir);
  writeFileSync(join(binDir, 'aws'), `#!/bin/sh\nexec ${aws} --endpoint-url "$FAKE_AWS_ENDPOINT" "$@"\n`, { mode: 0o755 });
  scenario = {
    keys: [cloudShellKey],
    accounts: {},
    organization: { id: 'o-exampleorg1', rootId, managementAccountId: management, members },
  };
  fake = await startFakeAws(scenario);
});
afterAll(async () => {
  await fake?.close();
  rmSync(workDir, { recursive: true, force: true });
});

/** bash FILE in a fresh directory, as CloudShell would run it, with only the fake to talk to. */
async function runScript(fileName: string, text: string): Promise<{ stdout: string; stderr: string; calls: string[] }> {
  const dir = mkdtempSync(join(workDir, 'run-'));
  writeFileSync(join(dir, fileName), text);
  const before = fake.requests.length;
  const env = {
    PATH: `${binDir}:/usr/bin:/bin`,
    HOME: dir,
    FAKE_AWS_ENDPOINT: fake.endpoint,
    AWS_ENDPOINT_URL: fake.endpoint,
    AWS_ACCESS_KEY_ID: cloudShellKey.accessKeyId,
    AWS_SECRET_ACCESS_KEY: cloudShellKey.secretAccessKey,
    AWS_SESSION_TOKEN: cloudShellKey.sessionToken ?? '',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  try {
    const { stdout, stderr } = await run('bash', [fileName], { cwd: dir, env, timeout: 90_000 });
    return { stdout, stderr, calls: fake.requests.slice(before).map((request) => `${request.service}:${request.operation} ${request.status}`) };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number; signal?: string };
    throw new Error(`bash ${fileName} failed (exit ${failed.code ?? failed.signal}):\n${failed.stdout ?? ''}${failed.stderr ?? ''}\nCalls: ${fake.requests.slice(before).map((request) => `${request.service}:${request.operation} ${request.status}`).join(', ')}`, { cause: error });
  }
}

/** The SDK against the fake: what IAM holds now, read as the side panel's Verify reads it. */
const iam = () =>
  new IAMClient({
    region: 'us-east-1',
    endpoint: fake.endpoint,
    credentials: { accessKeyId: cloudShellKey.accessKeyId, secretAccessKey: cloudShellKey.secretAccessKey, sessionToken: cloudShellKey.sessionToken ?? '' },
  });

/** A managed policy's default version, URL-decoded as IAM's documents must be. */
async function storedPolicy(client: IAMClient, account: string, name: string): Promise<string> {
  const arn = `arn:aws:iam::${account}:policy/${name}`;
  const { Policy } = await client.send(new GetPolicyCommand({ PolicyArn: arn }));
  const { PolicyVersion } = await client.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: Policy?.DefaultVersionId ?? '' }));
  return decodeURIComponent(PolicyVersion?.Document ?? '');
}

/** What the console path puts in the editor for this setup: the extension's in-page buttons write exactly this text. */
function consoleText(templateId: TemplateId, accountType: 'management' | 'member'): string {
  const document = documentForSetup(templateId, { platform: finopsForCloud, accountType, authMethod: 'assumedRole', values: { accountId: management, bucketName: bucket } });
  if (!document.ok) throw new Error(document.message);
  return document.rendered.text;
}

const writes = (calls: string[]) => calls.filter((call) => /:(Create|Update|Delete|Put)/.test(call));

describe('the management account script, with the real AWS CLI against the fake AWS', { timeout: 240_000 }, () => {
  const script = cloudShellScript(finopsForCloud, 'management', { accountId: management, bucketName: bucket });
  if (!script.ok) throw new Error(script.problem.message);
  const { fileName, text } = script.value;

  it('creates the policies and the role the console path creates: the same documents, byte for byte', async () => {
    const { stdout, calls } = await runScript(fileName, text);
    expect(writes(calls)).toEqual(['iam:CreatePolicy 200', 'iam:CreatePolicy 200', 'iam:CreateRole 200']);
    expect(calls.filter((call) => !call.endsWith(' 200') && !call.endsWith(' 404'))).toEqual([]);
    expect(stdout).toContain('Created policy FinOpsForCloudBillingImport.');
    expect(stdout).toContain(`Created role ${roleName}.`);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`Role ARN: arn:aws:iam::${management}:role/${roleName}`);

    const client = iam();
    expect(await storedPolicy(client, management, 'FinOpsForCloudBillingImport')).toBe(consoleText('billingImportPolicy', 'management'));
    expect(await storedPolicy(client, management, 'FinOpsForCloudResourceDiscovery')).toBe(consoleText('resourceDiscoveryPolicy', 'management'));
    const { Role } = await client.send(new GetRoleCommand({ RoleName: roleName }));
    expect(decodeURIComponent(Role?.AssumeRolePolicyDocument ?? '')).toBe(consoleText('trustPolicy', 'management'));
    const { AttachedPolicies } = await client.send(new ListAttachedRolePoliciesCommand({ RoleName: roleName }));
    expect(AttachedPolicies?.map((policy) => policy.PolicyName).sort()).toEqual(['FinOpsForCloudBillingImport', 'FinOpsForCloudResourceDiscovery']);
  });

  it('runs again without an error and creates nothing new', async () => {
    const before = structuredClone(scenario.accounts);
    const policiesBefore = structuredClone(scenario.managedPolicies);
    const { stdout, calls } = await runScript(fileName, text);
    expect(writes(calls)).toEqual([]);
    expect(stdout).toContain('Policy FinOpsForCloudBillingImport is already up to date.');
    expect(stdout).toContain(`Role ${roleName} already trusts FinOps for Cloud.`);
    expect(scenario.accounts).toEqual(before);
    expect(scenario.managedPolicies).toEqual(policiesBefore);
  });

  it('the fake answers a second create as IAM does: EntityAlreadyExists', async () => {
    await expect(runScript('create.sh', `aws iam create-role --role-name ${roleName} --assume-role-policy-document '{"Version":"2012-10-17","Statement":[]}'\n`)).rejects.toThrow(
      /An error occurred \(EntityAlreadyExists\) when calling the CreateRole operation(?: \(reached max retries: \d+\))?: Role with name FinOpsForCloudAccessRole already exists\./,
    );
  });
});

describe('the StackSet script, with the real AWS CLI against the fake AWS', { timeout: 240_000 }, () => {
  it('finds the root with Organizations, deploys the role and discovery policy to every member, all CURRENT; a re-run creates nothing', async () => {
    const found = await runScript('root.sh', "aws organizations list-roots --query 'Roots[0].Id' --output text\n");
    expect(found.stdout.trim()).toBe(rootId);
    const plan = stackSetPlan(finopsForCloud, { targets: { organizationRootId: found.stdout.trim() } });
    if (!plan.ok) throw new Error(plan.problem.message);

    // Debian's CLI (2.9.19) predates two things CloudShell's current CLI has: the command
    // `activate-organizations-access` and the operation preference ConcurrencyMode. For it, trusted
    // access is turned on as the console's "Activate trusted access" does, and ConcurrencyMode is
    // left out (the fake would accept it); every other word of the script runs as generated.
    const activate = 'aws cloudformation activate-organizations-access \\\n  --region us-east-1\n';
    const concurrencyMode = ',ConcurrencyMode=SOFT_FAILURE_TOLERANCE';
    expect(plan.value.script).toContain(activate);
    expect(plan.value.script).toContain(concurrencyMode);
    const script = plan.value.script.replace(activate, 'echo "Trusted access: turned on in the console."\n').replace(concurrencyMode, '');
    scenario.organizationsAccess = true;

    const first = await runScript(plan.value.scriptFileName, script);
    expect(writes(first.calls)).toEqual(['cloudformation:CreateStackSet 200', 'cloudformation:CreateStackInstances 200']);
    for (const member of members) expect(first.stdout).toMatch(new RegExp(`\\|\\s+${member.id}\\s+\\|\\s+CURRENT\\s+\\|`));
    expect(scenario.stackSets?.FinOpsForCloudAccess).toMatchObject({ permissionModel: 'SERVICE_MANAGED', autoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false }, capabilities: ['CAPABILITY_NAMED_IAM'] });

    // In every member: the console path's discovery policy and trust policy, the same JSON values.
    for (const member of members) {
      const role = scenario.accounts[member.id]?.roles?.[roleName];
      expect(JSON.parse(String(role?.trustPolicy))).toEqual(JSON.parse(consoleText('trustPolicy', 'member')));
      expect(role?.attached).toEqual([`arn:aws:iam::${member.id}:policy/FinOpsForCloudResourceDiscovery`]);
      const policy = scenario.managedPolicies?.[`arn:aws:iam::${member.id}:policy/FinOpsForCloudResourceDiscovery`]?.versions.v1;
      expect(JSON.parse(String(policy))).toEqual(JSON.parse(consoleText('resourceDiscoveryPolicy', 'member')));
    }
    // The management account itself is never a StackSet target.
    expect(scenario.stackSets?.FinOpsForCloudAccess?.instances.map((instance) => instance.account)).toEqual(members.map((member) => member.id));

    const instancesBefore = structuredClone(scenario.stackSets?.FinOpsForCloudAccess?.instances);
    const again = await runScript(plan.value.scriptFileName, script);
    expect(again.stdout).toContain('StackSet FinOpsForCloudAccess already exists; deploying its stack instances.');
    expect(writes(again.calls)).toEqual(['cloudformation:CreateStackInstances 200']);
    expect(scenario.stackSets?.FinOpsForCloudAccess?.instances).toEqual(instancesBefore);
  });
});
