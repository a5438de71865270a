import { plainValuesFor, valuesFor } from '../onboarding/progress';
import type { AccountProgress } from '../onboarding/state-schema';
import { finopsForCloud } from '../platforms/finops-for-cloud';
import { platformFromChoice, type PlatformChoice } from '../platforms/platform-choice';
import type { AccountType, AuthMethod, PlatformProfile } from '../platforms/platform-profile';
import type { ValueKind } from '../values';
import { defaultSetupChoice, storedSetupOf, type StoredSetup } from './choice';

/** An account's setup ready to work with: the platform rebuilt, and the values documents and buttons may use. */
export interface ResolvedSetup {
  platform: PlatformProfile;
  accountType: AccountType;
  authMethod: AuthMethod;
  accountId?: string;
  values: Partial<Record<ValueKind, string>>;
  /** Set when the stored setup couldn't be used and defaults stand in; the UI should say so. */
  problem?: string;
}

// Until the person confirms them, suggested export names must not end up in a policy: a wrong bucket
// name would be a policy that silently grants nothing. Suggested names are fine in a name field.
const suggestionsWeMayUse: ReadonlySet<ValueKind> = new Set(['roleName', 'userName', 'trustedPrincipal', 'exportName', 'exportPathPrefix']);

/** The values a document or a console button may use: read or typed, plus the suggestions above. */
function usableValues(account: AccountProgress): Partial<Record<ValueKind, string>> {
  const known = valuesFor(account);
  return Object.fromEntries(Object.entries(plainValuesFor(account)).filter(([kind]) => known[kind as ValueKind]?.source !== 'default' || suggestionsWeMayUse.has(kind as ValueKind)));
}

const defaultStored = storedSetupOf(defaultSetupChoice)!;

/** What resolving needs of a setup: the platform as chosen (defaults may still be unfilled), account type and authentication. */
export type SetupToResolve = Pick<StoredSetup, 'accountType' | 'authMethod'> & { platform: PlatformChoice };

/** A stored setup with the values given; when its platform can't be rebuilt, FinOps for Cloud stands in and `problem` says why. */
export function resolveSetup(stored: SetupToResolve, values: Partial<Record<ValueKind, string>>, accountId?: string): ResolvedSetup {
  const platform = platformFromChoice(stored.platform);
  const usable = { ...values };
  const id = accountId ?? usable.accountId;
  if (id) usable.accountId = id;
  delete usable.secretAccessKey;
  return {
    platform: platform.ok ? platform.value : finopsForCloud,
    accountType: stored.accountType,
    authMethod: stored.authMethod,
    ...(id === undefined ? {} : { accountId: id }),
    values: usable,
    ...(platform.ok ? {} : { problem: unusablePlatformProblem(stored, platform.problem.message) }),
  };
}

/**
 * The setup of one tracked account, for the console buttons and the side panel's documents alike;
 * an account not tracked yet gets the defaults until the person chooses.
 */
export function resolveAccountSetup(account: AccountProgress | undefined, accountId: string | undefined): ResolvedSetup {
  return account ? resolveSetup(account, usableValues(account), accountId) : resolveSetup(defaultStored, {}, accountId);
}

function unusablePlatformProblem(stored: SetupToResolve, message: string): string {
  // Self-hosted OptScale settings are typed by the person, so say which one to fix.
  if (stored.platform.id === 'customOptScale') {
    return `Your self-hosted OptScale settings can't be used: ${message} Until you fix them in the side panel, the buttons use FinOps for Cloud defaults.`;
  }
  return `Your saved choices couldn't be used (${message}), so the buttons use FinOps for Cloud defaults. Open the side panel to choose again.`;
}
