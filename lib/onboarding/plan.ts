/**
 * The onboarding plan: which steps an AWS account needs for a platform, in order.
 *
 * The order follows the seed guides: the billing export first (the IAM policies name its bucket),
 * then the policies, then the role or user they are attached to, then the platform's connect form.
 *
 * Bucket decision: when the export is still to be created, there is no separate "create bucket"
 * or "bucket policy" step. The Data Exports wizard's "Create a bucket" creates the bucket and
 * writes the delivery bucket policy itself (AWS's own policy, the same as the seed's), which
 * saves two steps and a policy someone could get wrong. When the export already exists, seed 002
 * has the person update the bucket policy, so that step appears. Cloudyn reads legacy billing
 * reports, which need a bucket made beforehand, so its plan keeps "create the bucket".
 *
 * A member account whose person can't reach the management account is onboarded as standalone
 * (seed 000): use `effectiveAccountType` before calling `plan`.
 */
import { connectFormFor, templatesFor } from '../platforms/platform-lookup';
import type { PlatformProfile } from '../platforms/platform-profile';
import { fail, ok, type Result } from '../result';
import { valueLabels, type ValueKind } from '../values';
import type { AccountType, AuthMethod, ExportState, OnboardingPlan, OnboardingStep, PlainValues, PlanInput } from './plan-types';
import {
  accessKeyStep,
  accessRoleStep,
  accessUserStep,
  billingBucketStep,
  billingImportPolicyStep,
  billingReportsStep,
  bucketPolicyStep,
  cloudynBucketPolicyStep,
  connectStep,
  dataExportStep,
  discoveryPolicyStep,
  externalIdStep,
  findBillingBucketStep,
  findDataExportStep,
  platformSuppliedExternalId,
  policiesToAttach,
  roleArnStep,
  userArnStep,
  type CustomPolicy,
} from './steps';

export * from './plan-types';
export { trustedAccountIdOf } from './steps';

/**
 * The account type to onboard as: a member account without access to its management account is
 * onboarded as standalone, with its own export (seed 000, "Without access to the management account").
 */
export const effectiveAccountType = (accountType: AccountType, hasManagementAccess: boolean): AccountType =>
  accountType === 'member' && !hasManagementAccess ? 'standalone' : accountType;

const connectWhy = (platform: PlatformProfile, accountType: AccountType): string =>
  accountType === 'member'
    ? `${platform.displayName} reads this account's resources; its costs come from the management account's export.`
    : `${platform.displayName} starts importing this account's costs once it is connected.`;

const connectCaution = (platform: PlatformProfile, accountType: AccountType, exportState: ExportState): string | undefined => {
  if (accountType === 'member')
    return platform.setup.management.needsDataExport
      ? `Connect the management account first: ${platform.displayName} takes a member account's costs from its export.`
      : undefined;
  if (platform.setup[accountType].needsDataExport && exportState === 'toCreate')
    return 'Connecting fails ("Unable to find report … files") until AWS has delivered the first export files, up to 24 hours after creating the export.';
  return undefined;
};

/** The values the platform's connect form takes for this account, without the secret (never stored). */
const connectFormValues = (platform: PlatformProfile, accountType: AccountType, authMethod: AuthMethod): ValueKind[] =>
  (connectFormFor(platform, accountType, authMethod)?.fields ?? []).flatMap((field) =>
    // A choice with a default (the export type: CUR 2.0 unless the console shows a legacy export) needs nothing.
    'valueKind' in field.fill && field.fill.valueKind !== 'secretAccessKey' && !(field.control === 'radio' && field.defaultValue !== undefined) ? [field.fill.valueKind] : [],
  );

const inputSource = (kind: ValueKind, platform: PlatformProfile): PlanInput['from'] => {
  if (kind === 'accountId') return 'console';
  if (kind === 'trustedPrincipal' || (kind === 'externalId' && platformSuppliedExternalId(platform) !== undefined)) return 'platform';
  return 'person';
};

/** Values some step needs that no earlier step produces: they must be known before starting. */
const inputsOf = (steps: readonly OnboardingStep[], platform: PlatformProfile): PlanInput[] => {
  const known = new Set<ValueKind>();
  const inputs: PlanInput[] = [];
  for (const step of steps) {
    for (const kind of step.needs) {
      if (known.has(kind)) continue;
      known.add(kind);
      inputs.push({ kind, from: inputSource(kind, platform) });
    }
    for (const kind of step.produces) known.add(kind);
  }
  return inputs;
};

/** The ordered steps for one account of one platform. */
export function plan(platform: PlatformProfile, accountType: AccountType, authMethod: AuthMethod, exportState: ExportState): OnboardingPlan {
  const templates = new Set(templatesFor(platform, accountType, authMethod));
  const setup = platform.setup[accountType];
  const customPolicies = (['billingImportPolicy', 'resourceDiscoveryPolicy'] as const).filter((template): template is CustomPolicy =>
    templates.has(template),
  );
  const attach = policiesToAttach(platform, customPolicies, setup.awsManagedPolicies);
  const readsLegacyBillingBucket = templates.has('cloudynBucketPolicy');
  const steps: OnboardingStep[] = [];

  if (authMethod === 'assumedRole' && platform.trust.externalId.support === 'required') steps.push(externalIdStep(platform));

  if (setup.needsDataExport) {
    if (exportState === 'toCreate') steps.push(dataExportStep());
    else {
      steps.push(findDataExportStep());
      if (templates.has('dataExportsBucketPolicy')) steps.push(bucketPolicyStep());
    }
  }
  if (templates.has('billingImportPolicy')) steps.push(billingImportPolicyStep(platform));
  if (templates.has('resourceDiscoveryPolicy')) steps.push(discoveryPolicyStep(platform));

  if (authMethod === 'assumedRole') steps.push(accessRoleStep(platform, attach), roleArnStep(platform, readsLegacyBillingBucket));
  else steps.push(accessUserStep(platform, attach), accessKeyStep(platform), ...(readsLegacyBillingBucket ? [userArnStep(platform)] : []));

  if (readsLegacyBillingBucket) {
    if (exportState === 'toCreate') steps.push(billingBucketStep(platform), cloudynBucketPolicyStep(platform), billingReportsStep());
    else steps.push(findBillingBucketStep(), cloudynBucketPolicyStep(platform));
  }

  const caution = connectCaution(platform, accountType, exportState);
  steps.push(
    connectStep(platform, connectFormValues(platform, accountType, authMethod), {
      why: connectWhy(platform, accountType),
      ...(caution === undefined ? {} : { caution }),
    }),
  );

  return { platformId: platform.id, accountType, authMethod, exportState, steps, inputs: inputsOf(steps, platform) };
}

/** The step's link, or which values are missing for it, in words for the person. */
export function consoleLinkFor(step: OnboardingStep, values: PlainValues): Result<string> {
  const link = step.consoleLink(values);
  if (link !== undefined) return ok(link);
  const missing = step.linkNeeds.filter((kind) => !values[kind]).map((kind) => valueLabels[kind]);
  return fail(
    'link-needs-values',
    `Enter the ${missing.join(' and ') || 'missing values'} first: the link to "${step.title}" is built from ${missing.length > 1 ? 'them' : 'it'}.`,
  );
}

/** Whether a console flash message (e.g. "Policy FinOpsForCloudBillingImport created.") completes the step. */
export function flashCompletesStep(step: OnboardingStep, flashText: string, values: PlainValues): boolean {
  if (step.completion.kind !== 'flash') return false;
  const match = step.completion.pattern.exec(flashText);
  if (!match) return false;
  const named = match[1];
  const expected = step.completion.nameOf && values[step.completion.nameOf];
  return named === undefined || !expected || named === expected;
}

/** Whether learning a value of this kind completes the step. */
export const valueCompletesStep = (step: OnboardingStep, kind: ValueKind): boolean =>
  step.completion.kind === 'value-read' && step.completion.value === kind;
