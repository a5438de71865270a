/**
 * "Verify before connecting": read the account through the AWS SDK and check, before the person
 * connects it to the FinOps platform, what the platform will rely on: the keys, the role's trust
 * and permissions (or the user's permissions), the export bucket and its policy, and whether AWS
 * has delivered the first export.
 *
 * This is the only module of lib/verify that imports the SDK; the side panel loads it with
 * `import()` so the SDK lands in its own chunk. Clients are built on first use inside a run, with
 * the SDK's default HTTP handler (Node or browser). Credentials stay in memory for the run: they
 * are never logged or stored, and every result is scrubbed of them before it is returned.
 *
 * Retries: the SDK's standard retry strategy (throttling and network errors, exponential backoff
 * with jitter), `maxAttempts` per call. Buckets in other regions: the bucket's region comes from
 * GetBucketLocation; when that is unknown the S3 client follows S3's 301 PermanentRedirect to the
 * region named in `x-amz-bucket-region` (`followRegionRedirects`). With a custom test endpoint the
 * SDK keeps the endpoint and re-signs for the new region, which is what the fake server checks.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  GetUserPolicyCommand,
  IAMClient,
  paginateListAttachedGroupPolicies,
  paginateListAttachedRolePolicies,
  paginateListAttachedUserPolicies,
  paginateListGroupPolicies,
  paginateListGroupsForUser,
  paginateListRolePolicies,
  paginateListUserPolicies,
} from '@aws-sdk/client-iam';
import type { S3Client } from '@aws-sdk/client-s3';

type S3Module = typeof import('./s3-client');
import { classifyAwsError, type AwsFailure } from './aws-errors';
import { checkBucketPolicy } from './bucket-policy-check';
import { checkTrustPolicy, parsePolicyText, type AwsCredentials, type CheckFix, type CheckId, type CheckResult, type VerifyInput } from './checks';
import { checkCoverage, type NamedPolicy, type RequiredAction } from './coverage';
import { deliveryPrefixes, exportDataFiles } from './delivery';

export interface VerifyOptions {
  /** Tests only: send every call to this endpoint (the fake AWS server), S3 path-style. Release builds never pass it. */
  endpoint?: string;
  /** Attempts per AWS call, retries included (SDK standard retry strategy). Default 4. */
  maxAttempts?: number;
}

const titles: Record<CheckId, string> = {
  keys: 'Access keys',
  'role-trust': 'Role trust policy',
  'role-permissions': 'Role permissions',
  'user-permissions': 'User permissions',
  bucket: 'Export bucket',
  'bucket-policy': 'Bucket policy',
  'first-delivery': 'First export delivery',
};

const result = (id: CheckId, status: CheckResult['status'], detail: string, fix?: CheckFix): CheckResult =>
  fix ? { id, title: titles[id], status, detail, fix } : { id, title: titles[id], status, detail };

/** Lazily built SDK clients for one run. */
class AwsClients {
  private stsClient?: STSClient;
  private iamClient?: IAMClient;
  private readonly s3Clients = new Map<string, S3Client>();
  private readonly common: { credentials: AwsCredentials; maxAttempts: number; endpoint?: string };

  constructor(credentials: AwsCredentials, private readonly options: VerifyOptions) {
    const { accessKeyId, secretAccessKey, sessionToken } = credentials;
    this.common = {
      credentials: sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey },
      maxAttempts: options.maxAttempts ?? 4,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    };
  }

  get sts() {
    return (this.stsClient ??= new STSClient({ ...this.common, region: 'us-east-1' }));
  }

  get iam() {
    return (this.iamClient ??= new IAMClient({ ...this.common, region: 'us-east-1' }));
  }

  s3(sdk: S3Module, region: string) {
    let client = this.s3Clients.get(region);
    if (!client) {
      client = new sdk.S3Client({ ...this.common, region, forcePathStyle: Boolean(this.options.endpoint), followRegionRedirects: true });
      this.s3Clients.set(region, client);
    }
    return client;
  }

  destroy() {
    this.stsClient?.destroy();
    this.iamClient?.destroy();
    this.s3Clients.forEach((client) => client.destroy());
  }
}

/** Messages for failures that mean the same whatever was being checked. */
function generalFailure(id: CheckId, failure: AwsFailure): CheckResult {
  switch (failure.kind) {
    case 'invalid-key':
      return result(id, 'fail', `AWS doesn't accept these keys (${failure.code}). Check that the access key ID and the secret access key were copied whole and belong together, and that the key is Active in IAM.`);
    case 'expired-key':
      return result(id, 'fail', `These keys have expired (${failure.code}). Get fresh keys and verify again; the platform itself needs a long-term access key or a role.`);
    case 'clock-skew':
      return result(id, 'fail', `AWS rejected the request because this computer's clock is wrong (${failure.code}). Correct the clock and verify again.`);
    case 'throttled':
      return result(id, 'cant-check', `AWS kept throttling the requests even after retrying (${failure.code}). Wait a minute and verify again.`);
    case 'offline':
      return result(id, 'cant-check', `Couldn't reach AWS (${failure.code}). Check the internet connection, VPN or proxy, and verify again.`);
    default:
      return result(id, 'cant-check', `AWS answered ${failure.code}, so this couldn't be checked. Verify again; if it persists, check it in the AWS console.`);
  }
}

const deniedText = (failure: AwsFailure, action: string) => `These keys aren't allowed to call ${failure.deniedAction ?? action}`;

// ---------------------------------------------------------------- keys

interface KeysOutcome {
  result: CheckResult;
  stop: boolean;
  /** True when the keys are the very keys the platform will use (access-key mode, the named user). */
  keysArePlatforms: boolean;
}

async function checkKeys(aws: AwsClients, input: VerifyInput): Promise<KeysOutcome> {
  let arn: string;
  let account: string;
  try {
    const identity = await aws.sts.send(new GetCallerIdentityCommand({}));
    arn = identity.Arn ?? '';
    account = identity.Account ?? '';
  } catch (error) {
    return { result: generalFailure('keys', classifyAwsError(error)), stop: true, keysArePlatforms: false };
  }
  const { credentials, access } = input;
  if (account !== input.accountId) {
    const detail = `These keys belong to account ${account} (${arn}), but you are connecting account ${input.accountId}. Use keys from account ${input.accountId}, or correct the account ID.`;
    return { result: result('keys', 'fail', detail), stop: true, keysArePlatforms: false };
  }
  const temporary = credentials.accessKeyId.startsWith('ASIA') || Boolean(credentials.sessionToken);
  const userName = access.kind === 'user' ? access.userName : undefined;
  const keysArePlatforms = userName !== undefined && new RegExp(`:user/(.*/)?${userName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(arn);

  if (arn.endsWith(':root')) {
    const detail =
      `WARNING: these are the ROOT USER's keys of account ${account}. Root keys can do anything in the account and can't be restricted. ` +
      `Never give them to the platform or anyone: delete them under Security credentials, and ` +
      (userName ? `create an access key for ${userName} instead.` : 'verify with an IAM user\'s or role\'s keys instead.');
    return { result: result('keys', 'warn', detail), stop: false, keysArePlatforms: false };
  }
  if (userName && !keysArePlatforms) {
    const detail = `These keys belong to ${arn}, not to the user ${userName}. The platform would get that identity's permissions: create an access key for ${userName} and use that one.`;
    return { result: result('keys', 'warn', detail, { kind: 'console-link', page: 'iam-user-credentials', values: { userName } }), stop: false, keysArePlatforms: false };
  }
  if (userName && temporary) {
    const detail = `These are temporary keys (they start with ASIA); they stop working when the session ends. The platform needs a long-term access key (AKIA…) of ${userName}.`;
    return { result: result('keys', 'warn', detail, { kind: 'console-link', page: 'iam-user-credentials', values: { userName } }), stop: false, keysArePlatforms };
  }
  const note = temporary ? ' They are temporary keys (ASIA…), which is fine for checking.' : '';
  return { result: result('keys', 'pass', `Valid keys of ${arn} in account ${account}.${note}`), stop: false, keysArePlatforms };
}

// ---------------------------------------------------------------- IAM permissions

type Owner = { kind: 'role' | 'user' | 'group'; name: string };

class PolicyReader {
  private readonly managed = new Map<string, Promise<NamedPolicy | undefined>>();
  readonly unreadable: string[] = [];

  constructor(private readonly iam: IAMClient) {}

  private parse(name: string, text: string | undefined): NamedPolicy | undefined {
    const parsed = parsePolicyText(text ?? '');
    if (parsed.ok) return { name, document: parsed.value };
    this.unreadable.push(name);
    return undefined;
  }

  private managedPolicy(arn: string): Promise<NamedPolicy | undefined> {
    let policy = this.managed.get(arn);
    if (!policy) {
      policy = (async () => {
        const { Policy } = await this.iam.send(new GetPolicyCommand({ PolicyArn: arn }));
        const { PolicyVersion } = await this.iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: Policy?.DefaultVersionId }));
        return this.parse(Policy?.PolicyName ?? arn, PolicyVersion?.Document);
      })();
      this.managed.set(arn, policy);
    }
    return policy;
  }

  /** Attached managed policies and inline policies of a role, user or group. */
  async policiesOf(owner: Owner): Promise<NamedPolicy[]> {
    const client = { client: this.iam };
    const attachedPages =
      owner.kind === 'role'
        ? paginateListAttachedRolePolicies(client, { RoleName: owner.name })
        : owner.kind === 'user'
          ? paginateListAttachedUserPolicies(client, { UserName: owner.name })
          : paginateListAttachedGroupPolicies(client, { GroupName: owner.name });
    const inlinePages =
      owner.kind === 'role'
        ? paginateListRolePolicies(client, { RoleName: owner.name })
        : owner.kind === 'user'
          ? paginateListUserPolicies(client, { UserName: owner.name })
          : paginateListGroupPolicies(client, { GroupName: owner.name });

    const policies: Array<NamedPolicy | undefined> = [];
    for await (const page of attachedPages) {
      for (const attached of page.AttachedPolicies ?? []) if (attached.PolicyArn) policies.push(await this.managedPolicy(attached.PolicyArn));
    }
    for await (const page of inlinePages) {
      for (const policyName of page.PolicyNames ?? []) {
        const label = `${policyName} (inline${owner.kind === 'group' ? ` in group ${owner.name}` : ''})`;
        const document =
          owner.kind === 'role'
            ? (await this.iam.send(new GetRolePolicyCommand({ RoleName: owner.name, PolicyName: policyName }))).PolicyDocument
            : owner.kind === 'user'
              ? (await this.iam.send(new GetUserPolicyCommand({ UserName: owner.name, PolicyName: policyName }))).PolicyDocument
              : (await this.iam.send(new GetGroupPolicyCommand({ GroupName: owner.name, PolicyName: policyName }))).PolicyDocument;
        policies.push(this.parse(label, document));
      }
    }
    return policies.filter((policy): policy is NamedPolicy => policy !== undefined);
  }

  /** A user's own policies plus those of its groups. */
  async userPolicies(userName: string): Promise<NamedPolicy[]> {
    const policies = await this.policiesOf({ kind: 'user', name: userName });
    for await (const page of paginateListGroupsForUser({ client: this.iam }, { UserName: userName })) {
      for (const group of page.Groups ?? []) if (group.GroupName) policies.push(...(await this.policiesOf({ kind: 'group', name: group.GroupName })));
    }
    return policies;
  }
}

const describeMissing = (missing: ReturnType<typeof checkCoverage>['missing']) => {
  const byResource = new Map<string, string[]>();
  for (const item of missing) {
    const text = item.reason === 'denied' ? `${item.action} (denied by ${item.deniedBy})` : item.action;
    byResource.set(item.resource, [...(byResource.get(item.resource) ?? []), text]);
  }
  return [...byResource].map(([resource, actions]) => `${actions.join(', ')} on ${resource}`).join('; ');
};

function permissionsResult(id: CheckId, subject: string, required: RequiredAction[], policies: NamedPolicy[], unreadable: string[], linkFix: CheckFix): CheckResult {
  const { missing, notes } = checkCoverage(required, policies);
  const extra = [...notes, ...unreadable.map((name) => `Policy ${name} couldn't be read and was left out.`)];
  const noteText = extra.length ? ` Note: ${extra.join(' ')}` : '';
  if (missing.length > 0) {
    const documents = new Set(missing.map((item) => item.grantedBy));
    const [only] = documents;
    const fix: CheckFix = documents.size === 1 && only ? { kind: 'insert', document: only } : linkFix;
    const from = policies.length ? `its policies (${policies.map((p) => p.name).join(', ')})` : 'it has no policies';
    return result(id, 'fail', `${subject} is missing ${missing.length} of the ${required.length} permissions the platform needs: ${describeMissing(missing)}. Checked ${from}.${noteText}`, fix);
  }
  const detail = `${subject} has all ${required.length} permissions the platform needs, through ${policies.map((p) => p.name).join(', ')}.`;
  return result(id, extra.length ? 'warn' : 'pass', `${detail}${noteText}`, extra.length ? linkFix : undefined);
}

function iamDenied(id: CheckId, failure: AwsFailure, action: string, what: string, keysArePlatforms: boolean, fix: CheckFix): CheckResult {
  const why = keysArePlatforms
    ? `That's expected: this user may only do what the platform needs, and reading IAM isn't part of it. Check ${what} in the IAM console, or verify with keys that can read IAM.`
    : `To check it here, verify with keys that can read IAM (for example with the IAMReadOnlyAccess policy), or check ${what} in the IAM console.`;
  return result(id, 'cant-check', `${deniedText(failure, action)}, so ${what} can't be checked here. ${why}`, fix);
}

async function checkRole(aws: AwsClients, input: VerifyInput, access: Extract<VerifyInput['access'], { kind: 'role' }>): Promise<CheckResult[]> {
  const { roleName, trustedPrincipal, externalId } = access;
  const trustFix: CheckFix = { kind: 'console-link', page: 'iam-role-trust', values: { roleName } };
  const permissionsFix: CheckFix = { kind: 'console-link', page: 'iam-role-permissions', values: { roleName } };

  let trust: CheckResult;
  try {
    const { Role } = await aws.iam.send(new GetRoleCommand({ RoleName: roleName }));
    const parsed = parsePolicyText(Role?.AssumeRolePolicyDocument ?? '');
    if (!parsed.ok) {
      trust = result('role-trust', 'cant-check', `${parsed.problem.message} Check the role's trust relationships in the IAM console.`, trustFix);
    } else {
      const verdict = checkTrustPolicy(parsed.value, externalId ? { trustedPrincipal, externalId } : { trustedPrincipal });
      trust = result('role-trust', verdict.status, verdict.detail, verdict.status === 'pass' ? undefined : trustFix);
    }
  } catch (error) {
    const failure = classifyAwsError(error);
    if (failure.kind === 'no-such-entity') {
      const values: Record<string, string> = externalId ? { roleName, trustedPrincipal, externalId } : { roleName, trustedPrincipal };
      return [
        result('role-trust', 'fail', `There is no role named ${roleName} in account ${input.accountId}. Create it with a custom trust policy for ${trustedPrincipal}, or correct the role name.`, { kind: 'console-link', page: 'iam-create-role', values }),
        result('role-permissions', 'cant-check', `Create the role ${roleName} first; its permissions are checked once it exists.`),
      ];
    }
    trust = failure.kind === 'access-denied' ? iamDenied('role-trust', failure, 'iam:GetRole', `the trust policy of ${roleName}`, false, trustFix) : generalFailure('role-trust', failure);
  }

  const reader = new PolicyReader(aws.iam);
  try {
    const policies = await reader.policiesOf({ kind: 'role', name: roleName });
    return [trust, permissionsResult('role-permissions', `The role ${roleName}`, input.requiredActions, policies, reader.unreadable, permissionsFix)];
  } catch (error) {
    const failure = classifyAwsError(error);
    if (failure.kind === 'no-such-entity') return [trust, result('role-permissions', 'cant-check', `The role ${roleName} doesn't exist, or one of its policies couldn't be found. Check it in the IAM console.`, permissionsFix)];
    return [trust, failure.kind === 'access-denied' ? iamDenied('role-permissions', failure, 'iam:ListAttachedRolePolicies', `the permissions of ${roleName}`, false, permissionsFix) : generalFailure('role-permissions', failure)];
  }
}

async function checkUser(aws: AwsClients, input: VerifyInput, userName: string, keysArePlatforms: boolean): Promise<CheckResult> {
  const fix: CheckFix = { kind: 'console-link', page: 'iam-user-permissions', values: { userName } };
  const reader = new PolicyReader(aws.iam);
  try {
    const policies = await reader.userPolicies(userName);
    return permissionsResult('user-permissions', `The user ${userName}`, input.requiredActions, policies, reader.unreadable, fix);
  } catch (error) {
    const failure = classifyAwsError(error);
    if (failure.kind === 'no-such-entity') {
      return result('user-permissions', 'fail', `There is no user named ${userName} in account ${input.accountId}. Create it (no console access), or correct the user name.`, { kind: 'console-link', page: 'iam-create-user', values: { userName } });
    }
    if (failure.kind === 'access-denied') return iamDenied('user-permissions', failure, 'iam:ListAttachedUserPolicies', `the permissions of ${userName}`, keysArePlatforms, fix);
    return generalFailure('user-permissions', failure);
  }
}

// ---------------------------------------------------------------- bucket and delivery

/** GetBucketLocation: null/"" means us-east-1, and the legacy "EU" means eu-west-1. */
const regionOfLocation = (constraint: string | null | undefined) => (!constraint ? 'us-east-1' : constraint === 'EU' ? 'eu-west-1' : constraint);

async function checkBillingExport(aws: AwsClients, input: VerifyInput, billingExport: NonNullable<VerifyInput['billingExport']>, keysArePlatforms: boolean): Promise<CheckResult[]> {
  const { bucket, exportName, exportPathPrefix, curVersion = 2 } = billingExport;
  const results: CheckResult[] = [];
  let region: string | undefined;
  const sdk = await import('./s3-client');

  try {
    const location = await aws.s3(sdk, 'us-east-1').send(new sdk.GetBucketLocationCommand({ Bucket: bucket }));
    region = regionOfLocation(location.LocationConstraint);
    results.push(result('bucket', 'pass', `The bucket ${bucket} exists, in region ${region}.`));
  } catch (error) {
    const failure = classifyAwsError(error);
    if (failure.kind === 'no-such-bucket') {
      const skipped = `Not checked: the bucket ${bucket} doesn't exist.`;
      return [
        result('bucket', 'fail', `There is no bucket named ${bucket}. Check the name in the Data Export's settings, or create the bucket (the Data Exports console can create it with the right policy).`, { kind: 'console-link', page: 'data-exports-list', values: {} }),
        result('bucket-policy', 'cant-check', skipped),
        result('first-delivery', 'cant-check', skipped),
      ];
    }
    if (failure.kind === 'access-denied') {
      results.push(
        keysArePlatforms
          ? result('bucket', 'fail', `${deniedText(failure, 's3:GetBucketLocation')} on ${bucket}, and the platform calls it when connecting. Attach the billing import policy to the user.`, { kind: 'insert', document: 'billingImportPolicy' })
          : result('bucket', 'cant-check', `${deniedText(failure, 's3:GetBucketLocation')} on ${bucket}, so its region is unknown; the rest is checked anyway.`),
      );
    } else {
      results.push(generalFailure('bucket', failure));
    }
  }
  // Region unknown: start in us-east-1 and let the SDK follow S3's redirect.
  const s3 = aws.s3(sdk, region ?? 'us-east-1');
  const policyFix: CheckFix = { kind: 'console-link', page: 's3-edit-bucket-policy', values: { bucket } };

  try {
    const { Policy } = await s3.send(new sdk.GetBucketPolicyCommand({ Bucket: bucket }));
    const parsed = parsePolicyText(Policy ?? '');
    if (!parsed.ok) {
      results.push(result('bucket-policy', 'cant-check', `${parsed.problem.message} Open the bucket policy in the S3 console.`, policyFix));
    } else {
      const verdict = checkBucketPolicy(parsed.value, { bucket, accountId: input.accountId, curVersion });
      results.push(result('bucket-policy', verdict.status, verdict.detail, verdict.status === 'pass' ? undefined : policyFix));
    }
  } catch (error) {
    const failure = classifyAwsError(error);
    if (failure.kind === 'no-bucket-policy') {
      results.push(result('bucket-policy', 'fail', `The bucket ${bucket} has no bucket policy, so AWS can't deliver the export into it. Add the Data Exports bucket policy.`, { kind: 'insert', document: 'bucketPolicy' }));
    } else if (failure.kind === 'access-denied') {
      results.push(result('bucket-policy', 'cant-check', `${deniedText(failure, 's3:GetBucketPolicy')} on ${bucket}, so the bucket policy can't be checked here. Check it in the S3 console.`, policyFix));
    } else {
      results.push(generalFailure('bucket-policy', failure));
    }
  }

  results.push(await checkFirstDelivery(sdk, s3, bucket, exportName, exportPathPrefix, keysArePlatforms));
  return results;
}

async function checkFirstDelivery(sdk: S3Module, s3: S3Client, bucket: string, exportName: string, exportPathPrefix: string, keysArePlatforms: boolean): Promise<CheckResult> {
  const prefixes = deliveryPrefixes(exportPathPrefix, exportName);
  const [mainPrefix = ''] = prefixes;
  let othersUnderMain = 0;
  try {
    for (const prefix of prefixes) {
      const listing = await s3.send(new sdk.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: 1000 }));
      const keys = (listing.Contents ?? []).map((object) => object.Key ?? '');
      const files = exportDataFiles(keys, prefix, exportName);
      if (prefix === mainPrefix) othersUnderMain = keys.length;
      if (files.length > 0) {
        const where = prefix === mainPrefix ? '' : ` (under ${prefix}: the platform finds them after dropping the last folder of the prefix "${exportPathPrefix}")`;
        return result('first-delivery', 'pass', `AWS has delivered the export: ${files.length} data file${files.length === 1 ? '' : 's'} in s3://${bucket}/${prefix}${where}, e.g. ${files[0]}. You can connect now.`);
      }
    }
  } catch (error) {
    const failure = classifyAwsError(error);
    if (failure.kind === 'access-denied') {
      return keysArePlatforms
        ? result('first-delivery', 'fail', `${deniedText(failure, 's3:ListBucket')} on ${bucket}, which the platform does to find the export: connecting will fail. Attach the billing import policy to the user.`, { kind: 'insert', document: 'billingImportPolicy' })
        : result('first-delivery', 'cant-check', `${deniedText(failure, 's3:ListBucket')} on ${bucket}, so the delivered files can't be checked here.`);
    }
    if (failure.kind === 'no-such-bucket') return result('first-delivery', 'cant-check', `Not checked: the bucket ${bucket} doesn't exist.`);
    return generalFailure('first-delivery', failure);
  }
  const started = othersUnderMain > 0 ? ` AWS has started writing there (${othersUnderMain} file${othersUnderMain === 1 ? '' : 's'}, but no data files yet).` : '';
  return result(
    'first-delivery',
    'warn',
    `No export files in s3://${bucket}/${mainPrefix} yet.${started} AWS delivers the first export within 24 hours of creating it; connect after that. If it has been longer, check the export's S3 bucket and path prefix.`,
    { kind: 'console-link', page: 'data-exports-list', values: {} },
  );
}

// ---------------------------------------------------------------- run

/** Replace any credential text that found its way into a result (e.g. inside an AWS message). */
function scrub(results: CheckResult[], credentials: AwsCredentials): CheckResult[] {
  const secrets = [credentials.secretAccessKey, credentials.sessionToken, credentials.accessKeyId].filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const clean = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('[hidden]'), text);
  return results.map((r) => {
    const fix = r.fix?.kind === 'console-link' ? { ...r.fix, values: Object.fromEntries(Object.entries(r.fix.values).map(([k, v]) => [k, clean(v)])) } : r.fix;
    return { ...r, title: clean(r.title), detail: clean(r.detail), ...(fix ? { fix } : {}) };
  });
}

/** Check the account; never throws: every problem becomes a CheckResult. */
export async function verifyAccount(input: VerifyInput, options: VerifyOptions = {}): Promise<CheckResult[]> {
  const aws = new AwsClients(input.credentials, options);
  const results: CheckResult[] = [];
  let stage: CheckId = 'keys';
  try {
    const keys = await checkKeys(aws, input);
    results.push(keys.result);
    if (keys.stop) return scrub(results, input.credentials);
    stage = input.access.kind === 'role' ? 'role-trust' : 'user-permissions';
    if (input.access.kind === 'role') results.push(...(await checkRole(aws, input, input.access)));
    else results.push(await checkUser(aws, input, input.access.userName, keys.keysArePlatforms));
    stage = 'bucket';
    if (input.billingExport) results.push(...(await checkBillingExport(aws, input, input.billingExport, keys.keysArePlatforms)));
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    results.push(result(stage, 'cant-check', `Verification stopped unexpectedly (${name}). Verify again; if it persists, check the setup in the AWS console.`));
  } finally {
    aws.destroy();
  }
  return scrub(results, input.credentials);
}
