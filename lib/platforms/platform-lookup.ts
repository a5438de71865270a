import type { TemplateId } from '../policies/template-types';
import { cloudyn } from './cloudyn';
import { finopsForCloud } from './finops-for-cloud';
import type { AccountType, AuthMethod, ConnectForm, PlatformProfile } from './platform-profile';

/** The built-in platforms; a self-hosted OptScale comes from `customOptScalePlatform`. */
export const builtInPlatforms: readonly PlatformProfile[] = [finopsForCloud, cloudyn];

/** The platform's connect form for this account type and authentication method, if it has one. */
export const connectFormFor = (platform: PlatformProfile, accountType: AccountType, authMethod: AuthMethod): ConnectForm | undefined =>
  platform.connectForms.find((form) => form.accountType === accountType && form.authMethod === authMethod);

/** The templates this account needs, in order, for the chosen authentication method. */
export const templatesFor = (platform: PlatformProfile, accountType: AccountType, authMethod: AuthMethod): TemplateId[] =>
  platform.setup[accountType].policies
    .filter((policy) => policy.authMethods === undefined || policy.authMethods.includes(authMethod))
    .map((policy) => policy.templateId);

/** Every template the platform uses for any account type or authentication method. */
export const templatesUsedBy = (platform: PlatformProfile): TemplateId[] => [
  ...new Set(platform.accountTypes.flatMap((accountType) => platform.setup[accountType].policies.map((policy) => policy.templateId))),
];
