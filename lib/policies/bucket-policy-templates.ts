import { statementIds } from './statement-ids';
import { slot } from './template-slots';
import type { PolicyTemplate } from './template-types';

const bucketArn = `arn:aws:s3:::${slot('bucketName')}`;
const objectsArn = `${bucketArn}/*`;

/**
 * Lets AWS deliver Data Exports (CUR 2.0) and legacy CUR files into the bucket, only for exports of
 * this account. Identical to AWS's documented policy apart from our Sid.
 */
export const dataExportsBucketPolicy: PolicyTemplate = {
  id: 'dataExportsBucketPolicy',
  kind: 'bucket',
  title: 'Bucket policy for Data Exports delivery',
  variesBy: 'nothing',
  variants: {
    standard: {
      source: 'AWS Data Exports user guide, "Setting up an Amazon S3 bucket for data exports"; FinOps for Cloud guide (seed 002)',
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

/** Cloudyn's billing bucket policy (seed 004): AWS delivers the reports, Cloudyn's read-only identity reads them. */
export const cloudynBucketPolicy: PolicyTemplate = {
  id: 'cloudynBucketPolicy',
  kind: 'bucket',
  title: 'Bucket policy for Cloudyn billing reports',
  variesBy: 'nothing',
  variants: {
    standard: {
      source: 'Cloudyn guide "Connect an Amazon Web Services account" (seed 004); Sids renamed, policy Id dropped so it merges into an existing policy',
      document: {
        Version: '2012-10-17',
        Statement: [
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
