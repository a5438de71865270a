import { useId, useState } from 'react';

export interface SkipStepFormProps {
  stepTitle: string;
  onSkip: (reason: string) => void;
  onCancel: () => void;
}

/** Skipping asks why, so the account's record says what was left out and the reason. */
export function SkipStepForm({ stepTitle, onSkip, onCancel }: SkipStepFormProps) {
  const [reason, setReason] = useState('');
  const id = useId();
  return (
    <form
      className="stack"
      aria-label={`Skip ${stepTitle}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) onSkip(reason.trim());
      }}
    >
      <label htmlFor={id} className="field-label">
        Why skip this step?
      </label>
      <input
        id={id}
        type="text"
        value={reason}
        autoFocus
        placeholder="e.g. the policy already exists"
        onChange={(event) => setReason(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      />
      <div className="row">
        <button type="submit" className="icon primary" disabled={!reason.trim()}>
          Skip step
        </button>
        <button type="button" className="icon link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
