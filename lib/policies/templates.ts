import { cloudynBucketPolicy, dataExportsBucketPolicy } from './bucket-policy-templates';
import { billingImportPolicy, resourceDiscoveryPolicy } from './iam-policy-templates';
import { slotTokenPattern, type SlotName } from './template-slots';
import { statementsOf, type PolicyDocument } from './document';
import type { PolicyOption, PolicyTemplate, TemplateId, TemplateVariant } from './template-types';
import { trustPolicy } from './trust-policy-template';

export type { ActionReason, ExternalIdVariant, OptionalStatement, PolicyOption, PolicyTemplate, TemplateId, TemplateVariant, TemplateVariantName } from './template-types';
export { policyOptions } from './template-types';
export { cloudynBucketPolicy, dataExportsBucketPolicy } from './bucket-policy-templates';
export { billingImportPolicy, resourceDiscoveryPolicy } from './iam-policy-templates';
export { trustPolicy } from './trust-policy-template';

/** Every policy template, by id. */
export const policyTemplates: Record<TemplateId, PolicyTemplate> = {
  dataExportsBucketPolicy,
  billingImportPolicy,
  resourceDiscoveryPolicy,
  trustPolicy,
  cloudynBucketPolicy,
};

export const templateIds = Object.keys(policyTemplates) as TemplateId[];

/** The variants of a template, each with its name. */
export const variantsOf = (template: PolicyTemplate): { name: string; variant: TemplateVariant }[] =>
  Object.entries(template.variants).map(([name, variant]: [string, TemplateVariant]) => ({ name, variant }));

/** The slots a variant's document leaves open, read from the document itself so they can't drift. */
export const slotsOf = (variant: TemplateVariant): SlotName[] =>
  [...new Set([...JSON.stringify(variant.document).matchAll(slotTokenPattern)].map((match) => match[1] as SlotName))];

/** A variant's document with the optional statements the chosen options call for, after its own. */
export function documentWithOptions(template: PolicyTemplate, variant: TemplateVariant, options: readonly PolicyOption[] = []): PolicyDocument {
  const extra = (template.optionalStatements ?? []).filter((optional) => options.includes(optional.when)).map((optional) => optional.statement);
  return extra.length === 0 ? variant.document : { ...variant.document, Statement: [...statementsOf(variant.document), ...extra] };
}
