import { Alert } from '../ui/Alert';

export interface StorageProblemsProps {
  problems: readonly string[];
  /** JSON of what couldn't be read (secrets removed), offered for download. */
  setAside?: string | null;
}

/** Saved progress that couldn't be read: said plainly, with the unreadable part to download; the panel keeps working. */
export function StorageProblems({ problems, setAside }: StorageProblemsProps) {
  if (problems.length === 0 && !setAside) return null;
  return (
    <Alert type="error" title="Some saved progress couldn't be read">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
      {setAside && (
        <a href={`data:application/json;charset=utf-8,${encodeURIComponent(setAside)}`} download="finops-aws-onboarding-set-aside.json">
          Download the part that was set aside
        </a>
      )}
    </Alert>
  );
}
