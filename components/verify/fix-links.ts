/**
 * Where each fix a check suggests is made: the console page (a deep link from lib/console/urls)
 * and, where the extension's in-page button does the work there, which button to press.
 */
import {
  dataExportsListUrl,
  iamCreatePolicyUrl,
  iamCreateRoleUrl,
  iamCreateUserUrl,
  iamRoleUrl,
  iamUserSecurityCredentialsUrl,
  iamUserUrl,
  s3BucketPermissionsUrl,
  s3EditBucketPolicyUrl,
} from '../../lib/console/urls';
import type { PlatformProfile } from '../../lib/platforms';
import type { CheckFix, VerifyInput } from '../../lib/verify/checks';

export interface FixAction {
  /** The button's text (and accessible name). */
  label: string;
  url: string;
  /** What to do on that page, when the extension's own button there does the rest. */
  note?: string;
}

/** What a fix may need besides its own values: the names the run used. */
export interface FixContext {
  access: VerifyInput['access'];
  bucket?: string;
  platform: Pick<PlatformProfile, 'names'>;
}

const bucketPolicyNote = "Use 'Add FinOps data-export statements' there: it adds the statements AWS needs to deliver the export, keeping what the policy already has.";

/** The role's page on another tab than permissions (`#/roles/details/NAME?section=…`). */
const roleSectionUrl = (roleName: string, section: 'permissions' | 'trust_relationships') =>
  iamRoleUrl(roleName).replace(/([?&])section=[^&]*/, `$1section=${section}`);

const accountOfPrincipal = (principal: string | undefined) => (principal && /^\d{12}$/.test(principal) ? principal : /^arn:aws[\w-]*:iam::(\d{12}):/.exec(principal ?? '')?.[1]);
const isAccountPrincipal = (principal: string | undefined) => principal !== undefined && (/^\d{12}$/.test(principal) || /^arn:aws[\w-]*:iam::\d{12}:root$/.test(principal));

export function fixActionFor(fix: CheckFix, context: FixContext): FixAction | undefined {
  const { access, bucket, platform } = context;
  const roleName = access.kind === 'role' ? access.roleName : undefined;
  const holder = access.kind === 'role' ? `the role ${access.roleName}` : `the user ${access.userName}`;

  if (fix.kind === 'insert') {
    switch (fix.document) {
      case 'bucketPolicy':
        return bucket ? { label: 'Open the bucket policy editor', url: s3EditBucketPolicyUrl(bucket), note: bucketPolicyNote } : undefined;
      case 'billingImportPolicy':
      case 'discoveryPolicy': {
        const name = platform.names.policyNames[fix.document === 'billingImportPolicy' ? 'billingImportPolicy' : 'resourceDiscoveryPolicy'];
        const policy = name ?? (fix.document === 'billingImportPolicy' ? 'the billing import policy' : 'the resource discovery policy');
        const button = name ? `'Insert ${name} policy'` : 'the insert button';
        return {
          label: 'Open IAM Create policy',
          url: iamCreatePolicyUrl(),
          note: `Use ${button} there, then attach ${policy} to ${holder}. If ${holder} already has it, edit that policy instead.`,
        };
      }
      case 'trustPolicy':
        return roleName ? { label: "Open the role's trust relationships", url: roleSectionUrl(roleName, 'trust_relationships'), note: 'Edit the trust policy there.' } : undefined;
    }
  }

  const values = fix.values;
  const role = values.roleName ?? roleName;
  const user = values.userName ?? (access.kind === 'user' ? access.userName : undefined);
  const bucketName = values.bucket ?? bucket;
  switch (fix.page) {
    case 'iam-create-role': {
      const principal = values.trustedPrincipal ?? (access.kind === 'role' ? access.trustedPrincipal : undefined);
      // A principal narrower than an account (one IAM user) needs a custom trust policy, which no link can prefill.
      if (!isAccountPrincipal(principal)) {
        return { label: 'Create the role in IAM', url: iamCreateRoleUrl(), note: `Choose 'Custom trust policy' there and use 'Insert ${role ?? 'role'} trust policy'.` };
      }
      const trustedAccountId = accountOfPrincipal(principal);
      const externalId = values.externalId ?? (access.kind === 'role' ? access.externalId : undefined);
      return { label: 'Create the role in IAM', url: iamCreateRoleUrl({ ...(trustedAccountId ? { trustedAccountId } : {}), ...(externalId ? { externalId } : {}) }) };
    }
    case 'iam-role-trust':
      return role ? { label: "Open the role's trust relationships", url: roleSectionUrl(role, 'trust_relationships') } : undefined;
    case 'iam-role-permissions':
      return role ? { label: "Open the role's permissions", url: roleSectionUrl(role, 'permissions') } : undefined;
    case 'iam-create-user':
      return { label: 'Create the user in IAM', url: iamCreateUserUrl() };
    case 'iam-user-permissions':
      return user ? { label: "Open the user's permissions", url: iamUserUrl(user) } : undefined;
    case 'iam-user-credentials':
      return user ? { label: "Open the user's security credentials", url: iamUserSecurityCredentialsUrl(user) } : undefined;
    case 's3-bucket-permissions':
      return bucketName ? { label: "Open the bucket's permissions", url: s3BucketPermissionsUrl(bucketName, values.region) } : undefined;
    case 's3-edit-bucket-policy':
      return bucketName ? { label: 'Open the bucket policy editor', url: s3EditBucketPolicyUrl(bucketName, values.region), note: bucketPolicyNote } : undefined;
    case 'data-exports-list':
      return { label: 'Open Data Exports', url: dataExportsListUrl() };
  }
}
