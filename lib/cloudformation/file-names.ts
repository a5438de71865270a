import type { AccountType, AuthMethod, PlatformProfile } from '../platforms/platform-profile';

export type DownloadFormat = 'json' | 'yaml' | 'sh';

/** `FinOps for Cloud` → `finops-for-cloud`: safe in file names on every system. */
export const platformSlug = (platform: PlatformProfile): string =>
  platform.displayName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'finops-platform';

/** `finops-for-cloud-management-role.yaml`, `cloudyn-member-user.sh`. */
export const accountFileName = (platform: PlatformProfile, accountType: AccountType, authMethod: AuthMethod, format: DownloadFormat): string =>
  `${platformSlug(platform)}-${accountType}-${authMethod === 'assumedRole' ? 'role' : 'user'}.${format}`;

/** `finops-for-cloud-member-accounts-stackset.yaml`. */
export const stackSetFileName = (platform: PlatformProfile, format: Exclude<DownloadFormat, 'sh'>): string => `${platformSlug(platform)}-member-accounts-stackset.${format}`;

export const mediaTypes: Record<DownloadFormat, string> = {
  json: 'application/json',
  yaml: 'application/yaml',
  sh: 'text/x-shellscript',
};
