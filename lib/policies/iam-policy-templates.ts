import { statementIds } from './statement-ids';
import { slot } from './template-slots';
import type { ActionReason, PolicyTemplate } from './template-types';

const bucketArn = `arn:aws:s3:::${slot('bucketName')}`;
const objectsArn = `${bucketArn}/*`;

const publishedDocs = 'FinOps for Cloud docs, "Configure AWS access" (softwareone-platform/finops-docs, configure-aws-access.md)';
const seedGuides = 'FinOps for Cloud guides "AWS Root Account…" and "AWS Linked" (seeds 002, 003)';
// The platform's own code, where it calls AWS (the docs lag it).
const forkAdapter = 'softwareone-platform/optscale tools/cloud_adapter/clouds/aws.py';
const forkPolicyGenerator = 'softwareone-platform/optscale rest_api/rest_api_server/controllers/policy_gen.py (OSN-1255, 2025-12-25)';
const upstreamAdapter = 'hystax/optscale tools/cloud_adapter/clouds/aws.py (main; not in release 2024101501-public)';
const checked = '2026-12';

const because = (feature: string, source: string): ActionReason => ({ feature, source, checked });

/** Lets the platform read the data export files from the bucket (management and standalone accounts). */
export const billingImportPolicy: PolicyTemplate = {
  id: 'billingImportPolicy',
  kind: 'managed',
  title: 'Billing import policy',
  variesBy: 'policyVariant',
  reasons: {
    's3:GetObject': because('Billing import: downloads the Data Export files (bucket_only scheme)', `${publishedDocs}; ${forkAdapter}`),
    's3:GetBucketLocation': because("Billing import: finds the bucket's region before reading it", `${publishedDocs}; ${forkAdapter}`),
    's3:ListBucket': because('Billing import: lists PREFIX/EXPORTNAME/ to find the export files', `${publishedDocs}; ${forkAdapter}`),
    'cur:DescribeReportDefinitions': because('Billing import: reads legacy CUR report definitions (seed wording only)', 'FinOps for Cloud guide (seed 002)'),
  },
  variants: {
    published: {
      source: publishedDocs,
      document: {
        Version: '2012-10-17',
        Statement: [
          { Sid: statementIds.billingFiles, Effect: 'Allow', Action: ['s3:GetObject'], Resource: objectsArn },
          { Sid: statementIds.billingBucket, Effect: 'Allow', Action: ['s3:GetBucketLocation', 's3:ListBucket'], Resource: bucketArn },
        ],
      },
      // The published statement also lists s3:PutBucketPolicy and s3:PutObject on the bucket ARN.
      // The connect form always uses OptScale's `bucket_only` scheme, which only calls
      // GetBucketLocation, ListObjectsV2 and GetObject; only `create_report` (never sent by the
      // FinOps UI) would write a bucket policy.
      leftOut: [
        {
          action: 's3:PutObject',
          reason: 'The published policy grants it on the bucket ARN, where it grants nothing (objects are bucket/*); the platform only reads export files.',
        },
        {
          action: 's3:PutBucketPolicy',
          reason: "The platform only reads export files when you connect with the bucket you created; this permission would let it rewrite the bucket's policy.",
        },
      ],
    },
    seed: {
      source: 'FinOps for Cloud guide "AWS Root Account with Data Export Already Configured" (seed 002), without the stray "// Some" that made it invalid JSON',
      document: {
        Version: '2012-10-17',
        Statement: [
          { Sid: statementIds.seedReportDefinition, Effect: 'Allow', Action: ['cur:DescribeReportDefinitions'], Resource: '*' },
          { Sid: statementIds.seedGetObject, Effect: 'Allow', Action: ['s3:GetObject'], Resource: objectsArn },
          { Sid: statementIds.seedBucketOperations, Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation'], Resource: bucketArn },
        ],
      },
    },
  },
};

/** Lets the platform discover resources between billing deliveries (every account type). */
export const resourceDiscoveryPolicy: PolicyTemplate = {
  id: 'resourceDiscoveryPolicy',
  kind: 'managed',
  title: 'Resource discovery policy',
  variesBy: 'policyVariant',
  reasons: {
    'bcm-data-exports:GetExport': because("Data source checks: reads the account's Data Export settings", publishedDocs),
    'bcm-data-exports:ListExports': because("Data source checks: finds the account's Data Exports", publishedDocs),
    'cloudwatch:GetMetricStatistics': because('Recommendations: CPU and network usage for rightsizing and idle instances', `${publishedDocs}; ${seedGuides}`),
    'cloudwatch:GetMetricData': because('Recommendations: S3 storage metrics and CloudWatch metric data (AccessDenied is swallowed, so without it a recommendation silently returns nothing)', `${forkAdapter}; ${forkPolicyGenerator}`),
    'cur:DescribeReportDefinitions': because('Data source checks: finds legacy CUR report definitions', `${publishedDocs}; ${seedGuides}`),
    'ec2:Describe*': because('Resource discovery: instances, volumes, snapshots, IP addresses, VPCs and regions', `${publishedDocs}; ${forkAdapter} (discover_region_instances, discover_region_volumes, discover_region_snapshots)`),
    'elasticloadbalancing:Describe*': because('Resource discovery: load balancers and their tags', `${publishedDocs}; ${forkAdapter} (discover_region_lbs, discover_region_lbs_v2)`),
    'iam:GetAccessKeyLastUsed': because('Recommendations: unused access keys', `${publishedDocs}; ${seedGuides}`),
    'iam:GetLoginProfile': because('Recommendations: inactive console users', `${publishedDocs}; ${seedGuides}`),
    'iam:ListAccessKeys': because('Recommendations: unused access keys', `${publishedDocs}; ${seedGuides}`),
    'iam:ListUsers': because('Recommendations: inactive IAM users', `${publishedDocs}; ${seedGuides}`),
    's3:GetAnalyticsConfiguration': because('Recommendations: S3 storage class analysis', publishedDocs),
    's3:GetBucketAcl': because('Recommendations: public buckets (ACL grants to everyone)', `${publishedDocs}; ${forkAdapter} (_get_bucket_public_settings)`),
    's3:GetBucketLocation': because("Resource discovery: each bucket's region", `${publishedDocs}; ${forkAdapter} (discover_bucket_info)`),
    's3:GetBucketPolicy': because('Recommendations: public buckets (bucket policy)', publishedDocs),
    's3:GetBucketPolicyStatus': because('Recommendations: public buckets (policy status)', `${publishedDocs}; ${forkAdapter} (_get_bucket_public_settings)`),
    's3:GetBucketPublicAccessBlock': because('Recommendations: public buckets (Block Public Access settings)', `${publishedDocs}; ${forkAdapter} (_get_bucket_public_settings)`),
    's3:GetBucketTagging': because("Resource discovery: each bucket's tags", `${publishedDocs}; ${forkAdapter} (discover_bucket_info)`),
    's3:GetIntelligentTieringConfiguration': because('Recommendations: S3 Intelligent-Tiering', publishedDocs),
    's3:GetLifecycleConfiguration': because('Recommendations: S3 lifecycle rules', publishedDocs),
    's3:GetMetricsConfiguration': because('Recommendations: S3 request metrics', publishedDocs),
    's3:GetObject': because('Data source checks: reads export files from the billing bucket', publishedDocs),
    's3:ListAllMyBuckets': because('Resource discovery: lists the buckets', `${publishedDocs}; ${forkAdapter} (bucket_discovery_calls)`),
    's3:ListBucket': because('Data source checks: lists export files in the billing bucket', publishedDocs),
    'ec2:StartInstances': because('Power schedules (opt-in): starts instances on the schedule you set', forkPolicyGenerator),
    'ec2:StopInstances': because('Power schedules (opt-in): stops instances on the schedule you set', forkPolicyGenerator),
    'rds:DescribeDBInstances': because('Resource discovery (newer OptScale): RDS instances', `${upstreamAdapter} (rds_instance_discovery_calls)`),
    'redshift-serverless:ListWorkgroups': because('Resource discovery (newer OptScale): Redshift Serverless workgroups', `${upstreamAdapter} (redshift_serverless_discovery_calls)`),
    'redshift-serverless:ListTagsForResource': because("Resource discovery (newer OptScale): Redshift Serverless workgroups' tags", `${upstreamAdapter} (redshift_serverless_discovery_calls)`),
    'emr-serverless:ListApplications': because('Resource discovery (newer OptScale): EMR Serverless applications', `${upstreamAdapter} (emr_application_discovery_calls)`),
    'emr-serverless:ListTagsForResource': because("Resource discovery (newer OptScale): EMR Serverless applications' tags", `${upstreamAdapter} (emr_application_discovery_calls)`),
  },
  optionalStatements: [
    {
      when: 'powerSchedules',
      statement: { Sid: statementIds.powerSchedules, Effect: 'Allow', Action: ['ec2:StartInstances', 'ec2:StopInstances'], Resource: '*' },
    },
    {
      when: 'databaseAndServerlessDiscovery',
      statement: {
        Sid: statementIds.databaseAndServerlessDiscovery,
        Effect: 'Allow',
        Action: [
          'rds:DescribeDBInstances',
          'redshift-serverless:ListWorkgroups',
          'redshift-serverless:ListTagsForResource',
          'emr-serverless:ListApplications',
          'emr-serverless:ListTagsForResource',
        ],
        Resource: '*',
      },
    },
  ],
  variants: {
    published: {
      source: publishedDocs,
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: statementIds.resourceDiscovery,
            Effect: 'Allow',
            Action: [
              'bcm-data-exports:GetExport',
              'bcm-data-exports:ListExports',
              'cloudwatch:GetMetricData',
              'cloudwatch:GetMetricStatistics',
              'cur:DescribeReportDefinitions',
              'ec2:Describe*',
              'elasticloadbalancing:Describe*',
              'iam:GetAccessKeyLastUsed',
              'iam:GetLoginProfile',
              'iam:ListAccessKeys',
              'iam:ListUsers',
              's3:GetAnalyticsConfiguration',
              's3:GetBucketAcl',
              's3:GetBucketLocation',
              's3:GetBucketPolicy',
              's3:GetBucketPolicyStatus',
              's3:GetBucketPublicAccessBlock',
              's3:GetBucketTagging',
              's3:GetIntelligentTieringConfiguration',
              's3:GetLifecycleConfiguration',
              's3:GetMetricsConfiguration',
              's3:GetObject',
              's3:ListAllMyBuckets',
              's3:ListBucket',
            ],
            Resource: '*',
          },
        ],
      },
      added: [
        {
          action: 'cloudwatch:GetMetricData',
          reason:
            "The platform's own policy generator grants it to payer and linked accounts since 2025-12 and its cloud adapter calls it; the docs (2026-01) still omit it, and without it a recommendation silently returns nothing.",
          source: `${forkPolicyGenerator}; ${forkAdapter}, checked ${checked}`,
        },
      ],
    },
    seed: {
      source: seedGuides,
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: statementIds.seedResourceDiscovery,
            Effect: 'Allow',
            Action: [
              's3:GetBucketPublicAccessBlock',
              's3:GetBucketPolicyStatus',
              's3:GetBucketTagging',
              'iam:GetAccessKeyLastUsed',
              'cloudwatch:GetMetricStatistics',
              's3:GetBucketAcl',
              'ec2:Describe*',
              's3:ListAllMyBuckets',
              'iam:ListUsers',
              's3:GetBucketLocation',
              'iam:GetLoginProfile',
              'cur:DescribeReportDefinitions',
              'iam:ListAccessKeys',
            ],
            Resource: '*',
          },
        ],
      },
    },
  },
};
