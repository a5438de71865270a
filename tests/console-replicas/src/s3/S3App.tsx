// Evidence: none for routing — path routes from temitope_s3-edit-bucket-policy-url-bar-and-
//   editor.png and facts.md section 2.
// Assumed without evidence: route shapes other than the edit-policy URL.
import { useLocation } from '../shell/router';
import { BucketPage } from './BucketPage';
import { BucketsListPage } from './BucketsListPage';
import { EditBucketPolicyPage } from './EditBucketPolicyPage';

// S3 routes by path (history API): /s3/buckets/NAME, /s3/bucket/NAME/property/policy/edit
export function S3App() {
  const { path } = useLocation();
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [, section, bucket, property, feature, action] = segments;
  if (section === 'bucket' && bucket && property === 'property' && feature === 'policy' && action === 'edit') {
    return <EditBucketPolicyPage key={bucket} bucket={bucket} />;
  }
  if (section === 'buckets' && bucket) return <BucketPage key={bucket} bucket={bucket} />;
  return <BucketsListPage />;
}
