import { recognisePage } from '@/lib/console/pages';
import type { ValueKind } from '@/lib/values';
import { defineFeature } from '@/page-runtime/feature';

/** Tell the side panel where the user is, and pass on the names the URL carries (bucket and its region on S3 pages). */
export default defineFeature({
  id: 'report-page',
  runsOn: [(url) => recognisePage(url) !== undefined],
  init(_signal, context) {
    const match = context.page!;
    const accountId = context.accountId();
    const { page, region: _region, ...names } = match;
    context.send({ type: 'page-visited', page, url: location.href, accountId, names: names as Record<string, string> });
    const values: Partial<Record<ValueKind, string>> = {};
    if (accountId) values.accountId = accountId;
    if (match.bucketName && (page === 's3-edit-bucket-policy' || page === 's3-bucket-permissions')) {
      values.bucketName = match.bucketName;
      // The S3 console opens a bucket with its own region in the URL: the region the platform reads it in.
      if (match.region) values.region = match.region;
    }
    if (Object.keys(values).length > 0) context.send({ type: 'values-read', page, accountId, values });
  },
});
