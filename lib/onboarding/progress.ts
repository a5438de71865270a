/**
 * Onboarding progress for many AWS accounts, kept per 12-digit account ID: a pure reducer and
 * the selectors the side panel needs.
 *
 * The reducer never throws and never stores a secret. An action it can't apply (unknown account,
 * malformed ID or time, a secret access key, an unusable platform) returns the same state object,
 * so callers can tell "nothing changed" by identity. Times come in with the action (`at`, ISO 8601)
 * so the reducer stays pure.
 *
 * Typed values: a rejected value is kept with its problem, so the person sees what they typed and
 * why it was refused; it counts as missing for links and steps. Text shaped like a secret access key
 * is not kept even then (someone pasted the secret into the wrong field).
 */
import type { PageId } from '../console/pages';
import { policyStatements, worthKeeping } from '../policies/restore';
import { platformFromChoice } from '../platforms/platform-choice';
import type { PlatformProfile } from '../platforms/platform-profile';
import { recommendedExportFor } from '../platforms/recommended-export';
import type { Result } from '../result';
import { storedSetupOf, type SetupChoice } from '../setup/choice';
import { parseValue, type ValueKind } from '../values';
import {
  flashCompletesStep,
  plan,
  valueCompletesStep,
  type AccountType,
  type AuthMethod,
  type OnboardingPlan,
  type OnboardingStep,
  type PlainValues,
} from './plan';
import {
  emptyProgressState,
  looksLikeSecretAccessKey,
  type AccountProgress,
  type KnownValue,
  type ProgressState,
  type StepProgress,
  type StoredValueKind,
} from './state-schema';

export type { AccountProgress, KnownValue, ProgressState, StepProgress, StoredValueKind } from './state-schema';
export type { SetupChoice } from '../setup/choice';

export type ProgressAction =
  /** Tracks an account and selects it; for an account already tracked, only the label changes (use choose-setup for the rest). */
  | { type: 'account-added'; accountId: string; label?: string; setup: SetupChoice; from?: 'page' | 'typed'; at: string }
  | { type: 'account-removed'; accountId: string }
  | { type: 'account-selected'; accountId: string }
  | { type: 'account-labelled'; accountId: string; label: string; at: string }
  /** Sets platform, account type, authentication and export state; ticks and values stay. Adds the account if new. */
  | { type: 'choose-setup'; accountId: string; setup: SetupChoice; at: string }
  /** A value seen on a console page; ignored unless it checks out. Completes the step that reads it. */
  | { type: 'value-read'; accountId: string; kind: ValueKind; value: string; page: PageId; at: string }
  /** A value the person entered; kept even when rejected (with its problem). Empty input clears it. */
  | { type: 'value-typed'; accountId: string; kind: ValueKind; input: string; at: string }
  /** A bucket's policy as the S3 console showed it: kept so that what Data Exports replaces can come back. */
  | { type: 'bucket-policy-seen'; accountId: string; bucketName: string; text: string; at: string }
  /** A console success message; completes the steps it confirms and records the name it gives. */
  | { type: 'console-flash'; accountId: string; text: string; page?: PageId; at: string }
  | { type: 'step-done'; accountId: string; stepId: string; by: 'page' | 'user'; at: string }
  | { type: 'step-undone'; accountId: string; stepId: string; at: string }
  | { type: 'step-skipped'; accountId: string; stepId: string; reason: string; at: string }
  /** Accounts from `importProgress`; merged so that no local progress is lost. */
  | { type: 'import'; accounts: Record<string, AccountProgress>; at: string }
  /** Clears the account's ticks and values, keeping its setup, label and ID. */
  | { type: 'reset-account'; accountId: string; at: string };

const isAccountId = (accountId: string) => /^\d{12}$/.test(accountId);
const isTime = (at: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(at) && !Number.isNaN(Date.parse(at));
const isStepId = (stepId: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stepId);

// ---------------------------------------------------------------------------------------------
// Platforms and plans, memoised: 500 accounts share a handful of setups.

const planCache = new Map<string, Result<OnboardingPlan>>();

const setupKey = (account: Pick<AccountProgress, 'platform' | 'accountType' | 'authMethod' | 'exportState'>) =>
  `${JSON.stringify(account.platform)}|${account.accountType}|${account.authMethod}|${account.exportState}`;

/** The account's platform profile, rebuilt from the stored choice. */
export const platformOf = (account: Pick<AccountProgress, 'platform'>): Result<PlatformProfile> => platformFromChoice(account.platform);

/** The account's plan; a problem when its platform can't be rebuilt (e.g. settings no longer valid). */
export function planOf(account: Pick<AccountProgress, 'platform' | 'accountType' | 'authMethod' | 'exportState'>): Result<OnboardingPlan> {
  const key = setupKey(account);
  const cached = planCache.get(key);
  if (cached) return cached;
  const platform = platformOf(account);
  const result: Result<OnboardingPlan> = platform.ok
    ? { ok: true, value: plan(platform.value, account.accountType, account.authMethod, account.exportState) }
    : platform;
  if (planCache.size > 500) planCache.clear();
  planCache.set(key, result);
  return result;
}

const stepsOf = (account: AccountProgress): readonly OnboardingStep[] => {
  const onboarding = planOf(account);
  return onboarding.ok ? onboarding.value.steps : [];
};

// ---------------------------------------------------------------------------------------------
// Reducer helpers

const withAccount = (state: ProgressState, accountId: string, account: AccountProgress): ProgressState => ({
  ...state,
  accounts: { ...state.accounts, [accountId]: account },
});

const cleanLabel = (label: string | undefined) => {
  const trimmed = label?.trim().slice(0, 128);
  return trimmed ? trimmed : undefined;
};

/** Marks done the not-yet-done steps a new value completes. */
function completeByValue(account: AccountProgress, kind: ValueKind, by: StepProgress['by'], at: string): AccountProgress['steps'] {
  let steps = account.steps;
  for (const step of stepsOf(account)) {
    if (valueCompletesStep(step, kind) && steps[step.id]?.status !== 'done') steps = { ...steps, [step.id]: { status: 'done', at, by } };
  }
  return steps;
}

function storeValue(state: ProgressState, accountId: string, kind: ValueKind, known: KnownValue, by: StepProgress['by']): ProgressState {
  const account = state.accounts[accountId];
  if (!account || kind === 'secretAccessKey' || kind === 'accountId') return state;
  const values = { ...account.values, [kind as StoredValueKind]: known };
  const updated: AccountProgress = { ...account, values, updatedAt: known.at };
  return withAccount(state, accountId, known.problem === undefined ? { ...updated, steps: completeByValue(updated, kind, by, known.at) } : updated);
}

/** Keeps the later of two records by `at`; without times, or on a tie, the local one. */
const later = <T extends { at?: string }>(local: T | undefined, imported: T | undefined): T | undefined => {
  if (!local) return imported;
  if (!imported?.at) return local;
  return !local.at || Date.parse(imported.at) > Date.parse(local.at) ? imported : local;
};

function mergeRecords<T extends { at?: string }>(local: Record<string, T>, imported: Record<string, T>): Record<string, T> {
  const merged: Record<string, T> = { ...local };
  for (const [key, record] of Object.entries(imported)) {
    const kept = later(local[key], record);
    if (kept) merged[key] = kept;
  }
  return merged;
}

/** Imported progress joins local progress: nothing local is lost, and the newer record of each step or value wins. */
function mergeAccount(local: AccountProgress, imported: AccountProgress): AccountProgress {
  return {
    ...local,
    label: local.label ?? imported.label,
    steps: mergeRecords(local.steps, imported.steps),
    values: mergeRecords<KnownValue>(local.values as Record<string, KnownValue>, imported.values as Record<string, KnownValue>),
    ...(local.bucketPolicies || imported.bucketPolicies ? { bucketPolicies: { ...imported.bucketPolicies, ...local.bucketPolicies } } : {}),
    updatedAt: Date.parse(imported.updatedAt) > Date.parse(local.updatedAt) ? imported.updatedAt : local.updatedAt,
  };
}

// ---------------------------------------------------------------------------------------------

export function progressReducer(state: ProgressState, action: ProgressAction): ProgressState {
  if ('accountId' in action && !isAccountId(action.accountId)) return state;
  if ('at' in action && !isTime(action.at)) return state;
  if ('stepId' in action && !isStepId(action.stepId)) return state;
  const account = 'accountId' in action ? state.accounts[action.accountId] : undefined;

  switch (action.type) {
    case 'account-added': {
      if (account) {
        const label = cleanLabel(action.label) ?? account.label;
        return { ...withAccount(state, action.accountId, label === undefined ? account : { ...account, label }), currentAccountId: action.accountId };
      }
      const setup = storedSetupOf(action.setup);
      if (!setup) return state;
      const label = cleanLabel(action.label);
      const added: AccountProgress = {
        ...(label === undefined ? {} : { label }),
        ...setup,
        steps: {},
        values: { accountId: { value: action.accountId, source: action.from ?? 'typed', at: action.at } },
        updatedAt: action.at,
      };
      return { ...withAccount(state, action.accountId, added), currentAccountId: action.accountId };
    }

    case 'account-removed': {
      if (!account) return state;
      const { [action.accountId]: _removed, ...accounts } = state.accounts;
      const { currentAccountId: _current, ...rest } = state;
      return state.currentAccountId === action.accountId ? { ...rest, accounts } : { ...state, accounts };
    }

    case 'account-selected':
      return account && state.currentAccountId !== action.accountId ? { ...state, currentAccountId: action.accountId } : state;

    case 'account-labelled': {
      if (!account) return state;
      const { label: _old, ...unlabelled } = account;
      const label = cleanLabel(action.label);
      return withAccount(state, action.accountId, { ...(label === undefined ? unlabelled : { ...unlabelled, label }), updatedAt: action.at });
    }

    case 'choose-setup': {
      const setup = storedSetupOf(action.setup);
      if (!setup) return state;
      if (!account)
        return progressReducer(state, { type: 'account-added', accountId: action.accountId, setup: action.setup, at: action.at });
      // Steps and values stay: the step ids are shared between plans, so work already done still counts.
      const { memberWithoutManagementAccess: _old, ...previous } = account;
      return { ...withAccount(state, action.accountId, { ...previous, ...setup, updatedAt: action.at }), currentAccountId: action.accountId };
    }

    case 'value-read': {
      if (!account || action.kind === 'secretAccessKey') return state;
      const checked = parseValue(action.kind, action.value);
      // Pages are noisy; a reading that doesn't check out must not replace a good value.
      if (!checked.ok) return state;
      const current = account.values[action.kind as StoredValueKind];
      if (current?.value === checked.value && current.problem === undefined && current.source === 'page') return state;
      return storeValue(state, action.accountId, action.kind, { value: checked.value, source: 'page', page: action.page, at: action.at }, 'page');
    }

    case 'value-typed': {
      if (!account || action.kind === 'secretAccessKey' || action.kind === 'accountId') return state;
      if (action.input.trim() === '') {
        if (!(action.kind in account.values)) return state;
        const { [action.kind as StoredValueKind]: _cleared, ...values } = account.values;
        return withAccount(state, action.accountId, { ...account, values, updatedAt: action.at });
      }
      const checked = parseValue(action.kind, action.input);
      const known: KnownValue = checked.ok
        ? { value: checked.value, source: 'typed', at: action.at }
        : { value: looksLikeSecretAccessKey(action.input) ? '' : action.input.slice(0, 2048), source: 'typed', at: action.at, problem: checked.problem.message };
      return storeValue(state, action.accountId, action.kind, known, 'user');
    }

    case 'bucket-policy-seen': {
      if (!account || !/^[\w.-]{1,255}$/.test(action.bucketName) || action.text.length > 40_960) return state;
      const kept = account.bucketPolicies?.[action.bucketName];
      if (kept?.text === action.text || !worthKeeping(action.text, kept?.text)) return state;
      const statementCount = policyStatements(action.text)?.length ?? 0;
      const bucketPolicies = { ...account.bucketPolicies, [action.bucketName]: { text: action.text, statementCount, seenAt: action.at } };
      return withAccount(state, action.accountId, { ...account, bucketPolicies, updatedAt: action.at });
    }

    case 'console-flash': {
      if (!account) return state;
      // Compared with what is actually known, not with suggestions: a role created under another name is still the role.
      const known = plainValuesFor(account, { suggestions: false });
      let { steps, values } = account;
      for (const step of stepsOf(account)) {
        if (steps[step.id]?.status === 'done' || !flashCompletesStep(step, action.text, known)) continue;
        steps = { ...steps, [step.id]: { status: 'done', at: action.at, by: 'page' } };
        // "Role MyRole created." also tells us the role's name.
        const nameOf = step.completion.kind === 'flash' ? step.completion.nameOf : undefined;
        const name = step.completion.kind === 'flash' ? step.completion.pattern.exec(action.text)?.[1] : undefined;
        const checked = nameOf && name !== undefined && nameOf !== 'secretAccessKey' && nameOf !== 'accountId' ? parseValue(nameOf, name) : undefined;
        if (nameOf && checked?.ok)
          values = { ...values, [nameOf]: { value: checked.value, source: 'page', at: action.at, ...(action.page ? { page: action.page } : {}) } };
      }
      return steps === account.steps ? state : withAccount(state, action.accountId, { ...account, steps, values, updatedAt: action.at });
    }

    case 'step-done':
    case 'step-skipped': {
      if (!account) return state;
      const record: StepProgress =
        action.type === 'step-done'
          ? { status: 'done', at: action.at, by: action.by }
          : { status: 'skipped', at: action.at, by: 'user', skipReason: action.reason.trim().slice(0, 500) || 'Skipped' };
      return withAccount(state, action.accountId, { ...account, steps: { ...account.steps, [action.stepId]: record }, updatedAt: action.at });
    }

    case 'step-undone': {
      if (!account?.steps[action.stepId]) return state;
      const { [action.stepId]: _undone, ...steps } = account.steps;
      return withAccount(state, action.accountId, { ...account, steps, updatedAt: action.at });
    }

    case 'import': {
      // One copy of the accounts for the whole import, not one per account: importing 500 accounts
      // (a whole organization read from the console) stays linear.
      let accounts: Record<string, AccountProgress> | undefined;
      for (const [accountId, imported] of Object.entries(action.accounts)) {
        if (!isAccountId(accountId)) continue;
        accounts ??= { ...state.accounts };
        const local = accounts[accountId];
        const { secretAccessKey: _never, ...values } = imported.values as Record<string, KnownValue>;
        const cleaned: AccountProgress = { ...imported, values: { accountId: { value: accountId, source: 'typed', at: imported.updatedAt }, ...values } };
        accounts[accountId] = local ? mergeAccount(local, cleaned) : cleaned;
      }
      if (!accounts) return state;
      const first = Object.keys(action.accounts).find(isAccountId);
      return { ...state, accounts, ...(state.currentAccountId === undefined && first ? { currentAccountId: first } : {}) };
    }

    case 'reset-account': {
      if (!account) return state;
      const accountIdValue = account.values.accountId;
      return withAccount(state, action.accountId, {
        ...account,
        steps: {},
        values: accountIdValue ? { accountId: accountIdValue } : {},
        updatedAt: action.at,
      });
    }
  }
}

export const initialProgressState = emptyProgressState;

// ---------------------------------------------------------------------------------------------
// Selectors

export type StepStatus = StepProgress['status'];

export const stepStatus = (account: AccountProgress, stepId: string): StepStatus => account.steps[stepId]?.status ?? 'todo';

/** The first step neither done nor skipped; undefined when the account is finished. */
export const nextStep = (account: AccountProgress): OnboardingStep | undefined => stepsOf(account).find((step) => stepStatus(account, step.id) === 'todo');

export interface Progress {
  done: number;
  skipped: number;
  total: number;
}

/** Steps of the account's current plan that are done or skipped (ticks on steps of an earlier plan don't count). */
export function progressOf(account: AccountProgress): Progress {
  const steps = stepsOf(account);
  let done = 0;
  let skipped = 0;
  for (const step of steps) {
    const status = stepStatus(account, step.id);
    if (status === 'done') done += 1;
    else if (status === 'skipped') skipped += 1;
  }
  return { done, skipped, total: steps.length };
}

export interface AccountSummary {
  accountId: string;
  label?: string;
  platformName: string;
  accountType: AccountType;
  authMethod: AuthMethod;
  progress: Progress;
  /** Every step done or skipped. */
  finished: boolean;
  nextStep?: { id: string; title: string };
  current: boolean;
  updatedAt: string;
  /** Why the plan can't be shown (e.g. the platform settings stopped being valid). */
  problem?: string;
}

/** One line per account, sorted by account ID; linear in the number of accounts. */
export function accountSummaries(state: ProgressState): AccountSummary[] {
  return Object.keys(state.accounts)
    .sort()
    .map((accountId) => {
      const account = state.accounts[accountId] as AccountProgress;
      const onboarding = planOf(account);
      const platform = platformOf(account);
      const progress = progressOf(account);
      const next = nextStep(account);
      return {
        accountId,
        ...(account.label === undefined ? {} : { label: account.label }),
        platformName: platform.ok ? platform.value.displayName : account.platform.id,
        accountType: account.accountType,
        authMethod: account.authMethod,
        progress,
        finished: progress.total > 0 && progress.done + progress.skipped === progress.total,
        ...(next ? { nextStep: { id: next.id, title: next.title } } : {}),
        current: state.currentAccountId === accountId,
        updatedAt: account.updatedAt,
        ...(onboarding.ok ? {} : { problem: onboarding.problem.message }),
      };
    });
}

/** The account being worked on, if any. */
export const currentAccount = (state: ProgressState): AccountProgress | undefined =>
  state.currentAccountId === undefined ? undefined : state.accounts[state.currentAccountId];

/**
 * Every value known for the account, with suggestions where nothing is known yet: the recommended
 * export names (billing-ACCOUNT, billing-export-ACCOUNT, reports), the platform's role and user
 * names, its trusted principal and External ID, and a data source name. Suggestions have source
 * `default`. `principalArn` follows the role or user ARN, whichever the authentication method uses.
 */
export function valuesFor(account: AccountProgress, accountId?: string): Partial<Record<ValueKind, KnownValue>> {
  const at = account.updatedAt;
  const suggestion = (value: string): KnownValue => ({ value, source: 'default', at });
  // Accounts always carry their ID among their values; `accountId` covers records built elsewhere.
  const id = account.values.accountId?.value ?? accountId;
  const defaults: Partial<Record<ValueKind, KnownValue>> = {};
  if (id) {
    if (!account.values.accountId) defaults.accountId = { value: id, source: 'typed', at };
    const recommended = recommendedExportFor(id);
    if (recommended.ok) {
      defaults.exportName = suggestion(recommended.value.exportName);
      defaults.bucketName = suggestion(recommended.value.bucketName);
      // A legacy CUR export's prefix is read from its form, never guessed (its details page shows the bucket only).
      if (account.values.curVersion?.value !== '1') defaults.exportPathPrefix = suggestion(recommended.value.exportPathPrefix);
    }
    defaults.dataSourceName = suggestion(account.label ?? `AWS ${id}`);
  }
  const platform = platformOf(account);
  if (platform.ok) {
    defaults.roleName = suggestion(platform.value.names.roleName);
    defaults.userName = suggestion(platform.value.names.userName);
    defaults.trustedPrincipal = suggestion(platform.value.trust.trustedPrincipal);
    const externalId = platform.value.trust.externalId;
    if (externalId.support === 'optional' && externalId.externalId) defaults.externalId = suggestion(externalId.externalId);
  }
  const values: Partial<Record<ValueKind, KnownValue>> = { ...defaults, ...account.values };
  const identityArn = account.authMethod === 'assumedRole' ? account.values.roleArn : account.values.userArn;
  if (!account.values.principalArn && identityArn && identityArn.problem === undefined) values.principalArn = identityArn;
  return values;
}

/**
 * The usable values as plain strings (rejected typed values left out): what links and documents
 * take. With `suggestions: false`, only values read or typed.
 */
export function plainValuesFor(account: AccountProgress, { suggestions = true }: { suggestions?: boolean } = {}): PlainValues {
  const plain: PlainValues = {};
  for (const [kind, known] of Object.entries(valuesFor(account)) as [ValueKind, KnownValue][]) {
    if (known.problem === undefined && known.value !== '' && (suggestions || known.source !== 'default')) plain[kind] = known.value;
  }
  return plain;
}
