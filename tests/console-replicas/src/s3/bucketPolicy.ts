import { initialBucketPolicy } from '../shell/options';
import { listOf } from '../shell/policyDocument';
import type { LabelKey } from '../shell/i18n';
import type { ReplicaState } from '../../contract';

/** The bucket's policy now: the last saved edit, else what the page started with. */
export function currentBucketPolicy(state: ReplicaState, bucket: string): string | null {
  return bucket in state.bucketPolicies ? (state.bucketPolicies[bucket] ?? null) : initialBucketPolicy(bucket);
}

const MAX_POLICY_BYTES = 20 * 1024;

/** What S3's PutBucketPolicy would reject, as the label of the error it shows; null when fine. */
export function bucketPolicyProblem(text: string, bucket: string): LabelKey | null {
  if (new TextEncoder().encode(text).length > MAX_POLICY_BYTES) return 'policyTooLarge';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'policyInvalidJson';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'policyInvalidJson';
  const statement = (parsed as { Statement?: unknown }).Statement;
  const statements = (Array.isArray(statement) ? statement : [statement]).filter(
    (entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null,
  );
  if (statements.length === 0) return 'policyInvalidJson';
  const bucketArn = `arn:aws:s3:::${bucket}`;
  for (const entry of statements) {
    if (entry.Principal === undefined && entry.NotPrincipal === undefined) return 'policyMissingPrincipal';
    const resources = [...listOf(entry.Resource), ...listOf(entry.NotResource)];
    if (resources.length === 0 || !resources.every((resource) => resource === bucketArn || resource.startsWith(`${bucketArn}/`))) {
      return 'policyInvalidResource';
    }
  }
  return null;
}
