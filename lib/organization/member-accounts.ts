/**
 * An organization's member accounts in the multi-account tracker: joining them from what the
 * console lists (Organizations "AWS accounts", a StackSet's stack instances), marking each one's
 * role deployed when its stack instance is CURRENT, and the batch list FinOps takes (account ID and
 * role name, as CSV, or filled into the portal one account after another). Pure: the background
 * applies the actions, the side panel and the portal script show the lists.
 */
import type { PageId } from '../console/pages';
import type { StepId } from '../onboarding/plan-types';
import { platformOf, plainValuesFor, type ProgressAction } from '../onboarding/progress';
import type { AccountProgress, KnownValue, ProgressState, StepProgress } from '../onboarding/state-schema';
import { optScaleConnectForms } from '../platforms/optscale-connect-form';
import { templatesFor } from '../platforms/platform-lookup';
import type { PlatformProfile } from '../platforms/platform-profile';
import { parseValue } from '../values';

/** CloudFormation's StackInstanceStatus, as the instances list shows it. */
export type StackStatus = 'CURRENT' | 'OUTDATED' | 'INOPERABLE';

/** One account as a console page listed it. */
export interface ListedAccount {
  accountId: string;
  name?: string;
  /** The organization's management account: never a member. */
  management?: boolean;
  /** Its stack instance's status, when read from a StackSet. */
  stackStatus?: StackStatus;
}

export interface AccountsRead {
  source: 'organizations' | 'stack-set-instances';
  page: PageId;
  /** The console session's account: the management account (or a StackSets delegated administrator). */
  sessionAccountId?: string;
  accounts: readonly ListedAccount[];
}

export interface AccountsReadOutcome {
  /** At most one `import` action, however many accounts: applying it is linear in their number. */
  actions: ProgressAction[];
  added: number;
  /** Members whose role the StackSet deployed (CURRENT) and that weren't marked so before. */
  deployed: number;
  /** Why nothing could be added (the session account's platform has no member accounts, …). */
  problem?: string;
}

const isAccountId = (id: string) => /^\d{12}$/.test(id);

// The policies a member account's stack creates, by the step that creates them in the console.
const policySteps: Partial<Record<string, StepId>> = { resourceDiscoveryPolicy: 'discovery-policy', billingImportPolicy: 'billing-import-policy' };

/** The steps a CURRENT stack instance has done: its policies, the role, and so the role's ARN. */
function stepsDoneByStack(platform: PlatformProfile): StepId[] {
  const policies = templatesFor(platform, 'member', 'assumedRole').flatMap((templateId) => policySteps[templateId] ?? []);
  return [...policies, 'access-role', 'role-arn'];
}

/** The role name the StackSet gives every member: the one chosen for the management account, else the platform's. */
const memberRoleName = (management: AccountProgress, platform: PlatformProfile): string => plainValuesFor(management).roleName ?? platform.names.roleName;

/**
 * What a page's list of accounts changes in the tracker. New accounts join as member accounts with
 * the session account's platform and an assumed role (the StackSet's way in), named as the page
 * names them; a CURRENT stack instance marks the steps its stack did, by the page, and records the
 * role. Accounts already tracked keep their setup, ticks and name. Nothing is ever undone here: an
 * OUTDATED or INOPERABLE instance leaves the account as it was.
 */
export function accountsReadActions(state: ProgressState, read: AccountsRead, at: string): AccountsReadOutcome {
  const none = (problem?: string): AccountsReadOutcome => ({ actions: [], added: 0, deployed: 0, ...(problem ? { problem } : {}) });
  const sessionId = read.sessionAccountId ?? state.currentAccountId;
  const management = sessionId === undefined ? undefined : state.accounts[sessionId];
  if (!management) return none('The console session\'s account isn\'t tracked yet: open the side panel while signed in to the management account, then reload this page.');
  const platform = platformOf(management);
  if (!platform.ok) return none(platform.problem.message);
  if (!platform.value.accountTypes.includes('member')) return none(`${platform.value.displayName} doesn't connect member accounts.`);
  const authMethod = platform.value.authMethods.includes('assumedRole') ? 'assumedRole' : platform.value.authMethods[0];
  if (!authMethod) return none(`${platform.value.displayName} has no way to sign in to member accounts.`);

  const roleName = memberRoleName(management, platform.value);
  const stackSteps = stepsDoneByStack(platform.value);
  const byPage = (value: string): KnownValue => ({ value, source: 'page', page: read.page, at });
  const done: StepProgress = { status: 'done', at, by: 'page' };

  const changed: Record<string, AccountProgress> = {};
  let added = 0;
  let deployed = 0;
  for (const listed of read.accounts) {
    const { accountId } = listed;
    if (!isAccountId(accountId) || accountId === sessionId || listed.management || accountId in changed) continue;
    const name = listed.name?.trim().slice(0, 128) || undefined;
    const local = state.accounts[accountId];
    // The stack only says something about accounts that sign in with the role it creates.
    const stackCounts = listed.stackStatus === 'CURRENT' && (local ? local.authMethod === 'assumedRole' : authMethod === 'assumedRole');
    const newlyDone = stackCounts ? stackSteps.filter((stepId) => local?.steps[stepId]?.status !== 'done') : [];
    if (local && newlyDone.length === 0 && (name === undefined || local.label !== undefined)) continue;

    const values: AccountProgress['values'] = { accountId: local?.values.accountId ?? byPage(accountId) };
    if (newlyDone.length > 0) {
      // Every stack instance creates the StackSet's role, whatever name was typed for the account before.
      values.roleName = byPage(roleName);
      // The stack names the role without a path, so its ARN is certain.
      const arn = parseValue('roleArn', `arn:aws:iam::${accountId}:role/${roleName}`);
      if (arn.ok) values.roleArn = byPage(arn.value);
      deployed += 1;
    }
    const record: AccountProgress = local
      ? { ...local, ...(local.label === undefined && name !== undefined ? { label: name } : {}), steps: {}, values, updatedAt: at }
      : {
          ...(name === undefined ? {} : { label: name }),
          platform: management.platform,
          accountType: 'member',
          authMethod,
          exportState: management.exportState,
          steps: {},
          values,
          updatedAt: at,
        };
    record.steps = Object.fromEntries(newlyDone.map((stepId) => [stepId, done]));
    if (!local) added += 1;
    changed[accountId] = record;
  }
  if (Object.keys(changed).length === 0) return none();
  return { actions: [{ type: 'import', accounts: changed, at }], added, deployed };
}

// ---------------------------------------------------------------------------------------------
// The batch list for FinOps

export interface MemberAccountRow {
  accountId: string;
  name?: string;
  /** What FinOps calls "Assumed Role Name". */
  roleName: string;
  /** The role exists (done by the StackSet, in the console, or ticked). */
  roleDeployed: boolean;
  /** Connected to the platform (the connect step is done). */
  connected: boolean;
}

/**
 * The member accounts that connect to an OptScale-based platform (FinOps for Cloud, self-hosted
 * OptScale) with an assumed role, by account ID: the batch the portal's connect form takes one by one.
 */
export function memberAccountRows(state: ProgressState): MemberAccountRow[] {
  const rows: MemberAccountRow[] = [];
  for (const accountId of Object.keys(state.accounts).sort()) {
    const account = state.accounts[accountId]!;
    if (account.accountType !== 'member' || account.authMethod !== 'assumedRole') continue;
    const platform = platformOf(account);
    if (!platform.ok || platform.value.connectForms !== optScaleConnectForms) continue;
    rows.push({
      accountId,
      ...(account.label === undefined ? {} : { name: account.label }),
      roleName: plainValuesFor(account).roleName ?? platform.value.names.roleName,
      roleDeployed: account.steps['access-role']?.status === 'done',
      connected: account.steps.connect?.status === 'done',
    });
  }
  return rows;
}

/** The FinOps connect form's own labels, so the columns read the same in both places. */
export const memberAccountsCsvHeader = 'AWS Account ID,Assumed Role Name';

/** RFC 4180: a role name may hold a comma (IAM allows `,` in names). */
const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** The batch as CSV: a header line, then one line per account, CRLF line ends as RFC 4180 has them. */
export function memberAccountsCsv(rows: readonly Pick<MemberAccountRow, 'accountId' | 'roleName'>[]): string {
  return [memberAccountsCsvHeader, ...rows.map((row) => `${row.accountId},${csvField(row.roleName)}`)].join('\r\n') + '\r\n';
}

/**
 * The member account the portal's "Fill next member account" fills: the first one not connected
 * after `after` (the one filled last) in list order, wrapping round to the top; `after` itself only
 * when it is the only one left.
 */
export function nextMemberToConnect(rows: readonly MemberAccountRow[], after?: string): MemberAccountRow | undefined {
  const open = rows.filter((row) => !row.connected);
  if (open.length === 0) return undefined;
  if (after === undefined) return open[0];
  return open.find((row) => row.accountId > after) ?? open.find((row) => row.accountId !== after) ?? open[0];
}
