import type { ActivePage } from '@/storage/session';
import { activePageLabel } from '../state/useActivePage';

/** Where the person is in the console, so the matching step stands out. */
export function YouAreOn({ active, matchesAStep }: { active: ActivePage | null; matchesAStep: boolean }) {
  if (!active) return <p className="secondary">Open a console page from a step below; the step for the page you are on is highlighted.</p>;
  return (
    <p className="small" role="status">
      <strong>You are on:</strong> {activePageLabel(active)}
      {matchesAStep ? '' : ' (no step of this account is done on this page)'}
    </p>
  );
}
