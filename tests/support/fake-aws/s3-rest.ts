/**
 * S3 over REST-XML, path-style (`/BUCKET?policy`): GetBucketLocation, GetBucketPolicy (JSON body),
 * ListObjectsV2 (`ListBucketResult`), `<Error>` bodies with S3's codes, and 301
 * PermanentRedirect + `x-amz-bucket-region` when a bucket-scoped request is signed for another
 * region (the fake treats the SigV4 signing region as the regional endpoint that was called).
 * Modelled on the Amazon S3 API reference.
 */
import { randomUUID } from 'node:crypto';
import type { FakeAwsScenario } from './scenario';
import { el, raw, xmlResponse, type FakeResponse } from './xml';

const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';

export function s3Error(status: number, code: string, message: string, extra = '', headers: Record<string, string> = {}): FakeResponse {
  return xmlResponse(status, raw('Error', el('Code', code) + el('Message', message) + extra + el('RequestId', randomUUID().slice(0, 16)) + el('HostId', 'fake-aws')), headers);
}

export interface S3Request {
  bucket: string;
  query: URLSearchParams;
  /** The IAM action this request needs, e.g. `s3:GetBucketPolicy`. */
  action: string;
  /** The API operation, e.g. `GetBucketPolicy`. */
  operation: string;
}

/** Which operation a path-style request is; undefined for anything this fake doesn't serve. */
export function parseS3Request(method: string, path: string, rawQuery: string): S3Request | undefined {
  const query = new URLSearchParams(rawQuery);
  const [, bucketPart = '', ...keyParts] = path.split('/');
  const bucket = decodeURIComponent(bucketPart);
  // Bucket operations only: `/bucket` or `/bucket/` (the SDK sends the latter).
  if (method !== 'GET' || !bucket || keyParts.join('/') !== '') return undefined;
  if (query.has('location')) return { bucket, query, action: 's3:GetBucketLocation', operation: 'GetBucketLocation' };
  if (query.has('policy')) return { bucket, query, action: 's3:GetBucketPolicy', operation: 'GetBucketPolicy' };
  if (query.get('list-type') === '2') return { bucket, query, action: 's3:ListBucket', operation: 'ListObjectsV2' };
  return undefined;
}

export function handleS3(request: S3Request, signingRegion: string, isDenied: boolean, denialMessage: string, scenario: FakeAwsScenario): FakeResponse {
  const { bucket: name, query, operation } = request;
  const bucket = scenario.buckets?.[name];
  if (!bucket) return s3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', el('BucketName', name));

  // GetBucketLocation answers from any region; everything else must reach the bucket's region.
  if (operation !== 'GetBucketLocation' && signingRegion !== bucket.region) {
    return s3Error(
      301,
      'PermanentRedirect',
      'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
      el('Endpoint', `${name}.s3.${bucket.region}.amazonaws.com`) + el('Bucket', name),
      { 'x-amz-bucket-region': bucket.region },
    );
  }
  if (isDenied) return s3Error(403, 'AccessDenied', denialMessage);

  switch (operation) {
    case 'GetBucketLocation': {
      const constraint = bucket.locationConstraint ?? (bucket.region === 'us-east-1' ? '' : bucket.region);
      const body = constraint ? `<LocationConstraint xmlns="${S3_NS}">${constraint}</LocationConstraint>` : `<LocationConstraint xmlns="${S3_NS}"/>`;
      return xmlResponse(200, body);
    }
    case 'GetBucketPolicy': {
      if (bucket.policy === undefined) return s3Error(404, 'NoSuchBucketPolicy', 'The bucket policy does not exist', el('BucketName', name));
      const body = typeof bucket.policy === 'string' ? bucket.policy : JSON.stringify(bucket.policy);
      return { status: 200, headers: { 'content-type': 'application/json' }, body };
    }
    default: {
      const prefix = query.get('prefix') ?? '';
      const maxKeys = Number(query.get('max-keys') ?? 1000);
      const start = Number(query.get('continuation-token') ?? 0);
      const matching = (bucket.objects ?? []).filter((key) => key.startsWith(prefix)).sort();
      const slice = matching.slice(start, start + maxKeys);
      const truncated = start + maxKeys < matching.length;
      const contents = slice
        .map((key) => raw('Contents', el('Key', key) + el('LastModified', '2025-01-16T04:00:00.000Z') + el('ETag', '"9b2cf535f27731c974343645a3985328"') + el('Size', 1024) + el('StorageClass', 'STANDARD')))
        .join('');
      const body =
        `<ListBucketResult xmlns="${S3_NS}">` +
        el('Name', name) +
        el('Prefix', prefix) +
        el('KeyCount', slice.length) +
        el('MaxKeys', maxKeys) +
        el('IsTruncated', truncated) +
        (truncated ? el('NextContinuationToken', String(start + maxKeys)) : '') +
        contents +
        '</ListBucketResult>';
      return xmlResponse(200, body);
    }
  }
}
