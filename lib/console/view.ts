import type { TemplateId } from '../policies/template-types';
import type { ValueKind } from '../values/parse-value';

/**
 * What the console buttons need to know, worked out by the background from the person's setup.
 * Plain data and types only: the content script imports nothing but this shape, which keeps zod,
 * the templates and the platforms out of every console page.
 */
export interface ConsoleView {
  platformName: string;
  accountId?: string;
  /** Customer managed policies this account gets, in order (none for Cloudyn: it uses ReadOnlyAccess). */
  managedPolicies: Array<{ templateId: TemplateId; name: string }>;
  roleName: string;
  userName: string;
  /** True when the platform trusts a principal narrower than an account, so only a custom trust policy says so. */
  needsCustomTrustPolicy: boolean;
  trustedAccountId?: string;
  externalIdSupported: boolean;
  /** Names the console lists the policies to attach under (ours and AWS managed ones). */
  policiesToAttach: string[];
  bucketPolicy?: { templateId: TemplateId; label: string };
  /** Whether this account gets its own Data Export (not a member of a connected organization). */
  needsDataExport: boolean;
  recommendedExport?: { exportName: string; bucketName: string; exportPathPrefix: string };
  /** Bucket policies the extension kept a copy of (this account), by bucket: how many statements, when seen. */
  savedBucketPolicies?: Record<string, { statementCount: number; seenAt: string }>;
  values: Partial<Record<ValueKind, string>>;
  /** What the CloudFormation "Create stack" and "Create StackSet" pages are filled with. */
  cloudFormation?: CloudFormationView;
  /** Set when the stored setup couldn't be used and defaults stand in. */
  problem?: string;
}

/** A template parameter as the CloudFormation console labels it (its logical name), with our value. */
export interface CloudFormationParameterView {
  name: string;
  /** What the value is, in words: "S3 bucket your Data Export delivers to". */
  label: string;
  /** Unknown until read or typed: the side panel opens at `valueKind` then. */
  value?: string;
  valueKind?: ValueKind;
}

export interface CloudFormationView {
  /** The stack for this account (the single-account template). */
  stackName: string;
  stackParameters: CloudFormationParameterView[];
  /** The member-account StackSet, where the platform connects member accounts with a role. */
  stackSet?: { stackSetName: string; parameters: CloudFormationParameterView[] };
}

/** One line of a statement diff (lib/policies/statement-diff's DiffLine, as plain data). */
export interface DocumentDiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** The background's answer to "render this document" or "merge it into this text". */
export type DocumentReply =
  | {
      ok: true;
      text: string;
      name: string;
      changed: boolean;
      description?: string;
      /** Statements under our Sids that differ from ours, each with a line diff (what is there → ours). */
      replacements?: Array<{ sid: string; diff: DocumentDiffLine[] }>;
      /** True until the request confirms every replacement: the button must show the diff and ask. */
      needsConfirmation?: boolean;
    }
  | { ok: false; message: string; missing?: ValueKind };

/**
 * The most editor text a console page sends for a merge. Far above every AWS policy limit (S3:
 * 20,480 bytes), so a longer text can't become a valid policy: the page says so instead of sending.
 */
export const EDITOR_TEXT_LIMIT = 100_000;

/** What a button says when the editor holds more than EDITOR_TEXT_LIMIT characters. */
export const editorTooLongMessage = (length: number): string =>
  `The policy in the editor is ${length.toLocaleString('en-US')} characters: more than any AWS policy may hold (S3 allows 20,480 bytes, IAM 6,144 characters), so we can't merge into it. Remove what is no longer needed, then try again; we haven't changed anything.`;
