import type { ValueKind } from '../../lib/values';
import { CopyButton } from '../ui/CopyButton';
import { labelledValuesText, type ValueEntry } from './value-entries';
import { ValueRow } from './ValueRow';

export interface ValuesPanelProps {
  entries: readonly ValueEntry[];
  /** Store a typed value; the panel only calls it with values that pass their check. */
  onSave: (kind: ValueKind, value: string) => void;
  hints?: Partial<Record<ValueKind, string>>;
  /** Kinds shown but not editable here (the account ID is the account's key). */
  readOnly?: readonly ValueKind[];
  /** The value a console button asked for, if any. */
  requestedKind?: ValueKind;
}

/** Every value this account's onboarding uses, where it came from, whether it is right, and copy. */
export function ValuesPanel({ entries, onSave, hints = {}, readOnly = [], requestedKind }: ValuesPanelProps) {
  const allText = labelledValuesText(entries);
  return (
    <div className="stack">
      <ul className="kv" aria-label="Values">
        {entries.map((entry) => (
          <ValueRow
            key={entry.kind}
            entry={entry}
            hint={hints[entry.kind]}
            requested={entry.kind === requestedKind}
            onSave={readOnly.includes(entry.kind) ? undefined : (value) => onSave(entry.kind, value)}
          />
        ))}
      </ul>
      <div className="row end">
        <CopyButton text={allText} label="Copy all values" className="" disabled={allText === ''}>
          Copy all
        </CopyButton>
      </div>
    </div>
  );
}
