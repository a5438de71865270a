import { parseValue, valueLabels, type ValueKind } from '../../lib/values';

/** Where a value came from, as the progress state records it. */
export type ValueSource = 'page' | 'typed' | 'default';

export interface ValueEntry {
  kind: ValueKind;
  value?: string;
  source?: ValueSource;
  /** Why a typed value was refused when it was stored. */
  problem?: string;
}

export const sourceLabels: Record<ValueSource, string> = { page: 'read from page', typed: 'typed', default: 'default' };

export type CheckedValue =
  | { state: 'missing' }
  | { state: 'valid'; handOver: string }
  | { state: 'invalid'; message: string };

/** What the platform's field wants (normalised by the value's own rules), or why this value won't do. */
export function checkValue(kind: ValueKind, value: string | undefined, storedProblem?: string): CheckedValue {
  if (storedProblem !== undefined) return { state: 'invalid', message: storedProblem };
  if (value === undefined || value.trim() === '') return { state: 'missing' };
  const parsed = parseValue(kind, value);
  return parsed.ok ? { state: 'valid', handOver: parsed.value } : { state: 'invalid', message: parsed.problem.message };
}

/** "AWS account ID: 111122223333" lines for every value that is known and valid. */
export function labelledValuesText(entries: readonly ValueEntry[]): string {
  return entries
    .flatMap((entry) => {
      const checked = checkValue(entry.kind, entry.value, entry.problem);
      return checked.state === 'valid' ? [`${valueLabels[entry.kind]}: ${checked.handOver}`] : [];
    })
    .join('\n');
}
