import type { ReplicaDataExport } from '../../contract';

/**
 * The export's "S3 destination" as its details page shows it: `s3://BUCKET/PREFIX`, bucket and prefix
 * only (aws_export_path.png); a legacy CUR export shows the bucket only (pjvenda legacy details page).
 */
export const s3Destination = (row: Pick<ReplicaDataExport, 'bucket' | 'prefix' | 'type'>) =>
  row.type === 'Legacy CUR export' || !row.prefix ? `s3://${row.bucket}` : `s3://${row.bucket}/${row.prefix.replace(/^\/+|\/+$/g, '')}`;

export const statusType = (status: string) =>
  status === 'Healthy' ? 'success' : status === 'Pending' ? 'pending' : status === 'Unhealthy' ? 'error' : 'info';

export const EXPORT_NAME = /^[0-9A-Za-z\-_]{1,128}$/;
// "Valid prefix names must not include trailing "/" or "."" (aws_create_export.png).
export const PATH_PREFIX = /^(?![/.])[0-9A-Za-z!\-_.*'()/]{1,512}(?<![/.])$/;
export const BUCKET_NAME = /^(?!xn--|sthree-|amzn-s3-demo-)(?!.*\.\.)(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Regions as the console's Region select names them (assumed: the usual console names). */
export const regionNames: Record<string, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-2': 'US West (Oregon)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-central-1': 'Europe (Frankfurt)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
};

/**
 * The policy the "Configure S3 bucket" modal shows and applies (its Sid is on the screenshots; the
 * rest follows AWS's Data Exports guide). Applying it *replaces* the bucket's whole policy.
 */
export function dataExportsDeliveryPolicy(bucket: string, account: string): string {
  return JSON.stringify(
    {
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
              'aws:SourceArn': [`arn:aws:cur:us-east-1:${account}:definition/*`, `arn:aws:bcm-data-exports:us-east-1:${account}:export/*`],
              'aws:SourceAccount': account,
            },
          },
        },
      ],
    },
    null,
    2,
  );
}
