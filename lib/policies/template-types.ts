import type { PolicyDocument, PolicyKind, PolicyStatement } from './document';

/** `published`: the policies as the platform's docs show them today; `seed`: as the original guides had them. */
export type PolicyVariant = 'published' | 'seed';

export type TemplateId = 'dataExportsBucketPolicy' | 'billingImportPolicy' | 'resourceDiscoveryPolicy' | 'trustPolicy' | 'cloudynBucketPolicy';

/** One wording of a template. Strings in `document` may hold slot tokens such as `{{bucketName}}`. */
export interface TemplateVariant {
  document: PolicyDocument;
  /** Where the wording comes from, for the person who wants to compare. */
  source: string;
  /** Actions the source grants that we leave out on purpose, and why (so a verifier can explain extras it finds). */
  leftOut?: readonly { action: string; reason: string }[];
  /** Actions we grant beyond the source, why, and where the need is written (a code path, with the date checked). */
  added?: readonly { action: string; reason: string; source: string }[];
}

/**
 * Extra grants some setups get on top of the chosen wording: the person opts in (power schedules),
 * or the platform's version calls for them (a newer self-hosted OptScale).
 */
export type PolicyOption = 'powerSchedules' | 'databaseAndServerlessDiscovery';
export const policyOptions: readonly PolicyOption[] = ['powerSchedules', 'databaseAndServerlessDiscovery'];

/** A statement a variant gets only when the platform profile carries its option. */
export interface OptionalStatement {
  when: PolicyOption;
  statement: PolicyStatement;
}

/** Why an action is in a template: what the platform does with it, and where that is written down. */
export interface ActionReason {
  /** The platform feature that calls it, as a FinOps person would say it. */
  feature: string;
  /** A docs page or a code path. */
  source: string;
  /** When the source was last read, `YYYY-MM`. */
  checked: string;
}

interface TemplateBase {
  id: TemplateId;
  kind: PolicyKind;
  /** What the person would call it: "Bucket policy for Data Exports delivery". */
  title: string;
  /** Every action any variant or optional statement grants, with its reason (docs/permissions.md is made from these). */
  reasons: Readonly<Record<string, ActionReason>>;
  /** Statements added on top of any variant for the options the platform profile carries. */
  optionalStatements?: readonly OptionalStatement[];
}

export type ExternalIdVariant = 'withoutExternalId' | 'withExternalId';

/** Templates are data; `variesBy` says which fact about the platform picks the wording. */
export type PolicyTemplate = TemplateBase &
  (
    | { variesBy: 'policyVariant'; variants: Record<PolicyVariant, TemplateVariant> }
    | { variesBy: 'externalId'; variants: Record<ExternalIdVariant, TemplateVariant> }
    | { variesBy: 'nothing'; variants: { standard: TemplateVariant } }
  );

export type TemplateVariantName = PolicyVariant | ExternalIdVariant | 'standard';
