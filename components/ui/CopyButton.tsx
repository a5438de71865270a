import { useEffect, useRef, useState } from 'react';
import { nameStartingWith } from './accessible-name';

export interface CopyButtonProps {
  /** Exactly what lands on the clipboard. */
  text: string;
  /** What it copies, as a name, e.g. "Copy AWS account ID"; the accessible name starts with the visible text. */
  label: string;
  /** Visible text; "Copy" unless given. */
  children?: React.ReactNode;
  className?: string;
  disabled?: boolean;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** A button that copies one value; says "Copied" (or why not) next to itself for screen readers too. */
export function CopyButton({ text, label, children = 'Copy', className = 'icon', disabled }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const resetTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(resetTimer.current), []);

  const copy = async () => {
    clearTimeout(resetTimer.current);
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
    resetTimer.current = setTimeout(() => setState('idle'), 2500);
  };

  return (
    <span className="row" style={{ gap: 4 }}>
      <button type="button" className={className} data-finops-action="copy" aria-label={nameStartingWith(children, label)} disabled={disabled} onClick={() => void copy()}>
        {children}
      </button>
      <span role="status" className={state === 'failed' ? 'problem small' : 'copied'}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? "Couldn't copy: select the text and press Ctrl+C." : ''}
      </span>
    </span>
  );
}
