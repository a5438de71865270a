/**
 * Which required IAM actions a set of identity policies grants.
 *
 * What this evaluates, honestly:
 * - Action / NotAction with `*` and `?` wildcards, case-insensitive (`S3:getobject` = `s3:GetObject`).
 * - Resource / NotResource with the same wildcards, case-sensitive (ARNs are).
 * - An action is covered when some Allow statement in the union of the documents matches it on the
 *   needed resource and no Deny statement does (explicit Deny wins, as in AWS).
 * - Conditions are NOT evaluated: a statement counts as if its conditions hold. Every covering or
 *   denying statement that has conditions is reported in `notes`, so the person can judge.
 * - A required resource of `*` means "all resources": only a pattern that matches the literal `*`
 *   covers it (`*`, `arn:*` does not). A Deny on some resources only is reported in `notes`.
 * - Not evaluated: permission boundaries, SCPs/RCPs, session policies, resource policies and
 *   policy variables (`${aws:username}` is compared literally).
 */
import { statementsOf, type PolicyDocument, type PolicyStatement, type StringOrList } from '../policies/document';

/** One thing the platform needs to do, e.g. `{ action: 's3:GetObject', resource: 'arn:aws:s3:::billing-export-111122223333/*' }`. */
export interface RequiredAction {
  action: string;
  resource: string;
  /** Which of our policy templates grants it; lets a fix point at the document to insert. */
  grantedBy?: 'billingImportPolicy' | 'discoveryPolicy';
}

export interface MissingAction extends RequiredAction {
  /** `not-allowed`: no statement allows it; `denied`: allowed, but an explicit Deny removes it. */
  reason: 'not-allowed' | 'denied';
  /** The statement that denies it, as `policy name (Sid)`. */
  deniedBy?: string;
}

export interface NamedPolicy {
  /** Policy name as shown in IAM, e.g. `FinOpsForCloudBillingImport` or `inline: billing`. */
  name: string;
  document: PolicyDocument;
}

export interface CoverageReport {
  missing: MissingAction[];
  /** Things we did not evaluate but the person should know: conditions, partial denies. */
  notes: string[];
}

export const listOf = (value: StringOrList | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const globCache = new Map<string, RegExp>();
const globRegExp = (pattern: string, caseInsensitive: boolean): RegExp => {
  const key = `${caseInsensitive ? 'i' : 's'}${pattern}`;
  let regExp = globCache.get(key);
  if (!regExp) {
    const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    regExp = new RegExp(`^${body}$`, caseInsensitive ? 'is' : 's');
    globCache.set(key, regExp);
  }
  return regExp;
};

/** IAM action pattern match: `s3:Get*` matches `s3:GetObject`; case-insensitive. */
export const actionMatches = (pattern: string, action: string): boolean => globRegExp(pattern, true).test(action);

/** Resource (ARN) pattern match: `arn:aws:s3:::bucket/*` matches `arn:aws:s3:::bucket/reports/x`; case-sensitive. */
export const resourceMatches = (pattern: string, resource: string): boolean => globRegExp(pattern, false).test(resource);

/** Does the statement's Action/NotAction cover this action? */
export const statementCoversAction = (statement: PolicyStatement, action: string): boolean => {
  if (statement.Action !== undefined) return listOf(statement.Action).some((pattern) => actionMatches(pattern, action));
  if (statement.NotAction !== undefined) return !listOf(statement.NotAction).some((pattern) => actionMatches(pattern, action));
  return false;
};

/** Does the statement's Resource/NotResource cover this resource? No resource element (resource policies): yes. */
export const statementCoversResource = (statement: PolicyStatement, resource: string): boolean => {
  if (statement.Resource !== undefined) return listOf(statement.Resource).some((pattern) => resourceMatches(pattern, resource));
  if (statement.NotResource !== undefined) return !listOf(statement.NotResource).some((pattern) => resourceMatches(pattern, resource));
  return true;
};

const hasConditions = (statement: PolicyStatement) => statement.Condition !== undefined && Object.keys(statement.Condition).length > 0;

const labelOf = (policy: NamedPolicy, statement: PolicyStatement, index: number) =>
  `${policy.name} (${statement.Sid ? `Sid ${statement.Sid}` : `statement ${index + 1}`})`;

/** Evaluate every required action against the union of the policies. */
export function checkCoverage(required: readonly RequiredAction[], policies: readonly NamedPolicy[]): CoverageReport {
  const statements = policies.flatMap((policy) =>
    statementsOf(policy.document).map((statement, index) => ({ statement, label: labelOf(policy, statement, index) })),
  );
  const missing: MissingAction[] = [];
  const notes = new Set<string>();

  for (const need of required) {
    const matching = statements.filter(({ statement }) => statementCoversAction(statement, need.action));
    const applies = matching.filter(({ statement }) => statementCoversResource(statement, need.resource));
    const allow = applies.find(({ statement }) => statement.Effect === 'Allow');
    const deny = applies.find(({ statement }) => statement.Effect === 'Deny');

    if (deny) {
      if (allow) missing.push({ ...need, reason: 'denied', deniedBy: deny.label });
      else missing.push({ ...need, reason: 'not-allowed' });
    } else if (!allow) {
      missing.push({ ...need, reason: 'not-allowed' });
    }
    for (const found of [allow, deny]) {
      if (found && hasConditions(found.statement)) {
        notes.add(`${found.label} has conditions (${Object.keys(found.statement.Condition ?? {}).join(', ')}); they were assumed to hold.`);
      }
    }
    if (allow && !deny && need.resource === '*') {
      const partialDeny = matching.find(({ statement }) => statement.Effect === 'Deny');
      if (partialDeny) notes.add(`${partialDeny.label} denies ${need.action} on some resources.`);
    }
  }
  return { missing, notes: [...notes] };
}

/** Exactly which required actions the documents (together) do not grant. */
export const missingActions = (required: readonly RequiredAction[], documents: readonly PolicyDocument[]): MissingAction[] =>
  checkCoverage(
    required,
    documents.map((document, index) => ({ name: `policy ${index + 1}`, document })),
  ).missing;
