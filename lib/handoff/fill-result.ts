/**
 * What the person reads after pressing the portal button: exactly what was filled (checked by
 * reading each input back), what wasn't and why, and what to do next. Never a success that didn't
 * happen, never a secret's value, and never a claim that the form was submitted.
 */
import type { ValueKind } from '../values';
import type { MissingValue, OlderFormAction } from './fill-plan';
import type { PortalFill } from './portal-fill';

// As lib/values formats it; repeated so the portal content script, which runs this, carries no zod.
export const displayAccountId = (accountId: string) => (/^\d{12}$/.test(accountId) ? accountId.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3') : accountId);

/** How one action of the plan went on the page. */
export type ActionOutcome =
  | 'done'
  /** No element to press, fill or choose. */
  | 'not-found'
  /** Found and set, but reading it back gave something else (the page reset or refused it). */
  | 'not-kept';

export interface ActionResult {
  action: OlderFormAction;
  outcome: ActionOutcome;
}

export type FillResultMessage =
  | { status: 'done'; message: string }
  | { status: 'problem'; message: string }
  /** Values are missing: the side panel can open at `field`. */
  | { status: 'missing'; message: string; field: ValueKind };

const list = (items: readonly string[]) => items.join(', ');

function missingSentence(missing: MissingValue, fill: PortalFill): string {
  switch (missing.reason) {
    case 'unknown':
      return `${missing.label} isn't known yet: do that step in the AWS console or type the value in the side panel.`;
    case 'invalid':
      return `${missing.label} was typed but doesn't check out${missing.problem ? `: ${missing.problem}` : '.'}`;
    case 'secret-not-typed':
      return `${missing.label} was left empty: type it into the side panel's last step (it is kept for this browser session only), or paste it here yourself.`;
    case 'secret-withheld':
      return `${missing.label} was not sent: it goes only to ${fill.platformName}'s portal (${fill.portalOrigin}). Paste it here yourself if this is the right place.`;
  }
}

function failureSentence({ action, outcome }: ActionResult): string {
  if (action.kind === 'press') return `Couldn't find the “${action.label}” button: press it yourself.`;
  if (outcome === 'not-found') return `Couldn't find the “${action.label}” field on this page.`;
  if (action.kind === 'switch') return `“${action.label}” didn't stay ${action.on ? 'on' : 'off'}: switch it yourself.`;
  return action.kind === 'choose'
    ? `“${action.label}” didn't stay on “${action.meaning}”: choose it yourself.`
    : `“${action.label}” didn't keep the value we typed: enter it yourself.`;
}

/** The sentence(s) for the button's status line, and whether the side panel should be offered. */
export function describeFillResult(fill: PortalFill, results: readonly ActionResult[]): FillResultMessage {
  const who = `AWS account ${displayAccountId(fill.accountId)}${fill.accountLabel ? ` (${fill.accountLabel})` : ''}`;
  const fieldResults = results.filter((result) => result.action.kind !== 'press');
  const filled = fieldResults.filter((result) => result.outcome === 'done').map((result) => result.action.label);
  const failures = results.filter((result) => result.outcome !== 'done');
  const suggested = fieldResults.flatMap(({ action, outcome }) => (outcome === 'done' && action.kind === 'fill' && action.suggested ? [`${action.label} (${action.value})`] : []));
  const total = fieldResults.length + fill.plan.missing.length;

  const sentences: string[] = [];
  sentences.push(
    filled.length === 0
      ? `Nothing was filled for ${who}.`
      : `Filled ${filled.length === total ? 'all ' : ''}${filled.length} of ${total} fields for ${who}: ${list(filled)}.`,
  );
  sentences.push(...failures.map(failureSentence));
  sentences.push(...fill.plan.missing.map((missing) => missingSentence(missing, fill)));
  if (suggested.length > 0) sentences.push(`Suggested values, not yet confirmed in the console: ${list(suggested)}. Check they match what you created.`);
  sentences.push(...fill.notes);
  if (filled.length > 0) sentences.push('Check the form, then press Connect yourself.');
  const message = sentences.join(' ');

  const firstMissing = fill.plan.missing[0];
  if (firstMissing) return { status: 'missing', message, field: firstMissing.valueKind };
  if (failures.length > 0) return { status: 'problem', message };
  return { status: 'done', message };
}
