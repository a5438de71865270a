import { fail, ok, type Result } from '../result';
import { statementsOf, type PolicyDocument, type PolicyStatement } from './document';
import { formatPolicyText } from './format';
import { checkPolicyLimits } from './limits';
import { statementsEquivalent } from './merge';
import { parsePolicyText } from './parse';

/**
 * The Data Exports "Configure S3 bucket" window *replaces* a selected bucket's whole policy with its
 * one delivery statement (evidence: aws_configure_bucket.png). These helpers decide which copies of a
 * bucket policy are worth keeping and put the replaced statements back.
 */

/** The Sid of the statement the console's "Configure S3 bucket" writes (aws_configure_S3_bucket.png). */
export const consoleDeliverySid = 'EnableAWSDataExportsToWriteToS3AndCheckPolicy';

/** The statements of a policy text, or undefined when it isn't a policy (an empty editor: no policy). */
export function policyStatements(text: string): PolicyStatement[] | undefined {
  if (text.trim() === '') return [];
  const parsed = parsePolicyText(text);
  return parsed.ok ? statementsOf(parsed.value) : undefined;
}

/**
 * Should a policy just seen replace the copy kept so far? Not when it is the console's delivery
 * statement alone while the copy held more: that is the replacement we must be able to undo.
 * Not when it isn't a policy, or is empty (a page still loading looks the same as "no policy").
 */
export function worthKeeping(seenText: string, keptText: string | undefined): boolean {
  const seen = policyStatements(seenText);
  if (!seen || seen.length === 0) return false;
  if (keptText === undefined) return true;
  const onlyConsoleDelivery = seen.every((statement) => statement.Sid === consoleDeliverySid);
  const kept = policyStatements(keptText) ?? [];
  return !(onlyConsoleDelivery && kept.some((statement) => statement.Sid !== consoleDeliverySid));
}

export interface RestorePlan {
  text: string;
  /** The saved statements put back, in their saved order. */
  restored: PolicyStatement[];
  /** Saved statements the editor already has (the same grant): not added twice. */
  alreadyThere: number;
}

const label = (statement: PolicyStatement, index: number) => statement.Sid ?? `statement ${index + 1}`;

/**
 * The editor's policy with every saved statement it lacks appended: nothing duplicated (a statement
 * granting the same, whatever its Sid, counts as there), nothing of the editor's dropped. A saved
 * statement whose Sid the editor uses for something else is a conflict the person must settle.
 */
export function restoreSavedStatements(currentText: string, savedText: string): Result<RestorePlan> {
  const saved = policyStatements(savedText);
  if (!saved || saved.length === 0) return fail('nothing-saved', "The kept copy of this bucket's policy has no statements to put back.");
  const parsedCurrent = currentText.trim() === '' ? ok<PolicyDocument>({ Version: '2012-10-17', Statement: [] }) : parsePolicyText(currentText);
  if (!parsedCurrent.ok) return fail('not-a-policy', `The editor doesn't hold a valid policy (${parsedCurrent.problem.message}), so nothing was put back.`);
  const current = statementsOf(parsedCurrent.value);
  const restored: PolicyStatement[] = [];
  let alreadyThere = 0;
  for (const [index, statement] of saved.entries()) {
    if (current.some((present) => statementsEquivalent(present, statement, { ignoreSid: true }))) {
      alreadyThere += 1;
      continue;
    }
    if (statement.Sid !== undefined && [...current, ...restored].some((present) => present.Sid === statement.Sid)) {
      return fail('sid-conflict', `The editor already has a different statement named ${statement.Sid}; the kept copy's ${label(statement, index)} wasn't put back. Rename one of them, then restore again.`);
    }
    restored.push(statement);
  }
  const document = Object.fromEntries(
    Object.entries(parsedCurrent.value).map(([key, value]) => [key, key === 'Statement' ? [...current, ...restored] : value]),
  ) as unknown as PolicyDocument;
  let text = formatPolicyText(document);
  let limits = checkPolicyLimits(text, 'bucket');
  if (!limits.ok && limits.problem.code === 'policy-too-large') {
    text = JSON.stringify(document);
    limits = checkPolicyLimits(text, 'bucket');
  }
  if (!limits.ok) return fail(limits.problem.code, `Putting the statements back would make a policy S3 refuses: ${limits.problem.message} Nothing was changed.`);
  return ok({ text, restored, alreadyThere });
}
