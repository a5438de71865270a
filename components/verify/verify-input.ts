/**
 * What "Verify" checks for one account, from its progress: who the platform signs in as, what it
 * needs (from our own policy templates), and where the export lands. Values the person hasn't
 * given yet are named instead, so nothing runs on guesses it can't stand behind.
 */
import { platformOf, valuesFor, type AccountProgress, type KnownValue } from '../../lib/onboarding/progress';
import type { TemplateId } from '../../lib/policies/template-types';
import { requiredGrants, type PolicySlots } from '../../lib/policies';
import type { PlatformProfile } from '../../lib/platforms';
import { fail, ok, type Problem, type Result } from '../../lib/result';
import { valueLabels, type ValueKind } from '../../lib/values';
import type { AwsCredentials, VerifyInput } from '../../lib/verify/checks';
import type { RequiredAction } from '../../lib/verify/coverage';

/** Everything but the credentials, which the person types for each run. */
export type VerifyPlan = Omit<VerifyInput, 'credentials'> & {
  platform: PlatformProfile;
  /** What will be checked, for the person to see before running; `suggested` = the platform's default, not read or typed. */
  checked: { kind: ValueKind; value: string; suggested: boolean }[];
};

export interface VerifyPlanProblem extends Problem {
  /** Labels of the values to set first, e.g. "S3 bucket name". */
  missing?: string[];
}

export interface CredentialFields {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
}

export const emptyCredentialFields: CredentialFields = { accessKeyId: '', secretAccessKey: '', sessionToken: '' };

const grantedBy: Partial<Record<TemplateId, RequiredAction['grantedBy']>> = {
  billingImportPolicy: 'billingImportPolicy',
  resourceDiscoveryPolicy: 'discoveryPolicy',
};

export function verifyPlanFor(accountId: string, account: AccountProgress): Result<VerifyPlan, VerifyPlanProblem> {
  const platform = platformOf(account);
  if (!platform.ok) return platform;
  const { trust, setup } = platform.value;
  const known = valuesFor(account, accountId);
  const needsExport = setup[account.accountType].needsDataExport;
  // An export that already exists has its own names: the recommended ones would be guesses.
  const guessesAllowed = (kind: ValueKind) => !(account.exportState === 'exists' && ['bucketName', 'exportName', 'exportPathPrefix'].includes(kind));

  const missing: string[] = [];
  const checked: VerifyPlan['checked'] = [];
  const value = (kind: ValueKind): string | undefined => {
    const entry: KnownValue | undefined = known[kind];
    const usable = entry && entry.problem === undefined && entry.value !== '' && (entry.source !== 'default' || guessesAllowed(kind));
    if (!usable) {
      missing.push(entry?.problem !== undefined ? `${valueLabels[kind]} (the value entered isn't valid)` : valueLabels[kind]);
      return undefined;
    }
    checked.push({ kind, value: entry.value, suggested: entry.source === 'default' });
    return entry.value;
  };

  let access: VerifyInput['access'] | undefined;
  let externalId: string | undefined;
  if (account.authMethod === 'assumedRole') {
    const roleName = value('roleName');
    if (trust.externalId.support === 'required') externalId = value('externalId');
    else if (trust.externalId.support === 'optional' && known.externalId?.value && known.externalId.problem === undefined) externalId = value('externalId');
    if (roleName) access = { kind: 'role', roleName, trustedPrincipal: trust.trustedPrincipal, ...(externalId ? { externalId } : {}) };
  } else {
    const userName = value('userName');
    if (userName) access = { kind: 'user', userName };
  }

  let billingExport: VerifyInput['billingExport'];
  if (needsExport) {
    const bucket = value('bucketName');
    const exportName = value('exportName');
    const exportPathPrefix = value('exportPathPrefix');
    // A legacy CUR export delivers for the billing reports service, in date-range folders.
    const curVersion = known.curVersion?.value === '1' && known.curVersion.problem === undefined ? 1 : 2;
    if (bucket && exportName && exportPathPrefix) billingExport = { bucket, exportName, exportPathPrefix, curVersion };
  }

  if (missing.length > 0 || !access) {
    return {
      ok: false,
      problem: {
        code: 'verify-values-missing',
        message: `Before verifying, set ${missing.length === 1 ? 'this value' : 'these values'} under Values: ${missing.join(', ')}.`,
        missing,
      },
    };
  }

  const slots: PolicySlots = { accountId, ...(billingExport ? { bucketName: billingExport.bucket } : {}), ...(externalId ? { externalId } : {}) };
  const principalArn = known.principalArn;
  if (principalArn?.value && principalArn.problem === undefined) slots.readOnlyPrincipalArn = principalArn.value;
  const grants = requiredGrants(platform.value, account.accountType, slots);
  if (!grants.ok) return grants;
  const requiredActions: RequiredAction[] = grants.value.map(({ action, resource, templateId }) => {
    const document = grantedBy[templateId];
    return document ? { action, resource, grantedBy: document } : { action, resource };
  });

  return ok({ platform: platform.value, accountId, access, requiredActions, ...(billingExport ? { billingExport } : {}), checked });
}

const accessKeyIdPattern = /^(AKIA|ASIA)[A-Z0-9]{16}$/;
const secretPattern = /^[A-Za-z0-9/+]{40}$/;

/**
 * The typed credentials, checked for shape before AWS sees them. Role checks take any keys that can
 * read IAM (temporary ones with their token); user checks take the key the platform will get.
 * Messages never repeat what was typed.
 */
export function credentialsFrom(fields: CredentialFields, access: VerifyInput['access']): Result<AwsCredentials> {
  const accessKeyId = fields.accessKeyId.trim();
  const secretAccessKey = fields.secretAccessKey.trim();
  const sessionToken = access.kind === 'role' ? fields.sessionToken.trim() : '';
  if (!accessKeyId || !secretAccessKey) {
    const missing = [!accessKeyId && 'the access key ID', !secretAccessKey && 'the secret access key'].filter(Boolean).join(' and ');
    return fail('credentials-missing', `Enter ${missing} to verify with.`);
  }
  if (!accessKeyIdPattern.test(accessKeyId)) {
    return fail('credentials-bad-key-id', 'The access key ID is 20 capital letters and digits starting with AKIA (or ASIA for temporary keys). Copy it again.');
  }
  if (!secretPattern.test(secretAccessKey)) {
    return fail('credentials-bad-secret', 'The secret access key is 40 characters of letters, digits, "/" and "+". Copy it again, whole.');
  }
  const temporary = accessKeyId.startsWith('ASIA');
  if (access.kind === 'user' && temporary) {
    return fail('credentials-temporary-user-key', `This is a temporary key (ASIA…). Verify with the access key of ${access.userName} that you'll give the platform (AKIA…).`);
  }
  if (temporary && !sessionToken) {
    return fail('credentials-missing-token', 'Temporary keys (ASIA…) only work with their session token: paste AWS_SESSION_TOKEN too.');
  }
  if (!temporary && sessionToken) {
    return fail('credentials-token-without-temporary-key', 'A session token goes with temporary keys (ASIA…) only. Clear the session token, or paste the temporary key that belongs to it.');
  }
  return ok(sessionToken ? { accessKeyId, secretAccessKey, sessionToken } : { accessKeyId, secretAccessKey });
}
