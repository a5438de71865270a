import type { OnboardingPlan } from '../../lib/onboarding/plan-types';
import type { ValueKind } from '../../lib/values';
import { legacyPrefixWhereToFind } from '../../lib/handoff/fill-plan';

// The order a person meets them in: the account, its export, the identity the platform uses, the form.
const displayOrder: readonly ValueKind[] = [
  'accountId',
  'bucketName',
  'region',
  'exportName',
  'exportPathPrefix',
  'curVersion',
  'roleName',
  'roleArn',
  'userName',
  'userArn',
  'externalId',
  'accessKeyId',
  'dataSourceName',
];

/**
 * The values this plan uses, in display order. The secret never appears (it isn't kept); the
 * trusted principal belongs to the platform and shows in the setup; principalArn repeats the role or user ARN.
 */
export function valueKindsForPlan(plan: OnboardingPlan): ValueKind[] {
  const used = new Set<ValueKind>(['accountId']);
  for (const step of plan.steps) for (const kind of [...step.needs, ...step.produces]) used.add(kind);
  if (used.has('bucketName')) used.add('region');
  // Read with the export: Legacy (1) or CUR 2.0 (2), what the connect form's "Export type" takes.
  if (used.has('exportName')) used.add('curVersion');
  return displayOrder.filter((kind) => used.has(kind));
}

/** Where to find a value the panel can't suggest: a legacy CUR export's prefix is read from its form, never guessed. */
export function valueHintsFor(values: Partial<Record<ValueKind, { value: string }>>): Partial<Record<ValueKind, string>> {
  return values.curVersion?.value === '1' ? { exportPathPrefix: legacyPrefixWhereToFind } : {};
}
