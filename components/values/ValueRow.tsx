import { useEffect, useId, useRef, useState } from 'react';
import { valueLabels } from '../../lib/values';
import { CopyButton } from '../ui/CopyButton';
import { StatusIndicator } from '../ui/StatusIndicator';
import { checkValue, sourceLabels, type ValueEntry } from './value-entries';

export interface ValueRowProps {
  entry: ValueEntry;
  /** Saves a typed value (already checked here); undefined makes the row read-only. */
  onSave?: (value: string) => void;
  /** Why this value is needed or where to find it, one line. */
  hint?: string;
  /** A console button asked for this value: open the editor here and bring it into view. */
  requested?: boolean;
}

/** One value: label, source, whether it is valid, copy, and an inline editor. */
export function ValueRow({ entry, onSave, hint, requested = false }: ValueRowProps) {
  const label = valueLabels[entry.kind];
  const checked = checkValue(entry.kind, entry.value, entry.problem);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const inputId = useId();
  const problemId = useId();
  const draftCheck = draft === undefined ? undefined : checkValue(entry.kind, draft);
  const row = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!requested || !onSave) return;
    setDraft((current) => current ?? entry.value ?? '');
    row.current?.scrollIntoView?.({ block: 'center' });
    // Keyed on the request alone: a later change of the value must not reopen the editor.
  }, [requested]);

  // An emptied field clears the value (the suggestion, if any, comes back); otherwise only a valid one is saved.
  const canSave = draftCheck?.state === 'valid' || draftCheck?.state === 'missing';
  const save = () => {
    if (draft === undefined || !canSave || !onSave) return;
    onSave(draftCheck?.state === 'valid' ? draftCheck.handOver : '');
    setDraft(undefined);
  };

  return (
    <li data-value-kind={entry.kind} ref={row}>
      <div className="kv-head">
        <span className="kv-label">{label}</span>
        {entry.source && checked.state !== 'missing' && (
          <span className="badge" data-source={entry.source}>
            {sourceLabels[entry.source]}
          </span>
        )}
        {checked.state === 'valid' && <StatusIndicator status="valid">valid</StatusIndicator>}
        {checked.state === 'invalid' && <StatusIndicator status="invalid">needs a fix</StatusIndicator>}
        {checked.state === 'missing' && <StatusIndicator status="missing">not known yet</StatusIndicator>}
      </div>
      {draft === undefined ? (
        <>
          <div className={checked.state === 'missing' ? 'kv-value empty' : 'kv-value'}>{checked.state === 'missing' ? 'Not known yet' : entry.value}</div>
          {checked.state === 'invalid' && <p className="problem">{checked.message}</p>}
          {checked.state === 'missing' && hint && <p className="hint">{hint}</p>}
          <div className="row">
            {checked.state === 'valid' && <CopyButton text={checked.handOver} label={`Copy ${label}`} />}
            {onSave && entry.source === 'default' && checked.state === 'valid' && (
              <button type="button" className="icon link" aria-label={`Use suggestion for ${label}`} onClick={() => onSave(checked.handOver)}>
                Use suggestion
              </button>
            )}
            {onSave && (
              <button type="button" className="icon link" aria-label={`${checked.state === 'missing' ? 'Enter' : 'Edit'} ${label}`} onClick={() => setDraft(entry.value ?? '')}>
                {checked.state === 'missing' ? 'Enter' : 'Edit'}
              </button>
            )}
          </div>
        </>
      ) : (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <label htmlFor={inputId} className="visually-hidden">
            {label}
          </label>
          <input
            id={inputId}
            type="text"
            value={draft}
            autoFocus
            spellCheck={false}
            autoComplete="off"
            aria-invalid={draftCheck?.state === 'invalid'}
            aria-describedby={draftCheck?.state === 'invalid' ? problemId : undefined}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setDraft(undefined);
            }}
          />
          {draftCheck?.state === 'invalid' && (
            <p className="problem" id={problemId}>
              {draftCheck.message}
            </p>
          )}
          <div className="row">
            <button type="submit" className="icon primary" disabled={!canSave}>
              Save
            </button>
            <button type="button" className="icon link" onClick={() => setDraft(undefined)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
