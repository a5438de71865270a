/**
 * Deep links into the AWS console. Every link is recognised by its page's detector in
 * `./pages` (the tests check the round trip). Links use the global host, which the console
 * redirects to the right region or multi-session host.
 */

const globalConsole = 'https://console.aws.amazon.com';
const s3Console = 'https://s3.console.aws.amazon.com';
// Data Exports and their billing pages live in us-east-1 whatever region the bucket is in.
const billingConsole = 'https://us-east-1.console.aws.amazon.com';

type QueryValues = Record<string, string | undefined>;

function query(values: QueryValues): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const segment = encodeURIComponent;

const iamUrl = (route: string, routeQuery: QueryValues = {}, region?: string) =>
  `${globalConsole}/iam/home${query({ region })}#/${route}${query(routeQuery)}`;

export function iamCreatePolicyUrl({ region }: { region?: string } = {}): string {
  return iamUrl('policies/create', {}, region);
}

export interface CreateRoleLinkValues {
  /** 12-digit account allowed to assume the role ("Another AWS account"). */
  trustedAccountId?: string;
  /** Fills Options → "Require external ID". */
  externalId?: string;
}

/** Opens Create role; with values, on "AWS account" → "Another AWS account" already filled. */
export function iamCreateRoleUrl({ trustedAccountId, externalId }: CreateRoleLinkValues = {}): string {
  if (!trustedAccountId && !externalId) return iamUrl('roles/create', { step: 'selectEntities' });
  return iamUrl('roles/create', {
    step: 'type',
    trustedEntityType: 'AWS_ACCOUNT',
    awsAccount: trustedAccountId,
    isThirdParty: externalId ? 'true' : undefined,
    externalId,
  });
}

export function iamRoleUrl(roleName: string): string {
  return iamUrl(`roles/details/${segment(roleName)}`, { section: 'permissions' });
}

export function iamCreateUserUrl(): string {
  return iamUrl('users/create');
}

export function iamUserUrl(userName: string): string {
  return iamUrl(`users/details/${segment(userName)}`, { section: 'permissions' });
}

export function iamUserSecurityCredentialsUrl(userName: string): string {
  return iamUrl(`users/details/${segment(userName)}`, { section: 'security_credentials' });
}

export function iamCreateAccessKeyUrl(userName: string): string {
  return iamUrl(`users/details/${segment(userName)}/create-access-key`);
}

export function s3CreateBucketUrl(region?: string): string {
  return `${s3Console}/s3/bucket/create${query({ region })}`;
}

export function s3BucketPermissionsUrl(bucketName: string, region?: string): string {
  return `${s3Console}/s3/buckets/${segment(bucketName)}${query({ region, tab: 'permissions' })}`;
}

export function s3EditBucketPolicyUrl(bucketName: string, region?: string): string {
  return `${s3Console}/s3/bucket/${segment(bucketName)}/property/policy/edit${query({ region })}`;
}

export function dataExportsListUrl(): string {
  return `${billingConsole}/costmanagement/home?region=us-east-1#/bcm-data-exports`;
}

export function dataExportsCreateUrl(): string {
  return `${billingConsole}/costmanagement/home?region=us-east-1#/bcm-data-exports/create`;
}

export function legacyCurReportsUrl(): string {
  return `${globalConsole}/billing/home#/reports`;
}

export function organizationsAccountsUrl(): string {
  return `${billingConsole}/organizations/v2/home/accounts`;
}

// CloudFormation: IAM is global, so stacks and StackSets that create roles go to us-east-1 unless
// the person picks another region (StackSets with service-managed permissions must: see lib/cloudformation).
const cloudFormationUrl = (route: string, region = 'us-east-1') =>
  `https://${region}.console.aws.amazon.com/cloudformation/home${query({ region })}#/${route}`;

/** Create stack, at its first step ("Upload a template file"). */
export function cloudFormationCreateStackUrl({ region }: { region?: string } = {}): string {
  return cloudFormationUrl('stacks/create/template', region);
}

export function cloudFormationCreateStackSetUrl(): string {
  return cloudFormationUrl('stacksets/create');
}

export function cloudFormationStackSetUrl(stackSetName: string): string {
  return cloudFormationUrl(`stacksets/${segment(stackSetName)}/info${query({ permissions: 'service' })}`);
}

/** The StackSet's "Stack instances" tab: one row per account and region, with its status. */
export function cloudFormationStackSetInstancesUrl(stackSetName: string): string {
  return cloudFormationUrl(`stacksets/${segment(stackSetName)}/stacks${query({ permissions: 'service' })}`);
}
