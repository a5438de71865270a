// What tests hand to the console replicas (window.__REPLICA__, set before the page loads)
// and what the replicas hand back (window.__REPLICA_STATE__). Types only, so the browser
// harness and the replica apps share one definition.

export type ReplicaLanguage = 'en' | 'de' | 'ja';

/**
 * How every JSON policy editor on a replica page behaves:
 * - normal: Cloudscape CodeEditor (Ace), controlled by React state, like the console.
 * - no-editor: the CodeEditor shows its "error loading" screen; no `.ace_editor` exists.
 * - textarea-editor: a plain Cloudscape Textarea instead of Ace.
 * - overwrite-twice: the first two bulk writes into the editor are undone ~30 ms later, as a
 *   pending React update would, so a writer must verify and retry.
 * - ace-without-env: Ace as normal, but its element carries no `env` (AWS's own editor wrapper
 *   may not expose it): nothing can call `env.editor.setValue`, writes must go through a paste.
 */
export type ReplicaEditorVariant = 'normal' | 'no-editor' | 'textarea-editor' | 'overwrite-twice' | 'ace-without-env';

export interface ReplicaDataExport {
  name: string;
  bucket: string;
  prefix: string;
  /** Shown as is in the Status column, e.g. "Healthy", "Pending", "Unhealthy". */
  status: string;
  /** e.g. "Standard data export", "Legacy CUR export". */
  type: string;
  /** Data table content, e.g. "CUR 2.0" (default). */
  tableContent?: string;
  granularity?: 'Hourly' | 'Daily' | 'Monthly';
  format?: 'Parquet' | 'gzip-CSV';
  versioning?: 'overwrite' | 'create-new';
  includeResourceIds?: boolean;
  splitCostAllocationData?: boolean;
  bucketRegion?: string;
}

export interface ReplicaLegacyReport {
  name: string;
  bucket: string;
  prefix: string;
  granularity: 'Hourly' | 'Daily' | 'Monthly';
}

export interface ReplicaOptions {
  /** 12 digits; default 111122223333. */
  accountId?: string;
  /** Signed-in IAM user name shown in the account menu; default "admin". */
  userName?: string;
  lang?: ReplicaLanguage;
  dark?: boolean;
  /** Render the JSON editors this many ms after the page (CodeEditor shows "Loading" meanwhile). */
  editorDelayMs?: number;
  variant?: ReplicaEditorVariant;
  /** IAM create policy starts in JSON mode unless this is 'visual'. */
  policyEditorMode?: 'visual' | 'json';
  /** Bucket policy every bucket starts with; null = no policy. Default: two unrelated statements. */
  existingBucketPolicy?: string | null;
  /**
   * Edit bucket policy shows a loading status and an empty editor this many ms before the bucket's
   * policy arrives (an assumption: no evidence shows whether S3 does; an empty editor is also what
   * it shows for a bucket without a policy). Text typed meanwhile is kept, as a form keeps edits.
   */
  bucketPolicyDelayMs?: number;
  /** Buckets listed on /s3/buckets; default [`billing-export-ACCOUNT`, two unrelated]. */
  buckets?: string[];
  /** Data Exports listed on load; default one unrelated export. */
  exports?: ReplicaDataExport[];
  /** Legacy CUR reports on /billing/home#/reports; default one report. */
  legacyReports?: ReplicaLegacyReport[];
  /** Number of member accounts on the Organizations page; default 4 (0 = standalone account). */
  organizationMemberCount?: number;
  /** Rows of every StackSet's "Stack instances" tab, in this order. */
  stackSetInstances?: ReplicaStackInstance[];
  /** Without `stackSetInstances`: this many instances, all CURRENT, for the Organizations page's member accounts (default 4). */
  stackSetInstanceCount?: number;
  /** Rows per page of the stack instances table; default 50. */
  stackSetInstancesPageSize?: number;
}

/** One row of a StackSet's "Stack instances" tab. */
export interface ReplicaStackInstance {
  /** 12 digits. */
  account: string;
  status: 'CURRENT' | 'OUTDATED' | 'INOPERABLE';
  /** Default us-east-1. */
  region?: string;
  /** Default: SUCCEEDED for CURRENT, FAILED otherwise. */
  detailedStatus?: string;
  statusReason?: string;
}

export interface ReplicaAccessKey {
  accessKeyId: string;
  secretAccessKey: string;
  useCase: string;
  description: string;
}

export interface ReplicaSubmission {
  /** create-policy | create-role | create-user | create-access-key | edit-bucket-policy | create-export | edit-export | create-stack | create-stack-set */
  form: string;
  values: Record<string, unknown>;
}

export interface ReplicaState {
  app: string;
  accountId: string;
  /** Hash (IAM, Data Exports, billing) or path+search (S3, Organizations) of the current SPA route. */
  route: string;
  /** Managed policies created on the IAM replica, by name. */
  policies: Record<string, { document: string; description: string }>;
  roles: Record<string, { trustPolicy: string; attachedPolicies: string[]; description: string }>;
  users: Record<string, { consoleAccess: boolean; attachedPolicies: string[]; accessKeys: ReplicaAccessKey[] }>;
  /**
   * Current bucket policy text per bucket (null = none); saved edits land here, and so does the
   * Data Exports "Configure S3 bucket" modal, which *replaces* a selected bucket's whole policy.
   */
  bucketPolicies: Record<string, string | null>;
  /** Buckets made by the "Configure S3 bucket" modal's "Create bucket", with their region. */
  createdBuckets: Record<string, string>;
  /** Text of the last policy document saved by any form (policy, trust policy, bucket policy). */
  lastSavedPolicy: string | null;
  exports: ReplicaDataExport[];
  /** Every successful form submission, oldest first. */
  submissions: ReplicaSubmission[];
  /** Validation errors the replica showed, oldest first (e.g. "Policy has invalid JSON format."). */
  errorsShown: string[];
  /** How many writes the overwrite-twice variant undid. */
  editorClobbers: number;
}
