/**
 * What the fake AWS knows: keys and who they belong to, each account's IAM roles/users/groups,
 * managed policies with versions, S3 buckets, and injected faults. Policies may be given as
 * documents or as raw text (to serve broken JSON).
 */
import type { PolicyDocument } from '../../../lib/policies/document';

export type PolicyText = PolicyDocument | string;

export interface FakeKey {
  accessKeyId: string;
  secretAccessKey: string;
  /** Required on requests when set (temporary `ASIA…` keys). */
  sessionToken?: string;
  /** What GetCallerIdentity returns: `arn:aws:iam::ACCOUNT:user/NAME`, `…:root`, `arn:aws:sts::ACCOUNT:assumed-role/R/S`. */
  arn: string;
  /** Every request with this key is answered ExpiredToken. */
  expired?: boolean;
  /**
   * IAM and S3 actions answered AccessDenied for this key, wildcards allowed: `['iam:*']`,
   * `['s3:GetBucketLocation']`. GetCallerIdentity always works, as in AWS.
   */
  denied?: string[];
}

export interface FakePolicies {
  /** ARNs of managed policies (in `managedPolicies`). */
  attached?: string[];
  /** Inline policies by name. */
  inline?: Record<string, PolicyText>;
}

export interface FakeRole extends FakePolicies {
  trustPolicy: PolicyText;
}

export interface FakeUser extends FakePolicies {
  groups?: string[];
}

export interface FakeAccount {
  roles?: Record<string, FakeRole>;
  users?: Record<string, FakeUser>;
  groups?: Record<string, FakePolicies>;
}

export interface FakeManagedPolicy {
  /** Defaults to the last version listed. */
  defaultVersionId?: string;
  versions: Record<string, PolicyText>;
  /** When each version was created (ISO), for versions the fake created itself. */
  created?: Record<string, string>;
  description?: string;
}

export interface FakeBucket {
  region: string;
  /** What GetBucketLocation returns when it isn't the region as is (e.g. `EU`); us-east-1 returns an empty element. */
  locationConstraint?: string;
  policy?: PolicyText;
  objects?: string[];
}

export interface FakeOrganization {
  id: string;
  rootId: string;
  managementAccountId: string;
  /** Every account but the management one, each in the root unless an OU is given. */
  members: Array<{ id: string; name: string; email?: string; ou?: string }>;
}

export interface FakeStackInstance {
  account: string;
  region: string;
  organizationalUnitId: string;
  status: 'CURRENT' | 'OUTDATED' | 'INOPERABLE';
}

export interface FakeStackSet {
  id: string;
  templateBody: string;
  permissionModel: string;
  autoDeployment: { Enabled: boolean; RetainStacksOnAccountRemoval: boolean };
  capabilities: string[];
  description?: string;
  instances: FakeStackInstance[];
}

export interface FakeAwsScenario {
  /** AWS Organizations, as the management account sees it. */
  organization?: FakeOrganization;
  /** CloudFormation's trusted access with Organizations (ActivateOrganizationsAccess). */
  organizationsAccess?: boolean;
  /** StackSets in the caller's account, by name. */
  stackSets?: Record<string, FakeStackSet>;
  keys: FakeKey[];
  accounts: Record<string, FakeAccount>;
  /** By ARN, for AWS managed (`arn:aws:iam::aws:policy/…`) and customer managed policies alike. */
  managedPolicies?: Record<string, FakeManagedPolicy>;
  buckets?: Record<string, FakeBucket>;
  faults?: {
    /** The first N requests (any service) are answered Throttling (STS/IAM) or SlowDown (S3). */
    throttleFirst?: number;
    /** Count and throttle only this service's requests. */
    throttleOnly?: 'sts' | 'iam' | 's3';
  };
  /** Default IAM MaxItems, to make the SDK page through lists. */
  pageSize?: number;
}

export const accountOfArn = (arn: string) => arn.split(':')[4] ?? '';
