import { useId, useState } from 'react';
import { parseValue } from '../../lib/values';

/** Add an AWS account by its ID (dashes as the console shows them are fine). */
export function AddAccountForm({ onAdd, knownIds }: { onAdd: (accountId: string) => void; knownIds: ReadonlySet<string> }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const id = useId();
  return (
    <form
      className="stack"
      aria-label="Add account"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseValue('accountId', text);
        if (!parsed.ok) return setProblem(parsed.problem.message);
        if (knownIds.has(parsed.value)) return setProblem('That account is already in the list: select it there.');
        setProblem(undefined);
        setText('');
        onAdd(parsed.value);
      }}
    >
      <label htmlFor={id} className="field-label">
        AWS account ID to add
      </label>
      <div className="row" style={{ flexWrap: 'nowrap' }}>
        <input
          id={id}
          type="text"
          value={text}
          placeholder="1234-5678-9012"
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(undefined);
          }}
        />
        <button type="submit">Add account</button>
      </div>
      {problem && (
        <p className="problem small" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </form>
  );
}
