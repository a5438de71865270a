/**
 * Pure detectors for the AWS console pages the extension works on, after refined-github's
 * github-url-detection: one function per page, its example URLs beside it. The examples are
 * the test table: each must match its own detector and no other, and every URL in
 * `lookAlikeExamples` must match none.
 */

const pageTitles = {
  'iam-create-policy': 'Create policy',
  'iam-create-role': 'Create role',
  'iam-role-details': 'Role details',
  'iam-create-user': 'Create user',
  'iam-user-details': 'User details',
  'iam-user-security-credentials': 'Security credentials',
  'iam-create-access-key': 'Create access key',
  's3-create-bucket': 'Create bucket',
  's3-bucket-permissions': 'Bucket permissions',
  's3-edit-bucket-policy': 'Edit bucket policy',
  'data-exports-list': 'Data Exports',
  'data-exports-create': 'Create data export',
  'data-exports-details': 'Data export details',
  'legacy-cur-reports': 'Cost and Usage Reports (legacy)',
  'billing-console': 'Billing and Cost Management',
  'organizations-accounts': 'AWS accounts',
  'cloudformation-create-stack': 'Create stack',
  'cloudformation-create-stack-set': 'Create StackSet',
  'cloudformation-stack-set-details': 'StackSet details',
  'cloudformation-stack-set-instances': 'Stack instances',
} as const;

export type PageId = keyof typeof pageTitles;

export interface PageMatch {
  page: PageId;
  /** From `?region=` (outside or inside the hash route), else from a regional host. */
  region?: string;
  bucketName?: string;
  roleName?: string;
  userName?: string;
  exportName?: string;
  stackSetName?: string;
}

export type PageDetector = (url: URL) => boolean;

type PageNames = Omit<PageMatch, 'page' | 'region'>;
type PageMatcher = (url: URL) => PageNames | undefined;

export interface PageExamples {
  page: PageId;
  detect: PageDetector;
  examples: readonly string[];
}

const pages: { page: PageId; match: PageMatcher; examples: readonly string[] }[] = [];

// Each detector's example URLs stand beside it (they are its test table) behind
// `import.meta.env.PROD ? [] :`, so a production build drops them from the content script.

function definePage(page: PageId, match: PageMatcher, examples: readonly string[]): PageDetector {
  pages.push({ page, match, examples });
  return (url) => match(url) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Hosts and routes

const regionPattern = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
// [ACCOUNT-SESSION.][REGION. | s3.]console.aws.amazon.com — multi-session consoles prefix the
// 12-digit account and a session differentiator, e.g. 111122223333-abcd1234.us-east-1.console…
const consoleHostPattern = /^(?:(\d{12})-[a-z0-9]+\.)?(?:([a-z]{2}(?:-[a-z]+)+-\d{1,2})\.|s3\.)?console\.aws\.amazon\.com$/;

interface ConsoleHost {
  sessionAccountId?: string;
  region?: string;
}

function consoleHost(url: URL): ConsoleHost | undefined {
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return undefined;
  const match = consoleHostPattern.exec(url.hostname);
  return match ? { sessionAccountId: match[1], region: match[2] } : undefined;
}

/** Whether `url` is an AWS console page (https, a console host): where console messages may come from. */
export function isConsoleUrl(url: string | undefined): boolean {
  if (url === undefined) return false;
  try {
    return consoleHost(new URL(url)) !== undefined;
  } catch {
    return false;
  }
}

/** The 12-digit account ID a multi-session console host carries, if any. */
export function consoleSessionAccountFromHost(url: URL): string | undefined {
  return consoleHost(url)?.sessionAccountId;
}

interface Route {
  segments: string[];
  query: URLSearchParams;
}

/** Path segments, percent-decoded; empty segments (trailing or doubled slashes) dropped. */
function splitPath(path: string): string[] | undefined {
  try {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined; // malformed percent-encoding: not a page the console would serve
  }
}

/** The console's hash route (`#/roles/details/NAME?section=permissions`) as its own path and query. */
function hashRoute(url: URL): Route | undefined {
  const hash = url.hash.slice(1);
  const queryStart = hash.indexOf('?');
  const path = queryStart === -1 ? hash : hash.slice(0, queryStart);
  if (!path.startsWith('/')) return undefined;
  const segments = splitPath(path);
  return segments && { segments, query: new URLSearchParams(queryStart === -1 ? '' : hash.slice(queryStart + 1)) };
}

const iamHome = /^\/iam(?:v2)?\/(?:home\/?)?$/;
const costManagementHome = /^\/costmanagement\/home\/?$/;
// Links in the wild also drop the `/home` (`/cloudformation#/stacksets/NAME/stacks`).
const cloudFormationHome = /^\/cloudformation(?:\/home)?\/?$/;
const billingHome = /^\/billing\/home\/?$/;

function consoleHashRoute(url: URL, home: RegExp): Route | undefined {
  return consoleHost(url) && home.test(url.pathname) ? hashRoute(url) : undefined;
}

function consolePathRoute(url: URL): Route | undefined {
  const segments = consoleHost(url) && splitPath(url.pathname);
  return segments && { segments, query: url.searchParams };
}

/** Matches segments against a pattern where `*` captures one segment; returns the captures. */
function captures(route: Route | undefined, pattern: readonly string[]): string[] | undefined {
  if (!route || route.segments.length !== pattern.length) return undefined;
  const captured: string[] = [];
  for (const [index, expected] of pattern.entries()) {
    const segment = route.segments[index] ?? '';
    if (expected === '*') captured.push(segment);
    else if (expected !== segment) return undefined;
  }
  return captured;
}

// Names as AWS allows them; a route carrying anything else is not a page that can exist.
const iamNamePattern = /^[\w+=,.@-]{1,64}$/;
// Loose on purpose: older us-east-1 buckets may hold capitals and underscores.
const bucketNamePattern = /^[\w.-]{1,255}$/;
const exportNamePattern = /^[\w!\-.*'()]{1,128}$/;

const named = <K extends keyof PageNames>(key: K, value: string | undefined, pattern: RegExp): PageNames | undefined =>
  value !== undefined && pattern.test(value) ? { [key]: value } : undefined;

// ---------------------------------------------------------------------------------------------
// IAM (global service; the console serves it from the global host or any regional host)

// User details and its Security credentials tab share a route; the tab decides which page it is.
function iamUserPage(url: URL, securityCredentialsTab: boolean): PageNames | undefined {
  const route = consoleHashRoute(url, iamHome);
  const [userName] = captures(route, ['users', 'details', '*']) ?? [];
  const onCredentialsTab = route?.query.get('section') === 'security_credentials';
  return onCredentialsTab === securityCredentialsTab ? named('userName', userName, iamNamePattern) : undefined;
}

export const isIamCreatePolicy = definePage(
  'iam-create-policy',
  (url) => (captures(consoleHashRoute(url, iamHome), ['policies', 'create']) ? {} : undefined),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/policies/create',
    'https://us-east-1.console.aws.amazon.com/iam/home?region=eu-west-1#/policies/create?step=addPermissions',
    'https://console.aws.amazon.com/iam/home#/policies/create?step=edit',
    'https://console.aws.amazon.com/iamv2/home#/policies/create',
    'https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/iam/home#/policies/create/',
  ],
);

export const isIamCreateRole = definePage(
  'iam-create-role',
  (url) => (captures(consoleHashRoute(url, iamHome), ['roles', 'create']) ? {} : undefined),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/iam/home#/roles/create?step=selectEntities',
    'https://console.aws.amazon.com/iam/home#/roles/create?step=type&trustedEntityType=AWS_ACCOUNT&awsAccount=654035049067&isThirdParty=true&externalId=finops-1',
    'https://eu-west-1.console.aws.amazon.com/iamv2/home?region=eu-west-1#/roles/create',
  ],
);

export const isIamRoleDetails = definePage(
  'iam-role-details',
  (url) => named('roleName', captures(consoleHashRoute(url, iamHome), ['roles', 'details', '*'])?.[0], iamNamePattern),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/iam/home#/roles/details/FinOpsForCloudAccessRole?section=permissions',
    'https://console.aws.amazon.com/iam/home#/roles/details/FinOpsForCloudAccessRole',
    'https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/iamv2/home#/roles/details/billing%2Bimport%40finops/?section=trust_relationships',
  ],
);

export const isIamCreateUser = definePage(
  'iam-create-user',
  (url) => (captures(consoleHashRoute(url, iamHome), ['users', 'create']) ? {} : undefined),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/iam/home#/users/create',
    'https://console.aws.amazon.com/iamv2/home?region=us-east-1#/users/create?step=details',
  ],
);

export const isIamUserDetails = definePage('iam-user-details', (url) => iamUserPage(url, false), [
  'https://us-east-1.console.aws.amazon.com/iam/home#/users/details/FinOpsForCloudUser',
  'https://console.aws.amazon.com/iam/home?region=eu-west-1#/users/details/FinOpsForCloudUser?section=permissions',
]);

export const isIamUserSecurityCredentials = definePage(
  'iam-user-security-credentials',
  (url) => iamUserPage(url, true),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users/details/FinOpsForCloudUser?section=security_credentials',
    'https://console.aws.amazon.com/iamv2/home#/users/details/finops.user%40example.com?section=security_credentials',
  ],
);

// Route seen in public runbooks: /iamv2/home#/users/details/USER/create-access-key.
export const isIamCreateAccessKey = definePage(
  'iam-create-access-key',
  (url) =>
    named('userName', captures(consoleHashRoute(url, iamHome), ['users', 'details', '*', 'create-access-key'])?.[0], iamNamePattern),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/iamv2/home#/users/details/FinOpsForCloudUser/create-access-key',
    'https://console.aws.amazon.com/iam/home?region=us-east-1#/users/details/FinOpsForCloudUser/create-access-key',
  ],
);

// ---------------------------------------------------------------------------------------------
// S3 (path routes; served from s3.console… and from regional hosts)

export const isS3CreateBucket = definePage(
  's3-create-bucket',
  (url) => (captures(consolePathRoute(url), ['s3', 'bucket', 'create']) ? {} : undefined),
  import.meta.env.PROD ? [] : [
    'https://s3.console.aws.amazon.com/s3/bucket/create?region=us-east-1',
    'https://eu-west-1.console.aws.amazon.com/s3/bucket/create',
  ],
);

export const isS3BucketPermissions = definePage(
  's3-bucket-permissions',
  (url) => {
    const route = consolePathRoute(url);
    const [bucketName] = captures(route, ['s3', 'buckets', '*']) ?? [];
    return route?.query.get('tab') === 'permissions' ? named('bucketName', bucketName, bucketNamePattern) : undefined;
  },
  import.meta.env.PROD ? [] : [
    'https://s3.console.aws.amazon.com/s3/buckets/billing-export-111122223333?region=eu-west-1&tab=permissions',
    'https://eu-west-1.console.aws.amazon.com/s3/buckets/billing-export-111122223333/?region=eu-west-1&bucketType=general&tab=permissions',
  ],
);

export const isS3EditBucketPolicy = definePage(
  's3-edit-bucket-policy',
  (url) =>
    named('bucketName', captures(consolePathRoute(url), ['s3', 'bucket', '*', 'property', 'policy', 'edit'])?.[0], bucketNamePattern),
  import.meta.env.PROD ? [] : [
    'https://s3.console.aws.amazon.com/s3/bucket/billing-export-111122223333/property/policy/edit',
    'https://s3.console.aws.amazon.com/s3/bucket/billing-export-111122223333/property/policy/edit?region=eu-west-1',
    'https://111122223333-abcd1234.s3.console.aws.amazon.com/s3/bucket/billing.export.data/property/policy/edit/',
  ],
);

// ---------------------------------------------------------------------------------------------
// Billing and Cost Management

export const isDataExportsList = definePage(
  'data-exports-list',
  (url) => (captures(consoleHashRoute(url, costManagementHome), ['bcm-data-exports']) ? {} : undefined),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/costmanagement/home#/bcm-data-exports',
    'https://console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports/',
  ],
);

export const isDataExportsCreate = definePage(
  'data-exports-create',
  (url) => (consoleHashRoute(url, costManagementHome)?.segments.slice(0, 2).join('/') === 'bcm-data-exports/create' ? {} : undefined),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports/create',
    'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports/create?e=&tableName=COST_AND_USAGE_REPORT',
  ],
);

// No public source shows the route of one export's page, so any other route under
// #/bcm-data-exports counts; the name is taken only when a segment or query reads as one.
const routeVerbs = new Set(['details', 'detail', 'edit', 'view', 'update']);
export const isDataExportsDetails = definePage(
  'data-exports-details',
  (url) => {
    const route = consoleHashRoute(url, costManagementHome);
    if (!route || route.segments[0] !== 'bcm-data-exports' || route.segments.length < 2 || route.segments[1] === 'create') {
      return undefined;
    }
    const candidate = route.query.get('exportName') ?? route.segments.slice(1).filter((segment) => !routeVerbs.has(segment)).at(-1);
    return named('exportName', candidate, exportNamePattern) ?? {};
  },
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/costmanagement/home#/bcm-data-exports/details/billing-111122223333',
    'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports/edit/billing-111122223333',
    'https://console.aws.amazon.com/costmanagement/home#/bcm-data-exports/details?exportName=billing-111122223333',
  ],
);

export const isLegacyCurReports = definePage(
  'legacy-cur-reports',
  (url) => (captures(consoleHashRoute(url, billingHome), ['reports']) ? {} : undefined),
  import.meta.env.PROD ? [] : [
    'https://console.aws.amazon.com/billing/home#/reports',
    'https://us-east-1.console.aws.amazon.com/billing/home?region=us-east-1#/reports/',
  ],
);

// Every other Billing and Cost Management page: nobody has published the route of an export's
// details page (and CloudFormation or the console may link elsewhere), so pages here are read by
// what they show (an export's "S3 destination"), whatever their route.
const billingPages = [isDataExportsList, isDataExportsCreate, isDataExportsDetails, isLegacyCurReports];
export const isBillingConsole = definePage(
  'billing-console',
  (url) => {
    if (!consoleHost(url) || !(costManagementHome.test(url.pathname) || billingHome.test(url.pathname))) return undefined;
    return billingPages.some((detect) => detect(url)) ? undefined : {};
  },
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/costmanagement/home#/home',
    'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1',
    'https://us-east-1.console.aws.amazon.com/costmanagement/home#/bcm-data-exports-other',
    'https://us-east-1.console.aws.amazon.com/billing/home#/bcm-data-exports/create',
    'https://console.aws.amazon.com/billing/home#/reports/usage',
    'https://console.aws.amazon.com/billing/home#/bills',
    'https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/costmanagement/home#/data-exports/export/billing-111122223333',
  ],
);

export const isOrganizationsAccounts = definePage(
  'organizations-accounts',
  (url) => (captures(consolePathRoute(url), ['organizations', 'v2', 'home', 'accounts']) ? {} : undefined),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/organizations/v2/home/accounts',
    'https://console.aws.amazon.com/organizations/v2/home/accounts/',
  ],
);

// ---------------------------------------------------------------------------------------------
// CloudFormation (hash routes). Creating a stack is a wizard whose steps may change the route
// (`/stacks/create/template` → `…/parameters` → `…/review`); quick-create links open its review step.

const createStackSteps = new Set(['template', 'parameters', 'options', 'review']);
// A StackSet route names it as `NAME` or, from the list, `NAME:STACKSET-UUID`.
const stackSetRoutePattern = /^([a-zA-Z][-a-zA-Z0-9]{0,127})(?::[-0-9a-f]{36})?$/;

export const isCloudFormationCreateStack = definePage(
  'cloudformation-create-stack',
  (url) => {
    const segments = consoleHashRoute(url, cloudFormationHome)?.segments;
    if (!segments || segments[0] !== 'stacks') return undefined;
    const [, action, step] = segments;
    if (segments.length === 2 && (action === 'create' || action === 'quickcreate')) return {};
    return segments.length === 3 && action === 'create' && step !== undefined && createStackSteps.has(step) ? {} : undefined;
  },
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/create/template',
    'https://console.aws.amazon.com/cloudformation/home#/stacks/create?stackName=FinOpsForCloudAccess',
    'https://console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/create/review?templateURL=https%3A%2F%2Fexample-bucket.s3.us-east-1.amazonaws.com%2Ffinops-for-cloud-member-role.yaml&stackName=FinOpsForCloudAccess',
    'https://eu-west-1.console.aws.amazon.com/cloudformation/home?region=eu-west-1#/stacks/create/parameters?stackName=FinOpsForCloudAccess',
    'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/quickcreate?templateURL=https%3A%2F%2Fexample-bucket.s3.amazonaws.com%2Ft.yaml',
  ],
);

export const isCloudFormationCreateStackSet = definePage(
  'cloudformation-create-stack-set',
  (url) => (captures(consoleHashRoute(url, cloudFormationHome), ['stacksets', 'create']) ? {} : undefined),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/create',
    'https://console.aws.amazon.com/cloudformation/home?#/stacksets/create',
  ],
);

/** `#/stacksets/NAME[:UUID]/TAB` with TAB one of `tabs` (an empty string: no tab segment). */
function stackSetTab(url: URL, tabs: readonly string[]): PageNames | undefined {
  const segments = consoleHashRoute(url, cloudFormationHome)?.segments;
  if (!segments || segments[0] !== 'stacksets' || segments.length < 2 || segments.length > 3) return undefined;
  if (!tabs.includes(segments[2] ?? '')) return undefined;
  const name = stackSetRoutePattern.exec(segments[1] ?? '')?.[1];
  return name !== undefined && name !== 'create' ? { stackSetName: name } : undefined;
}

export const isCloudFormationStackSetDetails = definePage(
  'cloudformation-stack-set-details',
  (url) => stackSetTab(url, ['', 'info']),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/FinOpsForCloudAccess/info?permissions=service',
    'https://us-west-2.console.aws.amazon.com/cloudformation/home?region=us-west-2#/stacksets/FinOpsForCloudAccess:03c21087-af78-4b18-9090-fe342b7d1c57/info?permissions=service',
    'https://console.aws.amazon.com/cloudformation/home#/stacksets/FinOpsForCloudAccess',
  ],
);

// The console's own links go to `/stacks`; `/instances` is accepted as well.
export const isCloudFormationStackSetInstances = definePage(
  'cloudformation-stack-set-instances',
  (url) => stackSetTab(url, ['stacks', 'instances']),
  import.meta.env.PROD ? [] : [
    'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/FinOpsForCloudAccess/stacks?permissions=service',
    'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/FinOpsForCloudAccess/instances',
    'https://console.aws.amazon.com/cloudformation#/stacksets/AWSControlTowerBP-BASELINE-CONFIG/stacks',
  ],
);

// ---------------------------------------------------------------------------------------------

/** Look-alikes that must match no page: other services, other pages of the same service, foreign hosts. */
export const lookAlikeExamples: readonly string[] = [
  'https://console.aws.amazon.com.evil.example/iam/home#/policies/create',
  'https://evil.example/#/policies/create',
  'https://evil.example/iam/home#/policies/create',
  'https://console.aws.amazon.com:8443/iam/home#/policies/create',
  'https://user@console.aws.amazon.com/iam/home#/policies/create',
  'https://evilconsole.aws.amazon.com/iam/home#/policies/create',
  'https://console.aws.amazon.com.cn/iam/home#/policies/create',
  'http://console.aws.amazon.com/iam/home#/policies/create',
  'https://signin.aws.amazon.com/signin?redirect_uri=https%3A%2F%2Fconsole.aws.amazon.com%2Fiam%2Fhome%23%2Fpolicies%2Fcreate',
  'https://us-east-1.signin.aws.amazon.com/oauth?client_id=arn%3Aaws%3Asignin%3A%3A%3Aconsole%2Fiam',
  'https://console.aws.amazon.com/console/home?region=us-east-1',
  'https://console.aws.amazon.com/iam/home#/policies',
  'https://console.aws.amazon.com/iam/home#/policies/details/arn%3Aaws%3Aiam%3A%3A111122223333%3Apolicy%2FFinOpsForCloudBillingImport',
  'https://console.aws.amazon.com/iam/home#/roles',
  'https://console.aws.amazon.com/iam/home#/roles/details/',
  'https://console.aws.amazon.com/iam/home#/roles/details/Bad%2FName',
  'https://console.aws.amazon.com/iam/home#/roles/details/%E0%A4%A',
  'https://console.aws.amazon.com/iam/home?region=eu-north-1#/roles/details/FinOpsForCloudAccessRole/createPolicy?step=addPermissions',
  'https://console.aws.amazon.com/iam/home#/users',
  'https://console.aws.amazon.com/iam/home#/users/details/FinOpsForCloudUser/createPolicy?step=addPermissions',
  'https://console.aws.amazon.com/iam/home#/home',
  'https://console.aws.amazon.com/iam/home',
  'https://console.aws.amazon.com/iam/policies/create',
  'https://console.aws.amazon.com/ec2/home#/policies/create',
  'https://console.aws.amazon.com/iam/home?x=#roles/create',
  'https://s3.console.aws.amazon.com/s3/buckets?region=us-east-1',
  'https://s3.console.aws.amazon.com/s3/home?region=us-east-1',
  'https://s3.console.aws.amazon.com/s3/buckets/billing-export-111122223333?region=eu-west-1',
  'https://s3.console.aws.amazon.com/s3/buckets/billing-export-111122223333?region=eu-west-1&tab=properties',
  'https://s3.console.aws.amazon.com/s3/bucket/billing-export-111122223333/property/oo/edit',
  'https://s3.console.aws.amazon.com/s3/bucket/billing-export-111122223333/property/policy',
  'https://s3.amazonaws.com/billing-export-111122223333/property/policy/edit',
  'https://us-east-1.console.aws.amazon.com/costmanagement/',
  'https://us-east-1.console.aws.amazon.com/costmanagement/home/extra#/bcm-data-exports',
  'https://console.aws.amazon.com/cost-management/home#/bcm-data-exports',
  'https://billing.evil.example/costmanagement/home#/bcm-data-exports',
  'https://us-east-1.console.aws.amazon.com/organizations/v2/home/accounts/add/create',
  'https://us-east-1.console.aws.amazon.com/organizations/v2/home',
  'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks',
  'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/stackinfo?stackId=FinOpsForCloudAccess',
  'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/create/somewhere-else',
  'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets',
  'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/FinOpsForCloudAccess/operations',
  'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/9-not-a-name/info',
  'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/FinOpsForCloudAccess/stacks/extra',
  'https://us-east-1.console.aws.amazon.com/cloudformation/designer#/stacksets/create',
  'https://console.aws.amazon.com/cloudformation.evil.example/home#/stacksets/create',
];

/** Each page's examples, for the test that walks them. */
export const pageExamples: readonly PageExamples[] = pages.map(({ page, match, examples }) => ({
  page,
  detect: (url) => match(url) !== undefined,
  examples,
}));

export const pageIds = Object.keys(pageTitles) as PageId[];

/** The name the console shows for a page, e.g. "Edit bucket policy". */
export function pageTitle(page: PageId): string {
  return pageTitles[page];
}

/** Which known console page a URL shows, with the names and region it carries. */
export function recognisePage(input: URL | string): PageMatch | undefined {
  let url: URL;
  try {
    url = typeof input === 'string' ? new URL(input) : input;
  } catch {
    return undefined;
  }
  for (const { page, match } of pages) {
    const names = match(url);
    if (!names) continue;
    const region = url.searchParams.get('region') ?? hashRoute(url)?.query.get('region') ?? consoleHost(url)?.region;
    return { page, ...names, ...(region && regionPattern.test(region) ? { region } : {}) };
  }
  return undefined;
}
