import { optScaleAccountSetup } from './optscale-account-setup';
import { optScaleConnectForms } from './optscale-connect-form';
import type { IamNames, PlatformProfile } from './platform-profile';

/** The names FinOps for Cloud's docs use; also the defaults for self-hosted OptScale. */
export const finopsForCloudNames: IamNames = {
  roleName: 'FinOpsForCloudAccessRole',
  userName: 'FinOpsForCloudUser',
  policyNames: {
    billingImportPolicy: 'FinOpsForCloudBillingImport',
    resourceDiscoveryPolicy: 'FinOpsForCloudResourceDiscovery',
  },
};

/** FinOps for Cloud by SoftwareOne (built on OptScale). */
export const finopsForCloud: PlatformProfile = {
  id: 'finopsForCloud',
  displayName: 'FinOps for Cloud',
  portal: { origin: 'https://portal.finops.softwareone.com', connectPath: '/cloud-account/connect' },
  names: finopsForCloudNames,
  trust: {
    // The service user FinOps for Cloud assumes roles as (published custom trust policy).
    trustedPrincipal: 'arn:aws:iam::654035049067:user/ffc-service-user',
    externalId: {
      support: 'unsupported',
      reason:
        "FinOps for Cloud doesn't pass an External ID when it assumes the role (its connect form has no field for one), so a trust policy that requires one would stop it from connecting.",
    },
  },
  policyVariant: 'published',
  accountTypes: ['management', 'member', 'standalone'],
  authMethods: ['assumedRole', 'accessKey'],
  setup: optScaleAccountSetup,
  connectForms: optScaleConnectForms,
};

/** FinOps for Cloud with the policies as the original onboarding guides (seeds 002/003) had them. */
export const finopsForCloudSeedPolicies: PlatformProfile = { ...finopsForCloud, policyVariant: 'seed' };
