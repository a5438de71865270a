import { progressReducer, type ProgressAction } from '@/lib/onboarding/progress';
import { emptyProgressState, migrate, type ProgressState } from '@/lib/onboarding/state-schema';
import { progressItem, setAsideItem, storageProblemsItem } from '@/storage/progress';

/**
 * The one place progress is written. Updates are queued so two quick reports (a value read and a
 * success flash in the same second) can't overwrite each other. Data that can't be read is set
 * aside under its own key — never thrown away — and the problem is kept for the side panel to show.
 */

let queue: Promise<unknown> = Promise.resolve();

export async function readProgress(): Promise<ProgressState> {
  const raw = await progressItem.getValue();
  if (raw === null || raw === undefined) return emptyProgressState();
  const migration = migrate(raw);
  if (migration.problems.length > 0 || migration.setAside) {
    if (migration.setAside) await setAsideItem.item.setValue(migration.setAside);
    await storageProblemsItem.item.setValue(migration.problems);
    await progressItem.setValue(migration.state);
  }
  return migration.state;
}

export function updateProgress(actions: ProgressAction[]): Promise<ProgressState> {
  const next = queue.then(async () => {
    const before = await readProgress();
    const after = actions.reduce(progressReducer, before);
    if (after !== before) await progressItem.setValue(after);
    return after;
  });
  queue = next.catch(() => undefined);
  return next;
}
