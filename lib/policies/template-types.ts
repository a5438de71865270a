import type { PolicyVariant } from '../platforms/platform-profile';
import type { PolicyDocument, PolicyKind } from './document';

export type TemplateId = 'dataExportsBucketPolicy' | 'billingImportPolicy' | 'resourceDiscoveryPolicy' | 'trustPolicy' | 'cloudynBucketPolicy';

/** One wording of a template. Strings in `document` may hold slot tokens such as `{{bucketName}}`. */
export interface TemplateVariant {
  document: PolicyDocument;
  /** Where the wording comes from, for the person who wants to compare. */
  source: string;
  /** Actions the source grants that we leave out on purpose, and why (so a verifier can explain extras it finds). */
  leftOut?: readonly { action: string; reason: string }[];
}

interface TemplateBase {
  id: TemplateId;
  kind: PolicyKind;
  /** What the person would call it: "Bucket policy for Data Exports delivery". */
  title: string;
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
