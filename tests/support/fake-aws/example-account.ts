/**
 * A correctly prepared account, as a fake-AWS scenario plus the matching verify input.
 * Tests take a fresh copy and break one thing.
 */
import type { PolicyDocument } from '../../../lib/policies/document';
import type { RequiredAction } from '../../../lib/verify/coverage';
import type { VerifyInput } from '../../../lib/verify/checks';
import type { FakeAwsScenario, FakeKey } from './scenario';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '999988887777';
export const PLATFORM_PRINCIPAL = 'arn:aws:iam::654035049067:user/ffc-service-user';
export const BUCKET = `billing-export-${ACCOUNT}`;
export const EXPORT_NAME = `billing-${ACCOUNT}`;
export const ROLE = 'FinOpsForCloudAccessRole';
export const USER = 'FinOpsForCloudUser';
const BILLING_IMPORT_ARN = `arn:aws:iam::${ACCOUNT}:policy/FinOpsForCloudBillingImport`;
const DISCOVERY_ARN = `arn:aws:iam::${ACCOUNT}:policy/FinOpsForCloudResourceDiscovery`;

const key = (name: string, arn: string, extra: Partial<FakeKey> = {}): FakeKey => ({
  accessKeyId: `AKIA${name.toUpperCase().padEnd(16, 'X')}`,
  secretAccessKey: `${name}/Secret+Key0123456789abcdefghijklmnopqrs`.slice(0, 40),
  arn,
  ...extra,
});

export const KEYS = {
  admin: key('admin', `arn:aws:iam::${ACCOUNT}:user/admin`),
  finopsUser: key('finops', `arn:aws:iam::${ACCOUNT}:user/${USER}`, { denied: ['iam:*'] }),
  root: key('root', `arn:aws:iam::${ACCOUNT}:root`),
  temporary: key('temporary', `arn:aws:sts::${ACCOUNT}:assumed-role/Admin/alice`, {
    accessKeyId: 'ASIATEMPORARYXXXXXXX',
    sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLEsessionTOKENvalue0123456789',
  }),
  otherAccount: key('other', `arn:aws:iam::${OTHER_ACCOUNT}:user/admin`),
} satisfies Record<string, FakeKey>;

export const credentialsOf = (k: FakeKey) => ({ accessKeyId: k.accessKeyId, secretAccessKey: k.secretAccessKey, ...(k.sessionToken ? { sessionToken: k.sessionToken } : {}) });

const billingImportPolicy: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'GetObject', Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${BUCKET}/*` },
    { Sid: 'BucketOperations', Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation'], Resource: `arn:aws:s3:::${BUCKET}` },
  ],
};

const discoveryPolicy: PolicyDocument = {
  Version: '2012-10-17',
  Statement: {
    Effect: 'Allow',
    Action: ['bcm-data-exports:ListExports', 'cloudwatch:GetMetricStatistics', 'ec2:Describe*', 's3:GetBucketPolicy', 's3:ListAllMyBuckets'],
    Resource: '*',
  },
};

export const trustPolicy = (principal: string, condition?: Record<string, Record<string, string>>): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: 'sts:AssumeRole', ...(condition ? { Condition: condition } : {}) }],
});

/** AWS's documented Data Exports bucket policy. */
export const dataExportsBucketPolicy = (bucket: string, account: string): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'EnableAWSDataExportsToWriteToS3AndCheckPolicy',
      Effect: 'Allow',
      Principal: { Service: ['billingreports.amazonaws.com', 'bcm-data-exports.amazonaws.com'] },
      Action: ['s3:PutObject', 's3:GetBucketPolicy'],
      Resource: [`arn:aws:s3:::${bucket}/*`, `arn:aws:s3:::${bucket}`],
      Condition: {
        StringLike: {
          'aws:SourceAccount': account,
          'aws:SourceArn': [`arn:aws:cur:us-east-1:${account}:definition/*`, `arn:aws:bcm-data-exports:us-east-1:${account}:export/*`],
        },
      },
    },
  ],
});

export const DATA_FILE = `reports/${EXPORT_NAME}/data/BILLING_PERIOD=2025-01/${EXPORT_NAME}-00001.snappy.parquet`;
export const MANIFEST = `reports/${EXPORT_NAME}/metadata/BILLING_PERIOD=2025-01/${EXPORT_NAME}-Manifest.json`;

/** A legacy CUR report set to overwrite: one folder per billing period, manifest beside the data. */
export const LEGACY_OVERWRITE_FILES = [`reports/${EXPORT_NAME}/20250101-20250201/${EXPORT_NAME}-Manifest.json`, `reports/${EXPORT_NAME}/20250101-20250201/${EXPORT_NAME}-00001.csv.gz`];
/** A legacy CUR report set to create new report versions: each delivery in its own assembly folder. */
export const LEGACY_VERSIONED_FILES = [
  `reports/${EXPORT_NAME}/20250101-20250201/${EXPORT_NAME}-Manifest.json`,
  `reports/${EXPORT_NAME}/20250101-20250201/5c1f8e4b-9a3d-4e6f-8b2a-0d7c3e1f9a64/${EXPORT_NAME}-Manifest.json`,
  `reports/${EXPORT_NAME}/20250101-20250201/5c1f8e4b-9a3d-4e6f-8b2a-0d7c3e1f9a64/${EXPORT_NAME}-00001.csv.gz`,
];

/** A fresh deep copy each time: tests may change anything in it. */
export function exampleScenario(): FakeAwsScenario {
  return structuredClone({
    keys: Object.values(KEYS),
    accounts: {
      [ACCOUNT]: {
        roles: { [ROLE]: { trustPolicy: trustPolicy(PLATFORM_PRINCIPAL), attached: [BILLING_IMPORT_ARN, DISCOVERY_ARN] } },
        users: { [USER]: { attached: [BILLING_IMPORT_ARN], groups: ['finops-discovery'] } },
        groups: { 'finops-discovery': { inline: { discovery: discoveryPolicy } } },
      },
    },
    managedPolicies: {
      // v1 lacks GetBucketLocation: only the default version (v2) may count.
      [BILLING_IMPORT_ARN]: { defaultVersionId: 'v2', versions: { v1: { Version: '2012-10-17', Statement: [] }, v2: billingImportPolicy } },
      [DISCOVERY_ARN]: { versions: { v1: discoveryPolicy } },
    },
    buckets: {
      [BUCKET]: { region: 'us-east-1', policy: dataExportsBucketPolicy(BUCKET, ACCOUNT), objects: [DATA_FILE, MANIFEST] },
    },
  } satisfies FakeAwsScenario);
}

/** What the platform needs, as the lead will pass it from lib/policies. */
export const REQUIRED_ACTIONS: RequiredAction[] = [
  { action: 's3:GetObject', resource: `arn:aws:s3:::${BUCKET}/*`, grantedBy: 'billingImportPolicy' },
  { action: 's3:ListBucket', resource: `arn:aws:s3:::${BUCKET}`, grantedBy: 'billingImportPolicy' },
  { action: 's3:GetBucketLocation', resource: `arn:aws:s3:::${BUCKET}`, grantedBy: 'billingImportPolicy' },
  { action: 'ec2:DescribeInstances', resource: '*', grantedBy: 'discoveryPolicy' },
  { action: 'bcm-data-exports:ListExports', resource: '*', grantedBy: 'discoveryPolicy' },
  { action: 'cloudwatch:GetMetricStatistics', resource: '*', grantedBy: 'discoveryPolicy' },
];

export function roleInput(k: FakeKey = KEYS.admin): VerifyInput {
  return {
    credentials: credentialsOf(k),
    accountId: ACCOUNT,
    access: { kind: 'role', roleName: ROLE, trustedPrincipal: PLATFORM_PRINCIPAL },
    requiredActions: REQUIRED_ACTIONS,
    billingExport: { bucket: BUCKET, exportName: EXPORT_NAME, exportPathPrefix: 'reports' },
  };
}

export function userInput(k: FakeKey = KEYS.finopsUser): VerifyInput {
  return { ...roleInput(k), access: { kind: 'user', userName: USER } };
}
