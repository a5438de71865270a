import { useId, useRef, useState } from 'react';
import { previewImport, type ImportPreview } from '../../lib/onboarding/import-preview';
import { exportProgress, importProgress, type ImportedProgress, type ProgressState } from '../../lib/onboarding/state-schema';
import { formatAccountIdForDisplay } from '../../lib/values';
import { Alert } from '../ui/Alert';

export interface ProgressTransferProps {
  state: ProgressState;
  /** Called with the accounts read from a file that passed its checks. */
  onImport: (imported: ImportedProgress) => void;
}

const fileName = () => `finops-aws-onboarding-progress-${new Date().toISOString().slice(0, 10)}.json`;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const account = (accountId: string) => formatAccountIdForDisplay(accountId);

/** What a file would change, before anything changes: whom a role would trust first, then the rest. */
function ImportPreviewPanel({ preview, problems, onConfirm, onCancel }: { preview: ImportPreview; problems: string[]; onConfirm: () => void; onCancel: () => void }) {
  const nothing = preview.added.length + preview.changed.length === 0;
  return (
    <section aria-label="What this import would change" className="stack import-preview">
      {preview.trustChanges.length > 0 && (
        <Alert type="error" title="Check whom these accounts would trust">
          <ul>
            {preview.trustChanges.map((change) => (
              <li key={change.accountId}>
                {account(change.accountId)}{change.isNew ? ' (new)' : ''}: its role would let <strong>{change.trustedPrincipal}</strong> read this AWS account, for the portal at{' '}
                <strong>{change.portalOrigin}</strong>. Import only if you know and trust both.
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {nothing ? (
        <p>Nothing to import: every account and value in this file is already here.</p>
      ) : (
        <>
          {preview.added.length > 0 && (
            <div>
              <strong>Adds {plural(preview.added.length, 'account')}:</strong>
              <ul>
                {preview.added.map((added) => (
                  <li key={added.accountId}>
                    {account(added.accountId)}
                    {added.label ? ` (${added.label})` : ''} · {added.platformName}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {preview.changed.map((changed) => (
            <div key={changed.accountId}>
              <strong>Changes {account(changed.accountId)}:</strong>
              <ul>
                {changed.values.map((value) => (
                  <li key={value.kind}>
                    {value.label}: {value.from === '' ? `(none) → ${value.to}` : `${value.from} → ${value.to}`}
                  </li>
                ))}
                {changed.steps.map((step) => (
                  <li key={step.stepId}>
                    Step {step.stepId}: {step.from} → {step.to}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      {problems.length > 0 && <Alert type="warning">{problems.join(' ')}</Alert>}
      <div className="row">
        {!nothing && (
          <button type="button" onClick={onConfirm}>
            Import
          </button>
        )}
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** Export every account's progress as JSON (never a secret) and import such a file again, after a preview. */
export function ProgressTransfer({ state, onImport }: ProgressTransferProps) {
  const [download, setDownload] = useState<{ href: string; name: string } | undefined>(undefined);
  const [result, setResult] = useState<{ type: 'success' | 'error' | 'warning'; text: string } | undefined>(undefined);
  const [pending, setPending] = useState<{ imported: ImportedProgress; preview: ImportPreview } | undefined>(undefined);
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
    setResult(undefined);
    const imported = importProgress(await file.text());
    if (!imported.ok) return setResult({ type: 'error', text: imported.problem.message });
    setPending({ imported: imported.value, preview: previewImport(state, imported.value.accounts) });
  };

  const confirmImport = () => {
    if (!pending) return;
    onImport(pending.imported);
    const count = Object.keys(pending.imported.accounts).length;
    const problems = pending.imported.problems;
    setPending(undefined);
    setResult({
      type: problems.length ? 'warning' : 'success',
      text: `Imported ${plural(count, 'account')}.${problems.length ? ` ${problems.join(' ')}` : ''}`,
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
      {pending && (
        <ImportPreviewPanel preview={pending.preview} problems={pending.imported.problems} onConfirm={confirmImport} onCancel={() => setPending(undefined)} />
      )}
      {result && <Alert type={result.type}>{result.text}</Alert>}
    </div>
  );
}
