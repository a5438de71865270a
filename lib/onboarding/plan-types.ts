import type { PageId } from '../console/pages';
import type { AccountType, AuthMethod, PlatformId } from '../platforms/platform-profile';
import type { TemplateId } from '../policies/templates';
import type { ValueKind } from '../values';

export type { AccountType, AuthMethod, PlatformId } from '../platforms/platform-profile';

/** Whether the account still needs its billing export, or already delivers one the platform can read. */
export type ExportState = 'toCreate' | 'exists';
export const exportStates: readonly ExportState[] = ['toCreate', 'exists'];

/** The platform's own "connect" page (FinOps portal, Cloudyn's Add AWS Account dialog): not an AWS console page. */
export const platformConnectPage = 'platform-connect';

/** Where a step is done: an AWS console page, or the platform's connect page. */
export type StepPage = PageId | typeof platformConnectPage;

/** Stable step ids: progress is stored under them, so renaming one loses people's ticks. */
export type StepId =
  | 'external-id'
  | 'data-export'
  | 'find-data-export'
  | 'bucket-policy'
  | 'billing-import-policy'
  | 'discovery-policy'
  | 'access-role'
  | 'role-arn'
  | 'access-user'
  | 'access-key'
  | 'user-arn'
  | 'billing-bucket'
  | 'find-billing-bucket'
  | 'cloudyn-bucket-policy'
  | 'billing-reports'
  | 'connect';

/** Values as plain strings, already checked: what links and documents are built from. */
export type PlainValues = Partial<Record<ValueKind, string>>;

/**
 * How the extension recognises that a step is done.
 * - `flash`: the console's green flash message matches `pattern`; when `nameOf` is set, group 1 of the
 *   pattern is the created thing's name and must equal that value when it is known.
 * - `value-read`: the step is done once `value` is known (read from the page, or typed and valid).
 * - `manual`: only the person can tell; `hint` says what to look for.
 */
export type StepCompletion =
  | { kind: 'flash'; pattern: RegExp; nameOf?: ValueKind }
  | { kind: 'value-read'; value: ValueKind }
  | { kind: 'manual'; hint: string };

export interface OnboardingStep {
  id: StepId;
  /** "Create the FinOpsForCloudBillingImport policy" */
  title: string;
  /** One line: why the platform needs this. */
  why: string;
  /** What to do or choose on the page, in order; short. */
  instructions: readonly string[];
  /** Something that goes wrong if ignored (shown prominently). */
  caution?: string;
  /** Values the step uses (to fill the page, a document or a link). */
  needs: readonly ValueKind[];
  /** Values the step creates or reveals, read from the page or typed. */
  produces: readonly ValueKind[];
  /** The values `consoleLink` can't be built without (a subset of what the link uses). */
  linkNeeds: readonly ValueKind[];
  /** Where to do the step; undefined when one of `linkNeeds` is missing (see `consoleLinkFor`). */
  consoleLink: (values: PlainValues) => string | undefined;
  /** The page the step is done on, so the UI can say "You are on…". */
  page: StepPage;
  /** Other pages that belong to the step (e.g. the export's details page when reading its prefix). */
  alsoOn?: readonly StepPage[];
  completion: StepCompletion;
  /** The policy document the person inserts on this page, if any. */
  document?: TemplateId;
}

/** What a plan expects to know before its first step, and where each comes from. */
export interface PlanInput {
  kind: ValueKind;
  /** `console`: read from the signed-in console; `platform`: from the platform profile; `person`: typed, with a suggested default. */
  from: 'console' | 'platform' | 'person';
}

export interface OnboardingPlan {
  platformId: PlatformId;
  accountType: AccountType;
  authMethod: AuthMethod;
  exportState: ExportState;
  steps: readonly OnboardingStep[];
  inputs: readonly PlanInput[];
}
