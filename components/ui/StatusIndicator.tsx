export type IndicatorStatus = 'done' | 'skipped' | 'pending' | 'current' | 'in-progress' | 'valid' | 'invalid' | 'missing' | 'problem' | 'warning';

/** A coloured dot and a word; the word carries the meaning, the colour only repeats it. */
export function StatusIndicator({ status, children }: { status: IndicatorStatus; children: React.ReactNode }) {
  return (
    <span className="status" data-status={status}>
      {children}
    </span>
  );
}
