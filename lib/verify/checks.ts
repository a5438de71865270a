/**
 * The check result model of "Verify before connecting", the input it takes, and the pure checks
 * that don't need AWS: policy text parsing and the role trust policy check.
 * Nothing here imports the AWS SDK, so UI code can import these types without pulling it in.
 */
import { fail, ok, type Result } from '../result';
import { statementsOf, type PolicyDocument, type PolicyStatement } from '../policies/document';
import { listOf, statementCoversAction, type RequiredAction } from './coverage';

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'cant-check';

export type CheckId = 'keys' | 'role-trust' | 'role-permissions' | 'user-permissions' | 'bucket' | 'bucket-policy' | 'first-delivery';

/** Console pages a fix can open; the UI maps each id (and its `values`) to a URL. */
export type ConsolePage =
  | 'iam-create-role' // values: roleName, trustedPrincipal, externalId?
  | 'iam-role-trust' // values: roleName
  | 'iam-role-permissions' // values: roleName
  | 'iam-create-user' // values: userName
  | 'iam-user-permissions' // values: userName
  | 'iam-user-credentials' // values: userName
  | 's3-bucket-permissions' // values: bucket, region
  | 's3-edit-bucket-policy' // values: bucket
  | 'data-exports-list'; // values: none

export type PolicyTemplateName = 'bucketPolicy' | 'billingImportPolicy' | 'discoveryPolicy' | 'trustPolicy';

export type CheckFix =
  | { kind: 'console-link'; page: ConsolePage; values: Record<string, string> }
  | { kind: 'insert'; document: PolicyTemplateName };

export interface CheckResult {
  id: CheckId;
  title: string;
  status: CheckStatus;
  /** For the person at the console: what is wrong, what is expected, what to do next. */
  detail: string;
  fix?: CheckFix;
}

/** Credentials are held in memory for one run only: never logged, stored, or echoed in a result. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface VerifyInput {
  /**
   * Keys to inspect the account with. Access-key mode: the key of the user the platform will get.
   * Role mode: any keys that can read IAM and the bucket, e.g. an administrator's.
   */
  credentials: AwsCredentials;
  /** The 12-digit account being connected (where the role/user and the Data Export live). */
  accountId: string;
  access:
    | {
        kind: 'role';
        roleName: string;
        /** The platform's principal: an ARN (`arn:aws:iam::654035049067:user/ffc-service-user`) or a 12-digit account. */
        trustedPrincipal: string;
        /** Set when the platform sends an ExternalId; absent means the trust policy must not require one. */
        externalId?: string;
      }
    | { kind: 'user'; userName: string };
  /** Everything the platform needs, with resources (from the platform's billing import + discovery policies). */
  requiredActions: RequiredAction[];
  /** Absent for accounts without their own export (e.g. member accounts): bucket checks are skipped. */
  billingExport?: {
    bucket: string;
    exportName: string;
    /** The Data Export's S3 path prefix exactly as configured, e.g. `reports`. */
    exportPathPrefix: string;
    /** 2 = CUR 2.0 Data Export (default), 1 = legacy CUR. */
    curVersion?: 1 | 2;
  };
}

/** The outcome of a pure check, before it becomes a `CheckResult` with a title and a fix. */
export interface Verdict {
  status: 'pass' | 'warn' | 'fail';
  detail: string;
}

/** Parse a policy as IAM returns it (URL-encoded JSON) or as S3 returns it (plain JSON). */
export function parsePolicyText(text: string): Result<PolicyDocument> {
  let json = text.trim();
  if (!json.startsWith('{')) {
    try {
      json = decodeURIComponent(json);
    } catch {
      return fail('invalid-policy', 'The policy AWS returned is neither JSON nor URL-encoded JSON.');
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail('invalid-policy', 'The policy AWS returned is not valid JSON.');
  }
  const statements = (parsed as { Statement?: unknown } | null)?.Statement;
  const all = Array.isArray(statements) ? statements : [statements];
  const wellFormed = all.every((s) => typeof s === 'object' && s !== null && ['Allow', 'Deny'].includes((s as PolicyStatement).Effect));
  if (!statements || !wellFormed) return fail('invalid-policy', 'The policy AWS returned has no valid Statement.');
  return ok(parsed as PolicyDocument);
}

/** Condition values for a key under any operator; condition keys are case-insensitive. */
export function conditionValues(statement: PolicyStatement, key: string): string[] {
  const values: string[] = [];
  for (const byKey of Object.values(statement.Condition ?? {})) {
    for (const [name, value] of Object.entries(byKey)) {
      if (name.toLowerCase() === key.toLowerCase()) values.push(...(Array.isArray(value) ? value : [value]).map(String));
    }
  }
  return values;
}

const accountOf = (principal: string) => (/^\d{12}$/.test(principal) ? principal : principal.split(':')[4] ?? '');
const isAccountPrincipal = (principal: string) => /^\d{12}$/.test(principal) || /^arn:aws[\w-]*:iam::\d{12}:root$/.test(principal);

type TrustMatch = 'exact' | 'account' | 'anyone';

function trustMatch(statement: PolicyStatement, expected: string): TrustMatch | undefined {
  const principals = statement.Principal === '*' ? ['*'] : listOf(statement.Principal?.AWS);
  const expectedIsAccount = /^\d{12}$/.test(expected);
  let best: TrustMatch | undefined;
  for (const principal of principals) {
    if (principal === '*') best ??= 'anyone';
    else if (principal === expected || (expectedIsAccount && isAccountPrincipal(principal) && accountOf(principal) === expected)) return 'exact';
    else if (isAccountPrincipal(principal) && accountOf(principal) === accountOf(expected)) best = 'account';
  }
  return best;
}

/**
 * Does the role's trust policy let the platform's principal call sts:AssumeRole, with the
 * ExternalId condition exactly when the platform sends one?
 */
export function checkTrustPolicy(trustPolicy: PolicyDocument, expected: { trustedPrincipal: string; externalId?: string }): Verdict {
  const { trustedPrincipal, externalId } = expected;
  const statements = statementsOf(trustPolicy).filter((s) => statementCoversAction(s, 'sts:AssumeRole'));
  const rank: Record<TrustMatch, number> = { exact: 0, account: 1, anyone: 2 };
  const allows = statements
    .filter((s) => s.Effect === 'Allow')
    .map((statement) => ({ statement, match: trustMatch(statement, trustedPrincipal) }))
    .filter((a): a is { statement: PolicyStatement; match: TrustMatch } => a.match !== undefined)
    .sort((a, b) => rank[a.match] - rank[b.match]);
  const expectedStatement = `Principal {"AWS": "${trustedPrincipal}"} with Action sts:AssumeRole${externalId ? ` and Condition StringEquals sts:ExternalId "${externalId}"` : ''}`;

  const best = allows[0];
  if (!best) {
    const trusted = statements.flatMap((s) => (s.Principal === '*' ? ['*'] : [...listOf(s.Principal?.AWS), ...listOf(s.Principal?.Service)]));
    return {
      status: 'fail',
      detail: `The trust policy doesn't let ${trustedPrincipal} assume this role${trusted.length ? ` (it trusts ${trusted.join(', ')})` : ''}. Expected a statement with ${expectedStatement}. Edit the role's trust relationships.`,
    };
  }
  const denied = statements.find((s) => s.Effect === 'Deny' && !s.Condition && trustMatch(s, trustedPrincipal) !== undefined);
  if (denied) {
    return { status: 'fail', detail: `A Deny statement${denied.Sid ? ` (Sid ${denied.Sid})` : ''} in the trust policy blocks ${trustedPrincipal} from assuming this role. Remove it.` };
  }
  if (best.match === 'anyone') {
    return { status: 'fail', detail: `The trust policy lets any AWS principal ("*") assume this role. Restrict it to ${expectedStatement}.` };
  }

  const foundExternalIds = conditionValues(best.statement, 'sts:ExternalId');
  if (externalId && foundExternalIds.length === 0) {
    return { status: 'fail', detail: `The trust policy has no ExternalId condition. The platform sends external ID "${externalId}": add Condition StringEquals sts:ExternalId "${externalId}".` };
  }
  if (externalId && !foundExternalIds.includes(externalId)) {
    return { status: 'fail', detail: `The trust policy requires external ID "${foundExternalIds.join('", "')}", but the platform sends "${externalId}". Make them the same.` };
  }
  if (!externalId && foundExternalIds.length > 0) {
    return { status: 'fail', detail: `The trust policy requires an external ID, but the platform doesn't send one, so it could never assume the role. Remove the sts:ExternalId condition.` };
  }

  const otherConditions = Object.values(best.statement.Condition ?? {})
    .flatMap((byKey) => Object.keys(byKey))
    .filter((key) => key.toLowerCase() !== 'sts:externalid');
  if (best.match === 'account') {
    return { status: 'warn', detail: `The trust policy trusts the whole account ${accountOf(trustedPrincipal)} rather than ${trustedPrincipal}. It works, but it is broader than needed: name ${trustedPrincipal} instead.` };
  }
  if (otherConditions.length > 0) {
    return { status: 'warn', detail: `The trust policy lets ${trustedPrincipal} assume this role only under extra conditions (${otherConditions.join(', ')}). The platform may not meet them; remove them unless you know it does.` };
  }
  return { status: 'pass', detail: `The trust policy lets ${trustedPrincipal} assume this role${externalId ? ` with external ID "${externalId}"` : ''}.` };
}
