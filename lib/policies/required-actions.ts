import type { AccountType, PlatformProfile } from '../platforms/platform-profile';
import { ok, type Result } from '../result';
import { statementsOf, type PolicyStatement, type StringOrList } from './document';
import { renderPolicy, type PolicySlots } from './render';
import { slot } from './template-slots';
import { documentWithOptions, policyTemplates } from './templates';
import type { PolicyTemplate, TemplateId, TemplateVariant } from './template-types';

/** One permission the platform's identity needs in the customer's account. */
export interface RequiredGrant {
  /** As the template writes it; may be a wildcard such as `ec2:Describe*`. */
  action: string;
  /** One resource ARN (or `*`); an action on several resources gives one grant each. */
  resource: string;
  templateId: TemplateId;
  sid?: string;
}

const listOf = (value: StringOrList | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * Whether a template statement grants something to the platform's own identity: every statement of
 * a managed policy does; in a bucket policy only those whose principal is the platform's read-only
 * role or user (the others let AWS deliver files).
 */
const grantsToPlatform = (template: PolicyTemplate, statement: PolicyStatement): boolean => {
  if (statement.Effect !== 'Allow') return false;
  if (template.kind === 'managed') return true;
  if (template.kind === 'bucket') {
    const principal = statement.Principal;
    return typeof principal === 'object' && listOf(principal.AWS).includes(slot('readOnlyPrincipalArn'));
  }
  return false;
};

const variantFor = (template: PolicyTemplate, platform: PlatformProfile): TemplateVariant | undefined => {
  if (template.variesBy === 'policyVariant') return template.variants[platform.policyVariant];
  if (template.variesBy === 'nothing') return template.variants.standard;
  return undefined; // trust policies say who may sign in, not what they may do
};

/** The templates of this account type that grant the platform something, with the statements that do. */
const grantingStatements = (platform: PlatformProfile, accountType: AccountType) =>
  platform.setup[accountType].policies.flatMap(({ templateId }) => {
    const template = policyTemplates[templateId];
    const variant = variantFor(template, platform);
    if (!variant) return [];
    const statements = statementsOf(documentWithOptions(template, variant, platform.policyOptions));
    const indexes = statements.flatMap((statement, index) => (grantsToPlatform(template, statement) ? [index] : []));
    return indexes.length ? [{ templateId, indexes }] : [];
  });

/**
 * The actions the platform needs in an account of this type, read from the templates it uses
 * (so they can't drift from what we write). AWS managed policies such as Cloudyn's ReadOnlyAccess
 * are in `platform.setup[accountType].awsManagedPolicies`.
 */
export function requiredActions(platform: PlatformProfile, accountType: AccountType): string[] {
  const actions = grantingStatements(platform, accountType).flatMap(({ templateId, indexes }) => {
    const template = policyTemplates[templateId];
    const variant = variantFor(template, platform);
    const statements = variant ? statementsOf(documentWithOptions(template, variant, platform.policyOptions)) : [];
    return indexes.flatMap((index) => listOf(statements[index]?.Action));
  });
  return [...new Set(actions)];
}

/**
 * The same, with resources filled in for this account's bucket and identity, for a verifier that
 * compares them with the policies the account actually has.
 */
export function requiredGrants(platform: PlatformProfile, accountType: AccountType, slots: PolicySlots): Result<RequiredGrant[]> {
  const grants: RequiredGrant[] = [];
  for (const { templateId, indexes } of grantingStatements(platform, accountType)) {
    const rendered = renderPolicy(templateId, platform, slots);
    if (!rendered.ok) return rendered;
    const statements = statementsOf(rendered.value.document);
    for (const index of indexes) {
      const statement = statements[index];
      if (!statement) continue;
      for (const action of listOf(statement.Action)) {
        for (const resource of listOf(statement.Resource)) {
          grants.push({ action, resource, templateId, ...(statement.Sid === undefined ? {} : { sid: statement.Sid }) });
        }
      }
    }
  }
  return ok(grants);
}
