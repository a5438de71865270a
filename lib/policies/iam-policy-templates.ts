import { statementIds } from './statement-ids';
import { slot } from './template-slots';
import type { PolicyTemplate } from './template-types';

const bucketArn = `arn:aws:s3:::${slot('bucketName')}`;
const objectsArn = `${bucketArn}/*`;

const publishedDocs = 'FinOps for Cloud docs, "Configure AWS access" (softwareone-platform/finops-docs, configure-aws-access.md)';

/** Lets the platform read the data export files from the bucket (management and standalone accounts). */
export const billingImportPolicy: PolicyTemplate = {
  id: 'billingImportPolicy',
  kind: 'managed',
  title: 'Billing import policy',
  variesBy: 'policyVariant',
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
    },
    seed: {
      source: 'FinOps for Cloud guides "AWS Root Account…" and "AWS Linked" (seeds 002, 003)',
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
