import { useId, useState } from 'react';
import { CopyButton } from '../ui/CopyButton';
import { checkValue } from '../values/value-entries';

export interface SecretAccessKeyFieldProps {
  /** The platform's label for the field, e.g. "AWS secret access key". */
  label: string;
  secret?: string;
  onChange: (secret: string) => void;
  onForget: () => void;
}

/**
 * The secret access key, typed here only to hand it to the platform's form. It lives in this
 * browser session's memory (storage.session), never on disk, and goes when the account is connected.
 */
export function SecretAccessKeyField({ label, secret = '', onChange, onForget }: SecretAccessKeyFieldProps) {
  const [shown, setShown] = useState(false);
  const id = useId();
  const checked = checkValue('secretAccessKey', secret);
  return (
    <li data-field="secretAccessKey">
      <div className="kv-head">
        <label className="kv-label" htmlFor={id}>
          {label}
        </label>
        {checked.state === 'valid' && <span className="status" data-status="valid">valid</span>}
      </div>
      <div className="row" style={{ flexWrap: 'nowrap' }}>
        <input
          id={id}
          className="grow mono"
          type={shown ? 'text' : 'password'}
          value={secret}
          autoComplete="off"
          spellCheck={false}
          placeholder="Paste it from AWS (shown once)"
          aria-invalid={checked.state === 'invalid'}
          aria-describedby={`${id}-note`}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="button" className="icon link" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
      {checked.state === 'invalid' && <p className="problem">{checked.message}</p>}
      <p className="hint" id={`${id}-note`}>
        Kept only in this browser session’s memory, never saved to disk or exported; cleared when the account is connected.
      </p>
      <div className="row">
        {checked.state === 'valid' && <CopyButton text={checked.handOver} label={`Copy ${label}`} />}
        <button type="button" className="icon link" onClick={onForget} disabled={secret === ''}>
          Forget secret
        </button>
      </div>
    </li>
  );
}
