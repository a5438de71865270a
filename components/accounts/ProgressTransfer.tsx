import { useId, useRef, useState } from 'react';
import { exportProgress, importProgress, type ImportedProgress, type ProgressState } from '../../lib/onboarding/state-schema';
import { Alert } from '../ui/Alert';

export interface ProgressTransferProps {
  state: ProgressState;
  /** Called with the accounts read from a file that passed its checks. */
  onImport: (imported: ImportedProgress) => void;
}

const fileName = () => `finops-aws-onboarding-progress-${new Date().toISOString().slice(0, 10)}.json`;

/** Export every account's progress as JSON (never a secret) and import such a file again. */
export function ProgressTransfer({ state, onImport }: ProgressTransferProps) {
  const [download, setDownload] = useState<{ href: string; name: string } | undefined>(undefined);
  const [result, setResult] = useState<{ type: 'success' | 'error' | 'warning'; text: string } | undefined>(undefined);
  const link = useRef<HTMLAnchorElement>(null);
  const inputId = useId();

  const exportNow = () => {
    // A data: URL needs no object URL to revoke and works the same in Chrome and Firefox pages.
    const href = `data:application/json;charset=utf-8,${encodeURIComponent(exportProgress(state))}`;
    setDownload({ href, name: fileName() });
    queueMicrotask(() => link.current?.click());
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const imported = importProgress(await file.text());
    if (!imported.ok) return setResult({ type: 'error', text: imported.problem.message });
    onImport(imported.value);
    const count = Object.keys(imported.value.accounts).length;
    const problems = imported.value.problems;
    setResult({
      type: problems.length ? 'warning' : 'success',
      text: `Imported ${count} account${count === 1 ? '' : 's'}.${problems.length ? ` ${problems.join(' ')}` : ''}`,
    });
  };

  return (
    <div className="stack">
      <div className="row">
        <button type="button" onClick={exportNow} disabled={Object.keys(state.accounts).length === 0}>
          Export progress
        </button>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          className="visually-hidden file-input"
          onChange={(event) => {
            void importFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <label htmlFor={inputId} className="button">
          Import progress…
        </label>
      </div>
      {download && (
        <a ref={link} href={download.href} download={download.name} className="small">
          Download {download.name} again
        </a>
      )}
      <p className="secondary">The file holds every account’s steps and values, never a secret access key.</p>
      {result && <Alert type={result.type}>{result.text}</Alert>}
    </div>
  );
}
