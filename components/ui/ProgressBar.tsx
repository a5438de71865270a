export interface ProgressBarProps {
  done: number;
  total: number;
  /** Accessible name, e.g. "Progress of account 1111-2222-3333". */
  label: string;
}

export function ProgressBar({ done, total, label }: ProgressBarProps) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={`${done} of ${total} steps`} data-complete={total > 0 && done >= total}>
      <span style={{ width: `${percent}%` }} />
    </div>
  );
}
