import { Alert } from '../ui/Alert';
import type { HandOffWarning } from './handoff-warnings';

/** The warnings before Connect, each an alert with its own title. */
export function HandOffWarnings({ warnings }: { warnings: readonly HandOffWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="stack" aria-label="Before you connect">
      {warnings.map((warning) => (
        <Alert key={warning.id} type="warning" title={warning.title}>
          <p>{warning.message}</p>
        </Alert>
      ))}
    </div>
  );
}
