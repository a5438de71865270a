/** IAM / S3 policy documents as the AWS policy grammar defines them. */

export type StringOrList = string | string[];

export type Principal = '*' | { AWS?: StringOrList; Service?: StringOrList; Federated?: StringOrList; CanonicalUser?: StringOrList };

/** Condition operator → condition key → value(s), e.g. { StringLike: { 'aws:SourceAccount': '111122223333' } }. */
export type Condition = Record<string, Record<string, StringOrList | boolean | number>>;

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: Principal;
  NotPrincipal?: Principal;
  Action?: StringOrList;
  NotAction?: StringOrList;
  Resource?: StringOrList;
  NotResource?: StringOrList;
  Condition?: Condition;
}

export interface PolicyDocument {
  Version: '2012-10-17' | '2008-10-17';
  Id?: string;
  /** AWS accepts a single statement object as well as a list. */
  Statement: PolicyStatement | PolicyStatement[];
}

/**
 * Which AWS limit applies: customer managed policy (6,144 chars excluding whitespace),
 * role trust policy (2,048), S3 bucket policy (20 KB).
 */
export type PolicyKind = 'managed' | 'trust' | 'bucket';

export const statementsOf = (document: PolicyDocument): PolicyStatement[] =>
  Array.isArray(document.Statement) ? document.Statement : [document.Statement];
