import type { AccountSetup, AccountType } from './platform-profile';

const trustPolicyForRoles = { templateId: 'trustPolicy', authMethods: ['assumedRole'] } as const;

const payingAccount: AccountSetup = {
  policies: [{ templateId: 'dataExportsBucketPolicy' }, { templateId: 'billingImportPolicy' }, { templateId: 'resourceDiscoveryPolicy' }, trustPolicyForRoles],
  awsManagedPolicies: [],
  needsDataExport: true,
};

/**
 * What OptScale-based platforms (FinOps for Cloud, self-hosted OptScale) need per account type. A
 * member account's costs arrive in its management account's export, so it only needs discovery.
 */
export const optScaleAccountSetup: Record<AccountType, AccountSetup> = {
  management: payingAccount,
  standalone: payingAccount,
  member: { policies: [{ templateId: 'resourceDiscoveryPolicy' }, trustPolicyForRoles], awsManagedPolicies: [], needsDataExport: false },
};
