import { templatesFor } from './platform-lookup';
import type { AccountType, AuthMethod, PlatformProfile } from './platform-profile';

/** The policies the role or user gets, by the names the console lists them under. */
export function attachedPolicyNames(platform: PlatformProfile, accountType: AccountType, authMethod: AuthMethod): string[] {
  const ours = templatesFor(platform, accountType, authMethod)
    .map((templateId) => platform.names.policyNames[templateId])
    .filter((name): name is string => name !== undefined);
  return [...ours, ...platform.setup[accountType].awsManagedPolicies];
}

/** `arn:aws:iam::432263259397:root` or `…:user/x` → `432263259397`. */
export function trustedAccountOf(platform: PlatformProfile): string | undefined {
  return /^arn:aws[\w-]*:iam::(\d{12}):/.exec(platform.trust.trustedPrincipal)?.[1];
}
