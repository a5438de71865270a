import { statementIds } from './statement-ids';
import { slot } from './template-slots';
import type { ActionReason, PolicyTemplate } from './template-types';

const bucketArn = `arn:aws:s3:::${slot('bucketName')}`;
const objectsArn = `${bucketArn}/*`;

const awsDataExportsGuide = 'AWS Data Exports user guide, "Setting up an Amazon S3 bucket for data exports"';
const awsLegacyCurGuide = 'AWS Cost and Usage Reports user guide, "Setting up an Amazon S3 bucket for Cost and Usage Reports"';
const cloudynGuide = 'Cloudyn guide "Connect an Amazon Web Services account" (seed 004)';
const because = (feature: string, source: string): ActionReason => ({ feature, source, checked: '2026-12' });

/**
 * Lets AWS deliver Data Exports (CUR 2.0) and legacy CUR files into the bucket, only for exports of
 * this account. Identical to AWS's documented policy apart from our Sid.
 */
export const dataExportsBucketPolicy: PolicyTemplate = {
  id: 'dataExportsBucketPolicy',
  kind: 'bucket',
  title: 'Bucket policy for Data Exports delivery',
  variesBy: 'nothing',
  reasons: {
    's3:PutObject': because('AWS delivers the Data Export (and legacy CUR) files', `${awsDataExportsGuide}; FinOps for Cloud guide (seed 002)`),
    's3:GetBucketPolicy': because('AWS checks the bucket policy before it delivers', `${awsDataExportsGuide}; FinOps for Cloud guide (seed 002)`),
  },
  variants: {
    standard: {
      source: `${awsDataExportsGuide}; FinOps for Cloud guide (seed 002)`,
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: statementIds.dataExportsDelivery,
            Effect: 'Allow',
            Principal: { Service: ['billingreports.amazonaws.com', 'bcm-data-exports.amazonaws.com'] },
            Action: ['s3:PutObject', 's3:GetBucketPolicy'],
            Resource: [objectsArn, bucketArn],
            Condition: {
              StringLike: {
                'aws:SourceAccount': slot('accountId'),
                // Data Exports is a us-east-1 service whatever the bucket's region.
                'aws:SourceArn': [
                  `arn:aws:cur:us-east-1:${slot('accountId')}:definition/*`,
                  `arn:aws:bcm-data-exports:us-east-1:${slot('accountId')}:export/*`,
                ],
              },
            },
          },
        ],
      },
    },
  },
};

// AWS's own account that delivered legacy detailed billing reports; it is AWS's, not Cloudyn's.
const awsBillingDeliveryAccount = 'arn:aws:iam::386209384616:root';

// AWS's documented conditions: only this account's legacy CUR report definitions may deliver.
const thisAccountsLegacyReports = {
  StringEquals: { 'aws:SourceAccount': slot('accountId') },
  // Report definitions live in us-east-1 whatever the bucket's region.
  ArnLike: { 'aws:SourceArn': `arn:aws:cur:us-east-1:${slot('accountId')}:definition/*` },
};

/**
 * Cloudyn's billing bucket policy (seed 004): AWS delivers the reports, Cloudyn's read-only identity
 * reads them. Cloudyn reads the legacy CUR, which AWS's billing service (billingreports.amazonaws.com)
 * delivers today, so the policy also carries AWS's documented statements for it.
 */
export const cloudynBucketPolicy: PolicyTemplate = {
  id: 'cloudynBucketPolicy',
  kind: 'bucket',
  title: 'Bucket policy for Cloudyn billing reports',
  variesBy: 'nothing',
  reasons: {
    's3:GetBucketAcl': because('AWS checks who owns the bucket before it delivers billing reports', `${cloudynGuide}; ${awsLegacyCurGuide}`),
    's3:GetBucketPolicy': because('AWS checks the bucket policy before it delivers billing reports', `${cloudynGuide}; ${awsLegacyCurGuide}`),
    's3:PutObject': because('AWS delivers the billing reports (legacy CUR) into the bucket', `${cloudynGuide}; ${awsLegacyCurGuide}`),
    's3:List*': because("Cloudyn's read-only identity lists the billing report files", cloudynGuide),
    's3:Get*': because("Cloudyn's read-only identity downloads the billing report files", cloudynGuide),
  },
  variants: {
    standard: {
      source: `${cloudynGuide}, Sids renamed, policy Id dropped so it merges into an existing policy; plus ${awsLegacyCurGuide}`,
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: statementIds.legacyCurBucketCheck,
            Effect: 'Allow',
            Principal: { Service: 'billingreports.amazonaws.com' },
            Action: ['s3:GetBucketAcl', 's3:GetBucketPolicy'],
            Resource: bucketArn,
            Condition: thisAccountsLegacyReports,
          },
          {
            Sid: statementIds.legacyCurDelivery,
            Effect: 'Allow',
            Principal: { Service: 'billingreports.amazonaws.com' },
            Action: 's3:PutObject',
            Resource: objectsArn,
            Condition: thisAccountsLegacyReports,
          },
          {
            Sid: statementIds.cloudynBucketCheck,
            Effect: 'Allow',
            Principal: { AWS: awsBillingDeliveryAccount },
            Action: ['s3:GetBucketAcl', 's3:GetBucketPolicy'],
            Resource: bucketArn,
          },
          {
            Sid: statementIds.cloudynBillingDelivery,
            Effect: 'Allow',
            Principal: { AWS: awsBillingDeliveryAccount },
            Action: 's3:PutObject',
            Resource: objectsArn,
          },
          {
            Sid: statementIds.cloudynReadOnlyAccess,
            Effect: 'Allow',
            Principal: { AWS: slot('readOnlyPrincipalArn') },
            // As published: on objects only, so List* here covers object-level listing, not ListBucket.
            Action: ['s3:List*', 's3:Get*'],
            Resource: objectsArn,
          },
        ],
      },
    },
  },
};
