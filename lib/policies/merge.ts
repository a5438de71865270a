import { fail, ok, type Result } from '../result';
import { statementsOf, type PolicyDocument, type PolicyKind, type PolicyStatement } from './document';
import { formatPolicyText } from './format';
import { checkPolicyLimits } from './limits';
import { parsePolicyText } from './parse';
import { grantsTheSame } from './statement-grants';
import { sidAliases } from './statement-ids';

/** What a merge does, by the Sids of our statements. */
export interface PolicyChanges {
  /** Ours, not in the policy before: appended after the existing statements. */
  added: string[];
  /** Ours by Sid, but different from the current version: replaced where they stood. */
  replaced: string[];
  /** Ours, already present: by Sid, or as a statement with another Sid that grants exactly the same. */
  unchanged: string[];
  /** How many of the person's own statements (any Sid that isn't ours) stay as they were. */
  keptExisting: number;
}

/** A statement under one of our Sids that differs from ours: what is there, and what would replace it. */
export interface StatementReplacement {
  sid: string;
  before: PolicyStatement;
  after: PolicyStatement;
}

export interface MergedPolicy {
  /**
   * Formatted with formatPolicyText, or written compactly when only that fits AWS's limit; merging
   * again with the same statements gives this text back.
   */
  text: string;
  document: PolicyDocument;
  changes: PolicyChanges;
  /** Ours by Sid but different in the editor (an older version, or the person edited it). */
  replacements: StatementReplacement[];
  /** True when the text is compact JSON because indentation would have pushed it over the limit. */
  compact: boolean;
}

/**
 * Sorts keys and list items, drops repeated list items and treats a one-item list like the item
 * itself: in the policy grammar every list is a set and `"Action": "s3:GetObject"` is
 * `"Action": ["s3:GetObject"]`. Values are compared as written otherwise (no case folding).
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    const items = [...new Set(value.map(canonicalJson))].sort();
    return items.length === 1 ? items[0]! : `[${items.join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Whether two statements grant the same thing, regardless of key order, list order and
 * string-versus-one-item-list. With `ignoreSid`, statements that differ only by their Sid match.
 */
export function statementsEquivalent(a: PolicyStatement, b: PolicyStatement, options: { ignoreSid?: boolean } = {}): boolean {
  const comparable = (statement: PolicyStatement) =>
    options.ignoreSid ? Object.fromEntries(Object.entries(statement).filter(([key]) => key !== 'Sid')) : statement;
  return canonicalJson(comparable(a)) === canonicalJson(comparable(b));
}

function assertAdditionsHaveUniqueSids(additions: PolicyStatement[]): void {
  const seen = new Set<string>();
  for (const addition of additions) {
    // Our templates always name their statements; a missing or repeated Sid is a bug, not user input.
    if (typeof addition.Sid !== 'string' || addition.Sid === '') {
      throw new Error(`mergeStatements: every statement to add needs a Sid (got ${JSON.stringify(addition)})`);
    }
    if (seen.has(addition.Sid)) throw new Error(`mergeStatements: two statements to add share the Sid ${addition.Sid}`);
    seen.add(addition.Sid);
  }
}

function findDuplicateSid(statements: PolicyStatement[]): Result<void> {
  const firstIndexBySid = new Map<string, number>();
  for (const [index, statement] of statements.entries()) {
    if (statement.Sid === undefined) continue;
    const firstIndex = firstIndexBySid.get(statement.Sid);
    if (firstIndex !== undefined) {
      return fail(
        'duplicate-sid',
        `The policy in the editor has two statements with "Sid": ${JSON.stringify(statement.Sid)} (statements ${firstIndex + 1} and ${index + 1}), and AWS rejects a policy whose Sids repeat. Rename or remove one of them, then try again — we haven't changed anything.`,
      );
    }
    firstIndexBySid.set(statement.Sid, index);
  }
  return ok(undefined);
}

/**
 * Adds our statements to the policy text from a console editor, keeping everything else.
 *
 * - A statement with one of our Sids is ours: left alone when it already matches (key order, list
 *   order and string-versus-one-item-list don't matter), otherwise replaced in place.
 * - AWS's own Sid for the same grant (`EnableAWSDataExportsToWriteToS3AndCheckPolicy`, which the Data
 *   Exports console writes) counts as ours: unchanged when it grants the same, else replaced in place.
 * - One of ours whose Sid isn't there, but whose grant is already there under another Sid (say the
 *   person pasted AWS's documented policy), counts as unchanged: we don't add a duplicate. It must
 *   grant the same, read as IAM reads it (action case, StringLike without wildcards = StringEquals,
 *   a one-item list = its item); a statement granting more or less than ours doesn't count.
 * - Otherwise ours is appended after the existing statements, in the order given.
 * - Every other statement and top-level key (Version, Id, anything unknown) stays, in its order.
 *   `Statement` comes out as a list even when it was a single statement.
 *
 * Text that isn't a policy, a policy with repeated Sids, or a result over AWS's limits comes back as
 * a problem, and the caller must leave the editor as it is. Merging the result again changes nothing.
 * The text is always reformatted; when `hasChanges(changes)` is false, leave the editor alone.
 */
export function mergeStatements(existingText: string, additions: PolicyStatement[], kind: PolicyKind): Result<MergedPolicy> {
  assertAdditionsHaveUniqueSids(additions);

  const parsed = parsePolicyText(existingText);
  if (!parsed.ok) return parsed;
  const existingStatements = statementsOf(parsed.value);
  const duplicateSid = findDuplicateSid(existingStatements);
  if (!duplicateSid.ok) return duplicateSid;

  const ourSids = new Set(additions.flatMap((addition) => [addition.Sid, ...(sidAliases[addition.Sid!] ?? [])]));
  // Look-alikes count only among the person's own statements: one under our Sid may be replaced.
  const theirStatements = existingStatements.filter((statement) => !ourSids.has(statement.Sid));
  const merged = [...existingStatements];
  const changes: PolicyChanges = { added: [], replaced: [], unchanged: [], keptExisting: theirStatements.length };
  const replacements: StatementReplacement[] = [];

  for (const addition of additions) {
    const sid = addition.Sid!;
    const known = [sid, ...(sidAliases[sid] ?? [])];
    const index = merged.findIndex((statement) => statement.Sid !== undefined && known.includes(statement.Sid));
    if (index !== -1) {
      if (statementsEquivalent(merged[index]!, addition) || (merged[index]!.Sid !== sid && grantsTheSame(merged[index]!, addition))) changes.unchanged.push(sid);
      else {
        replacements.push({ sid, before: merged[index]!, after: addition });
        merged[index] = addition;
        changes.replaced.push(sid);
      }
    } else if (theirStatements.some((statement) => statementsEquivalent(statement, addition, { ignoreSid: true }) || grantsTheSame(statement, addition))) {
      changes.unchanged.push(sid);
    } else {
      merged.push(addition);
      changes.added.push(sid);
    }
  }

  // fromEntries keeps key order and defines keys as data, even odd ones such as "__proto__".
  const document = Object.fromEntries(
    Object.entries(parsed.value).map(([key, value]) => [key, key === 'Statement' ? merged : value]),
  ) as unknown as PolicyDocument;
  const formatted = formatPolicyText(document);
  let limits = checkPolicyLimits(formatted, kind);
  // S3 counts whitespace: a policy someone keeps compact to fit must not be refused for our indentation.
  const compact = !limits.ok && limits.problem.code === 'policy-too-large';
  const text = compact ? JSON.stringify(document) : formatted;
  if (compact) limits = checkPolicyLimits(text, kind);
  if (!limits.ok) {
    return fail(limits.problem.code, `We can't add the FinOps statements to this policy. ${limits.problem.message} We haven't changed anything.`);
  }
  return ok({ text, document, changes, replacements, compact });
}

/** Whether applying the merge would change what the policy grants. */
export const hasChanges = (changes: PolicyChanges): boolean => changes.added.length + changes.replaced.length > 0;

const countWithSids = (sids: string[]) => `${sids.length} statement${sids.length === 1 ? '' : 's'} (${sids.join(', ')})`;

/**
 * One sentence for the preview, e.g.
 * "Adds 1 statement (FinOpsDataExportsWrite); keeps 3 existing statements unchanged."
 */
export function describeChanges(changes: PolicyChanges, options: { compact?: boolean } = {}): string {
  const parts: string[] = [];
  if (changes.added.length > 0) parts.push(`adds ${countWithSids(changes.added)}`);
  if (changes.replaced.length > 0) parts.push(`updates ${countWithSids(changes.replaced)} to the current version`);
  if (changes.unchanged.length > 0) {
    parts.push(`${countWithSids(changes.unchanged)} ${changes.unchanged.length === 1 ? 'is' : 'are'} already in place`);
  }
  if (changes.keptExisting > 0) {
    parts.push(`keeps ${changes.keptExisting} existing statement${changes.keptExisting === 1 ? '' : 's'} unchanged`);
  }
  const details = parts.join('; ');
  const sentence = hasChanges(changes) ? details : details === '' ? 'nothing to change' : `nothing to change: ${details}`;
  const compact = options.compact && hasChanges(changes) ? ' Written as compact JSON (no indentation), so the policy stays within S3\'s 20,480 bytes.' : '';
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.${compact}`;
}
