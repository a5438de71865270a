// The S3 client is the largest part of the SDK; only accounts with their own billing export need it,
// so run.ts loads this module on demand and a member account's verification never downloads it.
export { GetBucketLocationCommand, GetBucketPolicyCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
