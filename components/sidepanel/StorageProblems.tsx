import { useState } from 'react';
import type { ProgressCopy } from '@/storage/progress';
import { Alert } from '../ui/Alert';

export interface StorageProblemsProps {
  problems: readonly string[];
  /** What couldn't be read of the progress stored now, as it was, offered for download. */
  setAside?: string | null;
  /** Dated copies kept before a change wrote over progress that couldn't be read in full. */
  copies?: readonly ProgressCopy[];
  onRestore?: (at: string) => Promise<void>;
}

const download = (text: string) => `data:application/json;charset=utf-8,${encodeURIComponent(text)}`;
const when = (at: string) => new Date(at).toLocaleString();

/**
 * Saved progress that couldn't be read (or was made by a newer version): said plainly, with the
 * unreadable part to download, and every copy kept, to download or restore; the panel keeps working.
 */
export function StorageProblems({ problems, setAside, copies = [], onRestore }: StorageProblemsProps) {
  const [restoreProblem, setRestoreProblem] = useState<string | undefined>(undefined);
  return (
    <>
      {(problems.length > 0 || setAside) && (
        <Alert type="error" title="Some saved progress couldn't be read">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
          {setAside && (
            <a href={download(setAside)} download="finops-aws-onboarding-set-aside.json">
              Download the part that was set aside
            </a>
          )}
        </Alert>
      )}
      {copies.length > 0 && (
        <section aria-label="Copies of your progress" className="storage-copies">
          <p className="secondary">
            Copies of your progress kept as they were, each before a change was saved over progress that couldn't be read in full. Restoring one keeps what it replaces as another copy.
          </p>
          <ul>
            {copies.map((copy) => (
              <li key={copy.at}>
                <span>
                  {when(copy.at)}: {copy.reason}
                </span>{' '}
                <a href={download(copy.text)} download={`finops-aws-onboarding-copy-${copy.at.replace(/[:.]/g, '-')}.json`} aria-label={`Download the copy from ${when(copy.at)}`}>
                  Download
                </a>{' '}
                {onRestore && (
                  <button
                    type="button"
                    aria-label={`Restore the copy from ${when(copy.at)}`}
                    onClick={() => {
                      setRestoreProblem(undefined);
                      onRestore(copy.at).catch((error: unknown) => setRestoreProblem(`The copy wasn't restored: ${error instanceof Error ? error.message : String(error)}`));
                    }}
                  >
                    Restore
                  </button>
                )}
              </li>
            ))}
          </ul>
          {restoreProblem && <Alert type="error">{restoreProblem}</Alert>}
        </section>
      )}
    </>
  );
}
