/**
 * What the background hands a portal page that asks to fill its connect form: the current
 * account's fill plan, and the secret access key only when the page is that platform's own portal.
 * Pure: the caller passes the page's origin as the browser reported it (never as the page claims it).
 */
import { platformOf, valuesFor } from '../onboarding/progress';
import type { AccountProgress, ProgressState } from '../onboarding/state-schema';
import { optScaleConnectForms } from '../platforms';
import { fail, ok, type Result } from '../result';
import { formatAccountIdForDisplay } from '../values';
import { timeAgo } from './export-age';
import { fillPlanFor, type FillPlan, type MissingReason } from './fill-plan';

export interface PortalFillContext {
  state: ProgressState;
  /** The origin of the page asking, from the browser's sender information. */
  pageOrigin: string;
  /** Secret access keys typed in the side panel this browser session, by account ID. */
  secrets: Readonly<Record<string, string>>;
  /** Milliseconds since the epoch. */
  now: number;
  /** The account to fill ("Fill next member account"); the one being onboarded unless given. */
  accountId?: string;
}

export interface PortalFill {
  accountId: string;
  accountLabel?: string;
  platformName: string;
  /** The platform's portal origin: the only origin the secret goes to. */
  portalOrigin: string;
  plan: FillPlan;
  /** Sentences the result adds: the page isn't the platform's portal, the export is too new. */
  notes: string[];
}

/** The plan without values: what the button says before it is pressed. */
export interface PortalFillPreview {
  accountId: string;
  accountLabel?: string;
  platformName: string;
  /** Labels of the fields the button fills. */
  fills: string[];
  missing: { label: string; reason: MissingReason }[];
}

const firstDeliveryMs = 24 * 60 * 60 * 1000;

/** AWS delivers a new export's first files within about a day; until then the platform can't connect. */
export function firstDeliveryNote(account: AccountProgress, platformName: string, now: number): string | undefined {
  const created = account.steps['data-export'];
  if (account.exportState !== 'toCreate' || account.accountType === 'member' || created?.status !== 'done' || !created.at) return undefined;
  const age = now - Date.parse(created.at);
  if (!(age >= 0 && age < firstDeliveryMs)) return undefined;
  const hoursLeft = Math.max(1, Math.ceil((firstDeliveryMs - age) / 3_600_000));
  return `The data export was created ${timeAgo(age)}: ${platformName} fails with "Unable to find report … files" until AWS delivers the first files (up to 24 hours). If Connect fails with that, try again in about ${hoursLeft} hour${hoursLeft === 1 ? '' : 's'}.`;
}

/** The fill plan for the account being onboarded, for a portal page at `pageOrigin`. */
export function portalFillFor({ state, pageOrigin, secrets, now, accountId: chosen }: PortalFillContext): Result<PortalFill> {
  const accountId = chosen ?? state.currentAccountId;
  const account = accountId === undefined ? undefined : state.accounts[accountId];
  if (accountId === undefined || !account) {
    return fail(
      'no-account',
      'No AWS account is being onboarded yet. Open the side panel and add the account (or open the AWS console signed in to it), then press this button again.',
    );
  }
  const who = `AWS account ${formatAccountIdForDisplay(accountId)}`;
  const platform = platformOf(account);
  if (!platform.ok) return fail(platform.problem.code, `${who}: ${platform.problem.message}`);
  // This page is OptScale's connect form (FinOps for Cloud and self-hosted OptScale share it).
  if (platform.value.connectForms !== optScaleConnectForms) {
    return fail(
      'other-platform',
      `${who} is set up for ${platform.value.displayName}, whose connect form is not this one. If this account should connect here, choose FinOps for Cloud or your own OptScale for it in the side panel.`,
    );
  }
  const portalOrigin = platform.value.portal.origin;
  const isPlatformPortal = pageOrigin === portalOrigin;
  const typedSecret = secrets[accountId];
  const withheld = !isPlatformPortal && typedSecret !== undefined && typedSecret !== '';
  const plan = fillPlanFor({
    platform: platform.value,
    accountType: account.accountType,
    authMethod: account.authMethod,
    values: valuesFor(account, accountId),
    ...(isPlatformPortal && typedSecret !== undefined ? { secretAccessKey: typedSecret } : {}),
    secretWithheld: withheld,
  });
  if (!plan.ok) return fail(plan.problem.code, `${who}: ${plan.problem.message}`);

  const notes: string[] = [];
  if (!isPlatformPortal) {
    notes.push(
      `This page (${pageOrigin}) isn't the portal of ${platform.value.displayName} (${portalOrigin}), the platform chosen for ${who}: check that this is where the account should connect.`,
    );
  }
  const delivery = firstDeliveryNote(account, platform.value.displayName, now);
  if (delivery) notes.push(delivery);
  return ok({
    accountId,
    ...(account.label === undefined ? {} : { accountLabel: account.label }),
    platformName: platform.value.displayName,
    portalOrigin,
    plan: plan.value,
    notes,
  });
}

export function portalFillPreview(fill: PortalFill): PortalFillPreview {
  return {
    accountId: fill.accountId,
    ...(fill.accountLabel === undefined ? {} : { accountLabel: fill.accountLabel }),
    platformName: fill.platformName,
    fills: fill.plan.actions.flatMap((action) => (action.kind === 'press' ? [] : [action.label])),
    missing: fill.plan.missing.map(({ label, reason }) => ({ label, reason })),
  };
}

/** The background's answers to `portal-preview` and `portal-fill`. */
export type PortalPreviewReply = Result<PortalFillPreview>;
export type PortalFillReply = Result<PortalFill>;
