import type { PolicyDocument } from './document';

export interface PolicyFormatOptions {
  /**
   * One level of indentation; four spaces by default, as AWS's documentation writes policies. The
   * console editors (Cloudscape's Ace-based CodeEditor) keep whatever text they are given, so this
   * is a choice, not a requirement. Whitespace doesn't count towards IAM's size limits; we count
   * it towards S3's 20 KB.
   */
  indent?: string;
}

/**
 * The policy as the console's JSON editor shows it: keys in the order they were written, one
 * element per line, no trailing newline. The same document always gives the same text, so a
 * merge that changes nothing writes back exactly what it read.
 */
export function formatPolicyText(document: PolicyDocument, options: PolicyFormatOptions = {}): string {
  return JSON.stringify(document, null, options.indent ?? '    ');
}
