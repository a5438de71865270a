import { effectiveAccountType } from '../onboarding/plan';
import type { AccountType, AuthMethod, ExportState } from '../onboarding/plan-types';
import type { AccountProgress } from '../onboarding/state-schema';
import { defaultPlatformChoice, platformChoiceSchema, platformFromChoice, type PlatformChoice } from '../platforms/platform-choice';

/** What the person chose for an account. */
export interface SetupChoice {
  platform: PlatformChoice;
  accountType: AccountType;
  authMethod: AuthMethod;
  exportState: ExportState;
  /** For a member account: false onboards it as standalone (seed 000). Defaults to true. */
  hasManagementAccess?: boolean;
}

/** The setup as progress keeps it for each account. */
export type StoredSetup = Pick<AccountProgress, 'platform' | 'accountType' | 'authMethod' | 'exportState' | 'memberWithoutManagementAccess'>;

/** What applies until the person chooses: FinOps for Cloud, an assumed role, a standalone account, a new export. */
export const defaultSetupChoice: SetupChoice = { platform: defaultPlatformChoice, accountType: 'standalone', authMethod: 'assumedRole', exportState: 'toCreate' };

/** The stored form of a choice (defaults filled in), or undefined when it names no usable platform. */
export function storedSetupOf(choice: SetupChoice): StoredSetup | undefined {
  const platform = platformChoiceSchema.safeParse(choice.platform);
  if (!platform.success || !platformFromChoice(platform.data).ok) return undefined;
  const accountType = effectiveAccountType(choice.accountType, choice.hasManagementAccess ?? true);
  return {
    platform: platform.data,
    accountType,
    authMethod: choice.authMethod,
    exportState: choice.exportState,
    ...(accountType !== choice.accountType ? { memberWithoutManagementAccess: true } : {}),
  };
}

/** The choice as the person made it, from the stored form: a member onboarded as standalone is a member without management access. */
export const setupChoiceOf = (stored: StoredSetup): SetupChoice => ({
  platform: stored.platform,
  accountType: stored.memberWithoutManagementAccess ? 'member' : stored.accountType,
  authMethod: stored.authMethod,
  exportState: stored.exportState,
  ...(stored.memberWithoutManagementAccess ? { hasManagementAccess: false } : {}),
});
