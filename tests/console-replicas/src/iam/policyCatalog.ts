import { t } from '../shell/i18n';
import type { ReplicaState } from '../../contract';

export interface ManagedPolicy {
  name: string;
  type: string;
  description: string;
}

// A slice of the account's policy list: enough that the FinOps policies sit beyond the first
// page and have to be searched for, as in a real account.
const awsManaged: [string, string][] = [
  ['AdministratorAccess', 'Provides full access to AWS services and resources.'],
  ['AmazonEC2FullAccess', 'Provides full access to Amazon EC2 via the AWS Management Console.'],
  ['AmazonEC2ReadOnlyAccess', 'Provides read only access to Amazon EC2 via the AWS Management Console.'],
  ['AmazonS3FullAccess', 'Provides full access to all buckets via the AWS Management Console.'],
  ['AmazonS3ReadOnlyAccess', 'Provides read only access to all buckets via the AWS Management Console.'],
  ['AWSBillingReadOnlyAccess', 'Allows users to view bills on the Billing Console.'],
  ['AWSBudgetsReadOnlyAccess', 'Allows read only access to AWS Budgets.'],
  ['AWSCloudTrail_ReadOnlyAccess', 'Provides read only access to AWS CloudTrail.'],
  ['AWSOrganizationsReadOnlyAccess', 'Provides read-only access to AWS Organizations.'],
  ['AWSSupportAccess', 'Allow users to access the AWS Support Center.'],
  ['Billing', 'Grants permissions for billing and cost management.'],
  ['CloudWatchReadOnlyAccess', 'Provides read only access to CloudWatch.'],
  ['CostOptimizationHubReadOnlyAccess', 'Provides read-only access to Cost Optimization Hub.'],
  ['IAMFullAccess', 'Provides full access to IAM via the AWS Management Console.'],
  ['IAMReadOnlyAccess', 'Provides read only access to IAM via the AWS Management Console.'],
  ['PowerUserAccess', 'Provides full access to AWS services and resources, but does not allow management of Users and groups.'],
  ['ReadOnlyAccess', 'Provides read-only access to AWS services and resources.'],
  ['SecurityAudit', 'The security audit template grants access to read security configuration metadata.'],
  ['ViewOnlyAccess', 'This policy grants permissions to view resources and basic metadata across all AWS services.'],
];
const jobFunctions = new Set(['AdministratorAccess', 'Billing', 'PowerUserAccess', 'ReadOnlyAccess', 'SecurityAudit', 'ViewOnlyAccess']);

const customerManagedSeed: [string, string][] = [
  ['FinOpsForCloudBillingImport', 'Read access to the billing export bucket for FinOps for Cloud'],
  ['FinOpsForCloudResourceDiscovery', 'Resource discovery for FinOps for Cloud'],
];

export function policyCatalog(state: ReplicaState): ManagedPolicy[] {
  const customer = new Map<string, string>(customerManagedSeed);
  for (const [name, policy] of Object.entries(state.policies)) customer.set(name, policy.description);
  const policies: ManagedPolicy[] = [
    ...awsManaged.map(([name, description]) => ({ name, description, type: jobFunctions.has(name) ? t('awsManagedJobFunction') : t('awsManaged') })),
    ...[...customer.entries()].map(([name, description]) => ({ name, description, type: t('customerManaged') })),
  ];
  return policies.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}

/** IAM names: roles and users up to 64, policies up to 128 of [\w+=,.@-]. */
export const isValidIamName = (name: string, maxLength: number) => new RegExp(`^[\\w+=,.@-]{1,${maxLength}}$`).test(name);
