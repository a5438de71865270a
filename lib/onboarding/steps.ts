/**
 * The step catalogue: one builder per step, each reading what it needs from the platform profile
 * (names, trusted principal, External ID support, managed policies). `plan.ts` decides which
 * steps an account gets and in what order.
 */
import {
  dataExportsCreateUrl,
  dataExportsListUrl,
  iamCreateAccessKeyUrl,
  iamCreatePolicyUrl,
  iamCreateRoleUrl,
  iamCreateUserUrl,
  iamRoleUrl,
  iamUserUrl,
  legacyCurReportsUrl,
  s3CreateBucketUrl,
  s3EditBucketPolicyUrl,
} from '../console/urls';
import { recommendedDataExportSettings } from '../platforms/recommended-export';
import type { PlatformProfile } from '../platforms/platform-profile';
import type { ValueKind } from '../values';
import { platformConnectPage, type OnboardingStep, type PlainValues } from './plan-types';

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An account-root principal (`arn:aws:iam::ID:root`) can be prefilled as "Another AWS account"; a user or role ARN can't. */
export const trustedAccountIdOf = (trustedPrincipal: string): string | undefined =>
  /^arn:aws:iam::(\d{12}):root$/.exec(trustedPrincipal)?.[1];

export type CustomPolicy = 'billingImportPolicy' | 'resourceDiscoveryPolicy';

const policyName = (platform: PlatformProfile, template: CustomPolicy): string =>
  platform.names.policyNames[template] ?? (template === 'billingImportPolicy' ? 'billing import policy' : 'resource discovery policy');

/** The policies the role or user gets: our customer managed ones, then AWS managed ones such as ReadOnlyAccess. */
export const policiesToAttach = (platform: PlatformProfile, customPolicies: readonly CustomPolicy[], awsManagedPolicies: readonly string[]): string[] => [
  ...customPolicies.map((template) => policyName(platform, template)),
  ...awsManagedPolicies,
];

const listInWords = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;

/** A link that is built only when every value it can't do without is known. */
const linkWith =
  (linkNeeds: readonly ValueKind[], build: (values: Required<PlainValues>) => string) =>
  (values: PlainValues): string | undefined =>
    linkNeeds.every((kind) => values[kind]) ? build(values as Required<PlainValues>) : undefined;

const portalConnectUrl = (platform: PlatformProfile) => `${platform.portal.origin}${platform.portal.connectPath}`;

export const externalIdStep = (platform: PlatformProfile): OnboardingStep => ({
  id: 'external-id',
  title: `Copy the External ID from ${platform.displayName}`,
  why: `${platform.displayName} passes this ID when it assumes the role, so only your connection can use the role.`,
  instructions: [
    platform.trust.externalId.support === 'required' ? platform.trust.externalId.whereToFindIt : `Open ${platform.displayName} and copy its External ID.`,
    'Paste it here; keep the dialog open, you come back to it to connect.',
  ],
  needs: [],
  produces: ['externalId'],
  linkNeeds: [],
  consoleLink: () => portalConnectUrl(platform),
  page: platformConnectPage,
  completion: { kind: 'value-read', value: 'externalId' },
});

export const dataExportStep = (): OnboardingStep => {
  const settings = recommendedDataExportSettings;
  return {
    id: 'data-export',
    title: 'Create the Data Export (CUR 2.0) and its S3 bucket',
    why: 'AWS delivers the cost and usage data the platform imports into this export, once an hour.',
    instructions: [
      `Export type "${settings.exportType}", table "${settings.table}", include resource IDs, no split cost allocation data.`,
      `Time granularity ${settings.timeGranularity}, format ${settings.format}, "${settings.fileVersioning}".`,
      `Suggested export name billing-ACCOUNTID, S3 path prefix "${settings.exportPathPrefix}".`,
      'Under "Data export storage settings" choose "Create a bucket" (billing-export-ACCOUNTID): Data Exports then writes the bucket policy it needs itself.',
    ],
    caution: 'The first files can take up to 24 hours to arrive; the platform refuses to connect until they have.',
    needs: [],
    produces: ['exportName', 'bucketName', 'exportPathPrefix'],
    linkNeeds: [],
    consoleLink: () => dataExportsCreateUrl(),
    page: 'data-exports-create',
    completion: { kind: 'flash', pattern: /\bexport\b.*\bcreated\b|\bcreated\b.*\bexport\b/i },
  };
};

export const findDataExportStep = (): OnboardingStep => ({
  id: 'find-data-export',
  title: 'Find your existing Data Export',
  why: 'The platform reads the files of that export, so it needs its name, bucket and S3 path prefix exactly as configured.',
  instructions: [
    'In the Data Exports table, note the "Export name" and "S3 bucket" of the CUR 2.0 export.',
    'Open the export: its storage settings show the S3 path prefix. Take the whole prefix (e.g. finops/reports), not only its last folder.',
  ],
  needs: [],
  produces: ['exportName', 'bucketName', 'exportPathPrefix'],
  linkNeeds: [],
  consoleLink: () => dataExportsListUrl(),
  page: 'data-exports-list',
  alsoOn: ['data-exports-details'],
  completion: { kind: 'value-read', value: 'exportPathPrefix' },
});

export const bucketPolicyStep = (): OnboardingStep => ({
  id: 'bucket-policy',
  title: 'Update the bucket policy for Data Exports',
  why: 'Lets AWS Data Exports (and legacy CUR) keep writing the export into this bucket, for this account only.',
  instructions: ['Add the statement to the bucket policy, keeping the statements already there.', 'Save changes.'],
  needs: ['bucketName', 'accountId'],
  produces: [],
  linkNeeds: ['bucketName'],
  consoleLink: linkWith(['bucketName'], (values) => s3EditBucketPolicyUrl(values.bucketName, values.region)),
  page: 's3-edit-bucket-policy',
  alsoOn: ['s3-bucket-permissions'],
  completion: { kind: 'flash', pattern: /successfully edited bucket policy/i },
  document: 'dataExportsBucketPolicy',
});

const createPolicyStep = (
  platform: PlatformProfile,
  template: CustomPolicy,
  text: { why: string; needs: readonly ValueKind[] },
): OnboardingStep => {
  const name = policyName(platform, template);
  return {
    id: template === 'billingImportPolicy' ? 'billing-import-policy' : 'discovery-policy',
    title: `Create the ${name} policy`,
    why: text.why,
    instructions: ['Switch the policy editor to JSON and insert the policy.', `Name it ${name} and create it.`],
    needs: text.needs,
    produces: [],
    linkNeeds: [],
    consoleLink: (values) => iamCreatePolicyUrl({ region: values.region }),
    page: 'iam-create-policy',
    completion: { kind: 'flash', pattern: new RegExp(`\\bpolicy\\s+${escapeForPattern(name)}\\s+created\\b`, 'i') },
    document: template,
  };
};

export const billingImportPolicyStep = (platform: PlatformProfile): OnboardingStep =>
  createPolicyStep(platform, 'billingImportPolicy', {
    why: `Lets ${platform.displayName} read the export files from the bucket, and nothing else in it.`,
    needs: ['bucketName'],
  });

export const discoveryPolicyStep = (platform: PlatformProfile): OnboardingStep =>
  createPolicyStep(platform, 'resourceDiscoveryPolicy', {
    why: `Lets ${platform.displayName} list the account's resources (EC2, S3, IAM users…) read-only, to show and optimise them.`,
    needs: [],
  });

export const accessRoleStep = (platform: PlatformProfile, policies: readonly string[]): OnboardingStep => {
  const { trustedPrincipal, externalId } = platform.trust;
  const trustedAccountId = trustedAccountIdOf(trustedPrincipal);
  const externalIdRequired = externalId.support === 'required';
  const platformExternalId = externalId.support === 'optional' ? externalId.externalId : undefined;
  const usesExternalId = externalIdRequired || platformExternalId !== undefined;
  const attach = listInWords(policies);
  const linkNeeds: ValueKind[] = trustedAccountId && externalIdRequired ? ['externalId'] : [];
  return {
    id: 'access-role',
    title: `Create the ${platform.names.roleName} role`,
    why: `${platform.displayName} assumes this role to read the account: no long-term keys change hands.`,
    instructions: [
      trustedAccountId
        ? `Trusted entity: "AWS account" → "Another AWS account", account ID ${trustedAccountId}${usesExternalId ? ', "Require external ID" with the External ID' : ''} (or a custom trust policy).`
        : 'Trusted entity: "Custom trust policy"; insert the trust policy.',
      `Attach ${attach}.`,
      `Name the role ${platform.names.roleName} and create it.`,
    ],
    needs: usesExternalId ? ['trustedPrincipal', 'externalId'] : ['trustedPrincipal'],
    produces: ['roleName'],
    linkNeeds,
    consoleLink: linkWith(linkNeeds, (values) =>
      trustedAccountId ? iamCreateRoleUrl({ trustedAccountId, externalId: usesExternalId ? values.externalId : undefined }) : iamCreateRoleUrl(),
    ),
    page: 'iam-create-role',
    completion: { kind: 'flash', pattern: /\brole\s+([\w+=,.@-]+)\s+created\b/i, nameOf: 'roleName' },
    document: 'trustPolicy',
  };
};

export const roleArnStep = (platform: PlatformProfile, principalNeeded: boolean): OnboardingStep => ({
  id: 'role-arn',
  title: `Check ${platform.names.roleName} and copy its Role ARN`,
  why: 'Confirms the role exists with its policies attached; the ARN names it exactly for the platform.',
  instructions: ['On the role\'s page, check the Permissions tab lists the policies.', 'Copy the ARN from the Summary.'],
  needs: ['roleName'],
  produces: principalNeeded ? ['roleArn', 'principalArn'] : ['roleArn'],
  linkNeeds: ['roleName'],
  consoleLink: linkWith(['roleName'], (values) => iamRoleUrl(values.roleName)),
  page: 'iam-role-details',
  completion: { kind: 'value-read', value: 'roleArn' },
});

export const accessUserStep = (platform: PlatformProfile, policies: readonly string[]): OnboardingStep => ({
  id: 'access-user',
  title: `Create the ${platform.names.userName} user`,
  why: `${platform.displayName} signs in as this user with an access key; it needs no console password.`,
  instructions: [
    `User name ${platform.names.userName}; leave "Provide user access to the AWS Management Console" unticked.`,
    `"Attach policies directly": ${listInWords(policies)}.`,
    'Create the user.',
  ],
  needs: [],
  produces: ['userName'],
  linkNeeds: [],
  consoleLink: () => iamCreateUserUrl(),
  page: 'iam-create-user',
  // The current console says "User created successfully" without the name; older ones named it.
  completion: { kind: 'flash', pattern: /\buser\s+(?:([\w+=,.@-]+)\s+)?created\b/i, nameOf: 'userName' },
});

export const accessKeyStep = (platform: PlatformProfile): OnboardingStep => ({
  id: 'access-key',
  title: `Create an access key for ${platform.names.userName}`,
  why: 'The key ID and its secret are what the platform signs in with.',
  instructions: ['Use case: "Third-party service"; confirm and create the key.', 'Copy the access key ID here.'],
  caution: `The secret access key is shown only once: paste it straight into ${platform.displayName}. This extension never saves it: if you type it into the hand-off to fill the form, it stays in memory for this browser session only.`,
  needs: ['userName'],
  produces: ['accessKeyId'],
  linkNeeds: ['userName'],
  consoleLink: linkWith(['userName'], (values) => iamCreateAccessKeyUrl(values.userName)),
  page: 'iam-create-access-key',
  alsoOn: ['iam-user-security-credentials'],
  completion: { kind: 'value-read', value: 'accessKeyId' },
});

export const userArnStep = (platform: PlatformProfile): OnboardingStep => ({
  id: 'user-arn',
  title: `Copy the User ARN of ${platform.names.userName}`,
  why: 'The billing bucket policy grants this user read access by its ARN.',
  instructions: ["Copy the ARN from the user's Summary."],
  needs: ['userName'],
  produces: ['userArn', 'principalArn'],
  linkNeeds: ['userName'],
  consoleLink: linkWith(['userName'], (values) => iamUserUrl(values.userName)),
  page: 'iam-user-details',
  completion: { kind: 'value-read', value: 'userArn' },
});

export const billingBucketStep = (platform: PlatformProfile): OnboardingStep => ({
  id: 'billing-bucket',
  title: 'Create the S3 bucket for billing reports',
  why: `AWS delivers the billing reports ${platform.displayName} reads into this bucket.`,
  instructions: ['Choose a bucket name (e.g. billing-export-ACCOUNTID) and a region; keep the other defaults.', 'Create the bucket.'],
  needs: [],
  produces: ['bucketName'],
  linkNeeds: [],
  consoleLink: (values) => s3CreateBucketUrl(values.region),
  page: 's3-create-bucket',
  completion: { kind: 'flash', pattern: /successfully created bucket\s+"?([\w.-]+)"?/i, nameOf: 'bucketName' },
});

export const findBillingBucketStep = (): OnboardingStep => ({
  id: 'find-billing-bucket',
  title: 'Find the bucket your billing reports go to',
  why: 'The bucket policy and the platform need the name of the bucket that already receives the reports.',
  instructions: ['Note the S3 bucket of the report already delivered.'],
  needs: [],
  produces: ['bucketName'],
  linkNeeds: [],
  consoleLink: () => legacyCurReportsUrl(),
  page: 'legacy-cur-reports',
  completion: { kind: 'value-read', value: 'bucketName' },
});

export const cloudynBucketPolicyStep = (platform: PlatformProfile): OnboardingStep => ({
  id: 'cloudyn-bucket-policy',
  title: 'Add the billing bucket policy',
  why: `Lets AWS billing write the reports into the bucket and lets ${platform.displayName}'s read-only role or user read them.`,
  instructions: ['Add the statements to the bucket policy, keeping any already there.', 'Save changes.'],
  needs: ['bucketName', 'principalArn'],
  produces: [],
  linkNeeds: ['bucketName'],
  consoleLink: linkWith(['bucketName'], (values) => s3EditBucketPolicyUrl(values.bucketName, values.region)),
  page: 's3-edit-bucket-policy',
  alsoOn: ['s3-bucket-permissions'],
  completion: { kind: 'flash', pattern: /successfully edited bucket policy/i },
  document: 'cloudynBucketPolicy',
});

export const billingReportsStep = (): OnboardingStep => ({
  id: 'billing-reports',
  title: 'Turn on billing reports into the bucket',
  why: 'Without reports in the bucket the platform has no costs to show.',
  instructions: ['Create a report delivered to the bucket (hourly, with resource IDs).'],
  caution:
    'The guide\'s "Receive Billing Reports" preference (detailed billing reports) has been retired by AWS; the legacy Cost and Usage Report into the same bucket is the nearest replacement.',
  needs: ['bucketName'],
  produces: [],
  linkNeeds: [],
  consoleLink: () => legacyCurReportsUrl(),
  page: 'legacy-cur-reports',
  completion: { kind: 'manual', hint: 'The report is listed with the bucket as its destination.' },
});

export const connectStep = (platform: PlatformProfile, formValues: readonly ValueKind[], text: { why: string; caution?: string }): OnboardingStep => ({
  id: 'connect',
  title: `Connect the account in ${platform.displayName}`,
  why: text.why,
  instructions: [
    'Open the connect page and choose the same account type and authentication method.',
    'Fill in the values below; paste the secret access key, if any, straight from AWS.',
  ],
  ...(text.caution === undefined ? {} : { caution: text.caution }),
  needs: formValues,
  produces: [],
  linkNeeds: [],
  consoleLink: () => portalConnectUrl(platform),
  page: platformConnectPage,
  completion: { kind: 'manual', hint: `${platform.displayName} lists the account as a data source.` },
});

/** The External ID a self-hosted platform's settings carry, if the person entered one. */
export const platformSuppliedExternalId = (platform: PlatformProfile): string | undefined =>
  platform.trust.externalId.support === 'optional' ? platform.trust.externalId.externalId : undefined;
