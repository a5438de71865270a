import { useId, useState, type ClipboardEvent } from 'react';
import { looksLikeCredentialBlock, parsePastedCredentials } from './paste-credentials';
import type { CredentialFields as Fields } from './verify-input';

export interface CredentialFieldsProps {
  /** Role accounts verify with anyone's (temporary) keys; user accounts with the user's own key. */
  kind: 'role' | 'user';
  userName?: string;
  fields: Fields;
  onChange: (fields: Fields) => void;
  disabled?: boolean;
}

type PasteNote = { kind: 'filled' | 'problem'; text: string };

const filledText = (withToken: boolean) => `Filled the access key ID, the secret access key${withToken ? ' and the session token' : ''} from the pasted text.`;

/**
 * The keys to verify with. A block pasted into any field (CloudShell's output, the JSON, IAM's CSV)
 * is split into the fields. The values live only in the parent's state.
 */
export function CredentialFields({ kind, userName, fields, onChange, disabled }: CredentialFieldsProps) {
  const id = useId();
  const [pasteNote, setPasteNote] = useState<PasteNote>();
  const isRole = kind === 'role';

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text');
    if (!looksLikeCredentialBlock(text)) {
      setPasteNote(undefined);
      return;
    }
    event.preventDefault();
    const parsed = parsePastedCredentials(text);
    if (!parsed.ok) {
      setPasteNote({ kind: 'problem', text: parsed.problem.message });
      return;
    }
    const withToken = isRole && parsed.value.sessionToken !== undefined;
    onChange({ accessKeyId: parsed.value.accessKeyId, secretAccessKey: parsed.value.secretAccessKey, sessionToken: withToken ? (parsed.value.sessionToken ?? '') : '' });
    setPasteNote({ kind: 'filled', text: filledText(withToken) });
  };

  const field = (name: keyof Fields, label: string, secret: boolean) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        className="mono"
        type={secret ? 'password' : 'text'}
        value={fields[name]}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onPaste={onPaste}
        onChange={(event) => onChange({ ...fields, [name]: event.target.value })}
      />
    </div>
  );

  return (
    <fieldset className="verify-credentials">
      <legend>{isRole ? 'Credentials to check with' : `Access key of ${userName ?? 'the user'}`}</legend>
      <p className="secondary" id={`${id}-hint`}>
        {isRole ? (
          <>
            Temporary credentials of someone who can read IAM and the bucket. In CloudShell run <code>aws configure export-credentials --format env-no-export</code> and
            paste the values (the whole output into any field).
          </>
        ) : (
          <>The same access key you’ll give the platform; paste the key ID and secret, or IAM’s downloaded .csv text.</>
        )}{' '}
        Kept in this panel’s memory for one check only, never saved.
      </p>
      {field('accessKeyId', 'Access key ID', false)}
      {field('secretAccessKey', 'Secret access key', true)}
      {isRole && field('sessionToken', 'Session token', true)}
      <p role="status" className={pasteNote?.kind === 'problem' ? 'verify-problem small' : 'secondary'}>
        {pasteNote?.text ?? ''}
      </p>
    </fieldset>
  );
}
