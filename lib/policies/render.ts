import type { PlatformProfile } from '../platforms/platform-profile';
import { templatesUsedBy } from '../platforms/platform-lookup';
import { fail, ok, type Result } from '../result';
import { parseValue } from '../values';
import type { PolicyDocument, PolicyKind } from './document';
import { formatPolicyText } from './format';
import { checkPolicyLimits } from './limits';
import { slotValueKinds, type SlotName } from './template-slots';
import { documentWithOptions, policyTemplates, slotsOf } from './templates';
import type { PolicyTemplate, TemplateId, TemplateVariant, TemplateVariantName } from './template-types';

/** Values the person provides. Who is trusted always comes from the platform profile, never from here. */
export type PolicySlots = Partial<Record<Exclude<SlotName, 'trustedPrincipal'>, string>>;

export interface RenderedPolicy {
  templateId: TemplateId;
  variant: TemplateVariantName;
  kind: PolicyKind;
  document: PolicyDocument;
  /** JSON as the console shows it (4-space indent), within AWS's limits for `kind`. */
  text: string;
}

// Any of these left in the output means a slot went unfilled: `<bucket_name>`, `${accountId}`, `{{bucketName}}`.
const placeholderPattern = /<[^<>"]*>|\$\{[^}]*\}|\{\{[^}]*\}\}/;

const chooseVariant = (template: PolicyTemplate, platform: PlatformProfile, externalId: string | undefined): Result<{ name: TemplateVariantName; variant: TemplateVariant }> => {
  switch (template.variesBy) {
    case 'policyVariant':
      return ok({ name: platform.policyVariant, variant: template.variants[platform.policyVariant] });
    case 'nothing':
      return ok({ name: 'standard', variant: template.variants.standard });
    case 'externalId': {
      const support = platform.trust.externalId;
      if (support.support === 'unsupported' && externalId !== undefined) return fail('external-id-unsupported', `${support.reason} Leave the External ID empty.`);
      if (support.support === 'required' && externalId === undefined) {
        return fail('missing-external-id', `${platform.displayName} requires an External ID on the role. ${support.whereToFindIt}`);
      }
      const name = externalId === undefined ? 'withoutExternalId' : 'withExternalId';
      return ok({ name, variant: template.variants[name] });
    }
  }
};

/** The External ID typed for this policy, else the one saved with a self-hosted platform; blank counts as none. */
const externalIdFor = (platform: PlatformProfile, slots: PolicySlots): string | undefined => {
  const saved = platform.trust.externalId.support === 'optional' ? platform.trust.externalId.externalId : undefined;
  return slots.externalId?.trim() || saved?.trim() || undefined;
};

/** Replaces slot tokens in every string of the document; values are already checked, so no escaping is needed. */
const fillSlots = (value: unknown, slotValues: Record<string, string>): unknown => {
  if (typeof value === 'string') return value.replace(/\{\{(\w+)\}\}/g, (token, name: string) => slotValues[name] ?? token);
  if (Array.isArray(value)) return value.map((item) => fillSlots(item, slotValues));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillSlots(item, slotValues)]));
  }
  return value;
};

/**
 * Fills a template for a platform: picks the wording (published or seed; with or without External
 * ID), checks every slot value, and returns the document and its console-formatted text, which
 * never contains a placeholder and is within AWS's size limits.
 */
export function renderPolicy(templateId: TemplateId, platform: PlatformProfile, slots: PolicySlots): Result<RenderedPolicy> {
  const template: PolicyTemplate | undefined = policyTemplates[templateId];
  if (!template) return fail('unknown-template', `There is no policy template called "${templateId}".`);
  if (!templatesUsedBy(platform).includes(templateId)) {
    return fail('template-not-for-platform', `${platform.displayName} doesn't use a ${template.title.toLowerCase()}.`);
  }

  const externalId = externalIdFor(platform, slots);
  const chosen = chooseVariant(template, platform, externalId);
  if (!chosen.ok) return chosen;

  const provided: Partial<Record<SlotName, string>> = { ...slots, externalId, trustedPrincipal: platform.trust.trustedPrincipal };
  const slotValues: Record<string, string> = {};
  for (const slot of slotsOf(chosen.value.variant)) {
    const parsed = parseValue(slotValueKinds[slot], provided[slot]);
    if (!parsed.ok) return parsed;
    slotValues[slot] = parsed.value;
  }

  const document = fillSlots(documentWithOptions(template, chosen.value.variant, platform.policyOptions), slotValues) as PolicyDocument;
  const text = formatPolicyText(document);
  const leftover = placeholderPattern.exec(text);
  if (leftover) {
    return fail('placeholder-left', `The ${template.title.toLowerCase()} still contains "${leftover[0]}", so it isn't ready to paste. This is a bug in the extension; please report it.`);
  }
  const limits = checkPolicyLimits(text, template.kind);
  if (!limits.ok) return limits;
  return ok({ templateId, variant: chosen.value.name, kind: template.kind, document, text });
}
