/**
 * The real AWS SDK against the fake AWS server (real wire protocols, SigV4 checked):
 * every success and every failure "Verify before connecting" must explain.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeAws, type FakeAws, type FakeAwsScenario } from '../../tests/support/fake-aws/server';
import {
  ACCOUNT,
  BUCKET,
  DATA_FILE,
  LEGACY_OVERWRITE_FILES,
  LEGACY_VERSIONED_FILES,
  EXPORT_NAME,
  KEYS,
  MANIFEST,
  OTHER_ACCOUNT,
  PLATFORM_PRINCIPAL,
  ROLE,
  USER,
  credentialsOf,
  dataExportsBucketPolicy,
  exampleScenario,
  roleInput,
  trustPolicy,
  userInput,
} from '../../tests/support/fake-aws/example-account';
import type { CheckId, CheckResult, VerifyInput } from './checks';
import { verifyAccount, type VerifyOptions } from './run';

let server: FakeAws | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function expectNoSecrets(results: CheckResult[], input: VerifyInput) {
  const text = JSON.stringify(results);
  const { accessKeyId, secretAccessKey, sessionToken } = input.credentials;
  for (const secret of [accessKeyId, secretAccessKey, sessionToken]) if (secret) expect(text).not.toContain(secret);
}

async function verify(scenario: FakeAwsScenario, input: VerifyInput, options: VerifyOptions = {}) {
  server = await startFakeAws(scenario);
  const results = await verifyAccount(input, { endpoint: server.endpoint, ...options });
  expectNoSecrets(results, input);
  const byId = (id: CheckId) => results.find((r) => r.id === id);
  const statuses = Object.fromEntries(results.map((r) => [r.id, r.status]));
  return { results, byId, statuses, requests: server.requests };
}

const allPass = (...ids: CheckId[]) => Object.fromEntries(ids.map((id) => [id, 'pass']));

describe('happy paths', () => {
  it('role: keys, trust, permissions (paged lists, default policy version), bucket, policy, delivery', async () => {
    const scenario = { ...exampleScenario(), pageSize: 1 };
    const { statuses, byId, requests } = await verify(scenario, roleInput());
    expect(statuses).toEqual(allPass('keys', 'role-trust', 'role-permissions', 'bucket', 'bucket-policy', 'first-delivery'));
    expect(byId('keys')?.detail).toBe(`Valid keys of arn:aws:iam::${ACCOUNT}:user/admin in account ${ACCOUNT}.`);
    expect(byId('role-permissions')?.detail).toMatch(/all 6 permissions .* FinOpsForCloudBillingImport, FinOpsForCloudResourceDiscovery/);
    expect(byId('first-delivery')?.detail).toContain(DATA_FILE);
    expect(requests.filter((r) => r.operation === 'ListAttachedRolePolicies')).toHaveLength(2);
    expect(requests.every((r) => r.status === 200)).toBe(true);
  });

  it('user, checked with an administrator key: its own and its group policies count', async () => {
    const { statuses, byId } = await verify(exampleScenario(), userInput(KEYS.admin));
    expect(statuses).toMatchObject({ ...allPass('user-permissions', 'bucket', 'bucket-policy', 'first-delivery'), keys: 'warn' });
    expect(byId('keys')?.detail).toMatch(/not to the user FinOpsForCloudUser/);
    expect(byId('user-permissions')?.detail).toMatch(/FinOpsForCloudBillingImport, discovery \(inline in group finops-discovery\)/);
  });

  it("user, checked with its own key: IAM can't be read (expected), everything else is checked", async () => {
    const { statuses, byId } = await verify(exampleScenario(), userInput());
    expect(statuses).toEqual({ ...allPass('keys', 'bucket', 'bucket-policy', 'first-delivery'), 'user-permissions': 'cant-check' });
    expect(byId('user-permissions')?.detail).toMatch(/iam:ListAttachedUserPolicies.*That's expected/);
    expect(byId('user-permissions')?.fix).toEqual({ kind: 'console-link', page: 'iam-user-permissions', values: { userName: USER } });
  });

  it('temporary keys are fine for checking a role, and noted', async () => {
    const { byId } = await verify(exampleScenario(), roleInput(KEYS.temporary));
    expect(byId('keys')).toMatchObject({ status: 'pass', detail: expect.stringMatching(/temporary keys/) });
  });

  it("temporary keys of the platform's user are not what the platform needs", async () => {
    const scenario = exampleScenario();
    const userSession = { ...KEYS.temporary, accessKeyId: 'ASIAUSERSESSIONXXXXX', arn: `arn:aws:iam::${ACCOUNT}:user/${USER}`, denied: ['iam:*'] };
    scenario.keys.push(userSession);
    const { byId } = await verify(scenario, userInput(userSession));
    expect(byId('keys')).toMatchObject({ status: 'warn', detail: expect.stringMatching(/long-term access key/) });
  });
});

describe('keys', () => {
  it('root keys: a loud warning, and the checks go on', async () => {
    const { byId, statuses } = await verify(exampleScenario(), roleInput(KEYS.root));
    expect(byId('keys')).toMatchObject({ status: 'warn', detail: expect.stringMatching(/^WARNING: these are the ROOT USER's keys .*Never give them/) });
    expect(statuses['role-trust']).toBe('pass');
  });

  it('keys of another account: stop there', async () => {
    const { results } = await verify(exampleScenario(), roleInput(KEYS.otherAccount));
    expect(results).toEqual([
      expect.objectContaining({ id: 'keys', status: 'fail', detail: expect.stringMatching(`belong to account ${OTHER_ACCOUNT}.*connecting account ${ACCOUNT}`) }),
    ]);
  });

  it.each([
    ['unknown access key (InvalidClientTokenId)', { ...credentialsOf(KEYS.admin), accessKeyId: 'AKIANOSUCHKEYXXXXXXX' }, /InvalidClientTokenId/],
    ['wrong secret (SignatureDoesNotMatch)', { ...credentialsOf(KEYS.admin), secretAccessKey: 'wrongSecretKeyEXAMPLE0123456789abcdefghi' }, /SignatureDoesNotMatch/],
    ['session token missing', { accessKeyId: KEYS.temporary.accessKeyId, secretAccessKey: KEYS.temporary.secretAccessKey }, /InvalidClientTokenId/],
  ])('%s', async (_name, credentials, code) => {
    const { results } = await verify(exampleScenario(), { ...roleInput(), credentials });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ id: 'keys', status: 'fail', detail: expect.stringMatching(/^AWS doesn't accept these keys/) });
    expect(results[0]?.detail).toMatch(code);
  });

  it('expired token', async () => {
    const scenario = exampleScenario();
    scenario.keys = scenario.keys.map((k) => (k.accessKeyId === KEYS.temporary.accessKeyId ? { ...k, expired: true } : k));
    const { results } = await verify(scenario, roleInput(KEYS.temporary));
    expect(results).toEqual([expect.objectContaining({ id: 'keys', status: 'fail', detail: expect.stringMatching(/have expired \(ExpiredToken\)/) })]);
  });
});

describe('role', () => {
  it('a missing action is listed exactly, with the policy to insert', async () => {
    const scenario = exampleScenario();
    const arn = `arn:aws:iam::${ACCOUNT}:policy/FinOpsForCloudBillingImport`;
    scenario.managedPolicies![arn]!.versions.v2 = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/*` },
        { Effect: 'Allow', Action: 's3:ListBucket', Resource: `arn:aws:s3:::${BUCKET}` },
      ],
    };
    const { byId } = await verify(scenario, roleInput());
    expect(byId('role-permissions')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining(`missing 1 of the 6 permissions the platform needs: s3:GetBucketLocation on arn:aws:s3:::${BUCKET}.`),
      fix: { kind: 'insert', document: 'billingImportPolicy' },
    });
  });

  it('an inline Deny is named', async () => {
    const scenario = exampleScenario();
    scenario.accounts[ACCOUNT]!.roles![ROLE]!.inline = { guardrail: { Version: '2012-10-17', Statement: [{ Sid: 'NoEc2', Effect: 'Deny', Action: 'ec2:*', Resource: '*' }] } };
    const { byId } = await verify(scenario, roleInput());
    expect(byId('role-permissions')?.detail).toContain('ec2:DescribeInstances (denied by guardrail (inline) (Sid NoEc2)) on *');
  });

  it('trust policy naming another principal', async () => {
    const scenario = exampleScenario();
    scenario.accounts[ACCOUNT]!.roles![ROLE]!.trustPolicy = trustPolicy('arn:aws:iam::123456789012:user/someone-else');
    const { byId } = await verify(scenario, roleInput());
    expect(byId('role-trust')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining(`doesn't let ${PLATFORM_PRINCIPAL} assume this role (it trusts arn:aws:iam::123456789012:user/someone-else)`),
      fix: { kind: 'console-link', page: 'iam-role-trust', values: { roleName: ROLE } },
    });
  });

  it.each([
    ['missing', undefined, 'fail'],
    ['present', { StringEquals: { 'sts:ExternalId': 'ext-4242' } }, 'pass'],
  ] as const)('ExternalId condition %s', async (_name, condition, status) => {
    const scenario = exampleScenario();
    scenario.accounts[ACCOUNT]!.roles![ROLE]!.trustPolicy = trustPolicy(PLATFORM_PRINCIPAL, condition);
    const input = roleInput();
    input.access = { kind: 'role', roleName: ROLE, trustedPrincipal: PLATFORM_PRINCIPAL, externalId: 'ext-4242' };
    const { byId } = await verify(scenario, input);
    expect(byId('role-trust')?.status).toBe(status);
    if (status === 'fail') expect(byId('role-trust')?.detail).toMatch(/no ExternalId condition/);
  });

  it('no such role (NoSuchEntity)', async () => {
    const scenario = exampleScenario();
    delete scenario.accounts[ACCOUNT]!.roles![ROLE];
    const { byId, statuses } = await verify(scenario, roleInput());
    expect(byId('role-trust')).toMatchObject({
      status: 'fail',
      detail: expect.stringMatching(`no role named ${ROLE} in account ${ACCOUNT}`),
      fix: { kind: 'console-link', page: 'iam-create-role', values: { roleName: ROLE, trustedPrincipal: PLATFORM_PRINCIPAL } },
    });
    expect(statuses).toMatchObject({ 'role-permissions': 'cant-check', 'bucket-policy': 'pass' });
  });

  it('no such user (NoSuchEntity)', async () => {
    const scenario = exampleScenario();
    delete scenario.accounts[ACCOUNT]!.users![USER];
    const { byId } = await verify(scenario, userInput(KEYS.admin));
    expect(byId('user-permissions')).toMatchObject({ status: 'fail', fix: { kind: 'console-link', page: 'iam-create-user', values: { userName: USER } } });
  });

  it('keys without IAM access: cant-check naming the permission, then the bucket is still checked', async () => {
    const scenario = exampleScenario();
    scenario.keys.find((k) => k.accessKeyId === KEYS.admin.accessKeyId)!.denied = ['iam:*'];
    const { byId, statuses } = await verify(scenario, roleInput());
    expect(statuses).toEqual({ keys: 'pass', 'role-trust': 'cant-check', 'role-permissions': 'cant-check', ...allPass('bucket', 'bucket-policy', 'first-delivery') });
    expect(byId('role-trust')?.detail).toMatch(/^These keys aren't allowed to call iam:GetRole, so the trust policy of FinOpsForCloudAccessRole can't be checked here\. .*IAMReadOnlyAccess/);
    expect(byId('role-permissions')?.detail).toMatch(/iam:ListAttachedRolePolicies/);
  });
});

describe('bucket', () => {
  it('no bucket policy (NoSuchBucketPolicy): fail, insert the bucket policy', async () => {
    const scenario = exampleScenario();
    delete scenario.buckets![BUCKET]!.policy;
    const { byId } = await verify(scenario, roleInput());
    expect(byId('bucket-policy')).toMatchObject({ status: 'fail', detail: expect.stringMatching(/has no bucket policy/), fix: { kind: 'insert', document: 'bucketPolicy' } });
  });

  it('bucket policy for another account', async () => {
    const scenario = exampleScenario();
    scenario.buckets![BUCKET]!.policy = dataExportsBucketPolicy(BUCKET, OTHER_ACCOUNT);
    const { byId } = await verify(scenario, roleInput());
    expect(byId('bucket-policy')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining(`aws:SourceAccount is ${OTHER_ACCOUNT}, but the export belongs to account ${ACCOUNT}`),
      fix: { kind: 'console-link', page: 's3-edit-bucket-policy', values: { bucket: BUCKET } },
    });
  });

  it('no such bucket', async () => {
    const scenario = exampleScenario();
    delete scenario.buckets![BUCKET];
    const { statuses, byId } = await verify(scenario, roleInput());
    expect(statuses).toMatchObject({ bucket: 'fail', 'bucket-policy': 'cant-check', 'first-delivery': 'cant-check' });
    expect(byId('bucket')?.detail).toMatch(`no bucket named ${BUCKET}`);
  });

  it.each([
    ['a region', 'eu-central-1', undefined, 'eu-central-1'],
    ['legacy "EU"', 'eu-west-1', 'EU', 'eu-west-1'],
  ])('bucket in another region, location %s: calls go straight to that region', async (_name, region, locationConstraint, expected) => {
    const scenario = exampleScenario();
    Object.assign(scenario.buckets![BUCKET]!, { region, ...(locationConstraint ? { locationConstraint } : {}) });
    const { statuses, byId, requests } = await verify(scenario, roleInput());
    expect(statuses).toMatchObject(allPass('bucket', 'bucket-policy', 'first-delivery'));
    expect(byId('bucket')?.detail).toBe(`The bucket ${BUCKET} exists, in region ${expected}.`);
    expect(requests.filter((r) => r.operation === 'GetBucketPolicy')).toEqual([expect.objectContaining({ region: expected, status: 200 })]);
  });

  it('bucket in another region, location not readable: the 301 PermanentRedirect is followed', async () => {
    const scenario = exampleScenario();
    scenario.buckets![BUCKET]!.region = 'ap-southeast-2';
    scenario.keys.find((k) => k.accessKeyId === KEYS.admin.accessKeyId)!.denied = ['s3:GetBucketLocation'];
    const { statuses, byId, requests } = await verify(scenario, roleInput());
    expect(statuses).toMatchObject({ bucket: 'cant-check', 'bucket-policy': 'pass', 'first-delivery': 'pass' });
    expect(byId('bucket')?.detail).toMatch(/s3:GetBucketLocation/);
    expect(requests.filter((r) => r.operation === 'GetBucketPolicy').map((r) => [r.region, r.status])).toEqual([
      ['us-east-1', 301],
      ['ap-southeast-2', 200],
    ]);
  });

  it("the platform's own key can't list the bucket: connecting would fail", async () => {
    const scenario = exampleScenario();
    scenario.keys.find((k) => k.accessKeyId === KEYS.finopsUser.accessKeyId)!.denied = ['iam:*', 's3:ListBucket'];
    const { byId } = await verify(scenario, userInput());
    expect(byId('first-delivery')).toMatchObject({ status: 'fail', detail: expect.stringMatching(/s3:ListBucket .*connecting will fail/), fix: { kind: 'insert', document: 'billingImportPolicy' } });
  });
});

describe('first delivery', () => {
  it.each([
    ['nothing yet', [], /^No export files in s3:\/\/billing-export-111122223333\/reports\/billing-111122223333\/ yet\. AWS delivers the first export within 24 hours/],
    ['only the manifest so far', [MANIFEST], /started writing there \(1 file, but no data files yet\)/],
    ['files of another export', [DATA_FILE.replaceAll(EXPORT_NAME, 'other-export')], /^No export files/],
  ])('%s → not yet', async (_name, objects, detail) => {
    const scenario = exampleScenario();
    scenario.buckets![BUCKET]!.objects = objects;
    const { byId } = await verify(scenario, roleInput());
    expect(byId('first-delivery')).toMatchObject({ status: 'warn', detail: expect.stringMatching(detail), fix: { kind: 'console-link', page: 'data-exports-list', values: {} } });
  });

  it.each([
    ['overwriting its report', LEGACY_OVERWRITE_FILES],
    ['creating new report versions', LEGACY_VERSIONED_FILES],
  ])('a legacy CUR export %s counts as delivered', async (_name, objects) => {
    const scenario = exampleScenario();
    scenario.buckets![BUCKET]!.objects = objects;
    const input = roleInput();
    input.billingExport = { ...input.billingExport!, curVersion: 1 };
    const { byId } = await verify(scenario, input);
    expect(byId('first-delivery')).toMatchObject({ status: 'pass', detail: expect.stringContaining(objects.at(-1)!) });
    expect(byId('bucket-policy')?.status).toBe('pass');
  });

  it("found under the parent prefix, as the platform's fallback does", async () => {
    const input = roleInput();
    input.billingExport = { ...input.billingExport!, exportPathPrefix: `reports/${EXPORT_NAME}` };
    const { byId } = await verify(exampleScenario(), input);
    expect(byId('first-delivery')).toMatchObject({ status: 'pass', detail: expect.stringMatching(/dropping the last folder/) });
  });
});

// Retries back off with jitter (throttling: up to 1 s, then 2 s), hence the longer timeout.
describe('transport', { timeout: 15_000 }, () => {
  it('throttling is retried with backoff until it succeeds', async () => {
    const { statuses, requests } = await verify({ ...exampleScenario(), faults: { throttleFirst: 2 } }, roleInput());
    expect(statuses).toEqual(allPass('keys', 'role-trust', 'role-permissions', 'bucket', 'bucket-policy', 'first-delivery'));
    expect(requests.slice(0, 3).map((r) => [r.operation, r.status])).toEqual([
      ['GetCallerIdentity', 400],
      ['GetCallerIdentity', 400],
      ['GetCallerIdentity', 200],
    ]);
  });

  it('S3 SlowDown (503) is retried too', async () => {
    const { statuses, requests } = await verify({ ...exampleScenario(), faults: { throttleFirst: 2, throttleOnly: 's3' } }, roleInput());
    expect(statuses).toMatchObject(allPass('bucket', 'bucket-policy', 'first-delivery'));
    expect(requests.filter((r) => r.operation === 'GetBucketLocation').map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('throttling that outlasts the retries: cant-check, try again later', async () => {
    const { results } = await verify({ ...exampleScenario(), faults: { throttleFirst: 100 } }, roleInput(), { maxAttempts: 2 });
    expect(results).toEqual([expect.objectContaining({ id: 'keys', status: 'cant-check', detail: expect.stringMatching(/kept throttling .*Wait a minute/) })]);
  });

  it('AWS unreachable: a clear offline message', async () => {
    const down = await startFakeAws(exampleScenario());
    await down.close();
    const input = roleInput();
    const results = await verifyAccount(input, { endpoint: down.endpoint, maxAttempts: 2 });
    expectNoSecrets(results, input);
    expect(results).toEqual([expect.objectContaining({ id: 'keys', status: 'cant-check', detail: expect.stringMatching(/^Couldn't reach AWS \(ECONNREFUSED\)/) })]);
  });
});
