import { startConsoleApp } from '@/page-runtime/console-app';
import reportPage from './console-features/features/report-page';
import watchSuccess from './console-features/features/watch-success';
import bucketPolicy, { keepPermissionsTabCopy } from './console-features/features/bucket-policy';

/** S3: the billing bucket's policy merged with what is there. */
export default defineUnlistedScript(() =>
  startConsoleApp('s3', [
    reportPage,
    watchSuccess,
    bucketPolicy,
    keepPermissionsTabCopy,
  ]),
);
