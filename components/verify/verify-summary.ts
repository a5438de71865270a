import type { CheckResult, CheckStatus } from '../../lib/verify/checks';

export type SummaryKind = 'ready' | 'waiting-for-delivery' | 'to-fix' | 'nothing-checked';

export interface VerifySummary {
  kind: SummaryKind;
  text: string;
  /** A second sentence: what the warnings or the open items are. */
  detail?: string;
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * "Ready to connect" only when nothing failed and nothing went unchecked; warnings are allowed, but
 * an export AWS hasn't delivered yet is not: connecting fails until the first files are there.
 */
export function summarize(results: readonly CheckResult[]): VerifySummary {
  if (results.length === 0) return { kind: 'nothing-checked', text: 'Nothing was checked. Verify again.' };
  const count = (status: CheckStatus) => results.filter((result) => result.status === status).length;
  const failed = count('fail');
  const unchecked = count('cant-check');
  const warnings = count('warn');

  if (failed + unchecked > 0) {
    const parts = [failed > 0 && `${failed} failed`, unchecked > 0 && `${unchecked} couldn't be checked`].filter(Boolean).join(', ');
    return { kind: 'to-fix', text: `${plural(failed + unchecked, 'thing')} to fix before connecting`, detail: `${parts}; each says what to do.` };
  }
  const waitingForDelivery = results.some((result) => result.id === 'first-delivery' && result.status === 'warn');
  const otherWarnings = warnings - (waitingForDelivery ? 1 : 0);
  const warningNote = otherWarnings > 0 ? `Read the ${plural(otherWarnings, 'warning')} below first.` : undefined;
  if (waitingForDelivery) {
    return {
      kind: 'waiting-for-delivery',
      text: 'Ready once AWS delivers the first export: connect after that',
      detail: ['The platform reads the export files when you connect, and there are none yet.', warningNote].filter(Boolean).join(' '),
    };
  }
  return warningNote ? { kind: 'ready', text: 'Ready to connect', detail: warningNote } : { kind: 'ready', text: 'Ready to connect' };
}
