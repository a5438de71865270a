import { progressReducer, type ProgressAction } from '@/lib/onboarding/progress';
import { migrate, type Migration, type ProgressState } from '@/lib/onboarding/state-schema';
import { progressCopiesItem, progressItem } from '@/storage/progress';

/**
 * The one place progress is written. Updates are queued so two quick reports (a value read and a
 * success flash in the same second) can't overwrite each other.
 *
 * Reading never writes. Progress made by a newer version (after a downgrade) is never written over:
 * every change is refused with the reason. Progress that can't be read in full is copied whole, with
 * the date, to its own list before the first change writes the readable part back; the side panel
 * shows each copy and can download or restore it.
 */

let queue: Promise<unknown> = Promise.resolve();

const asText = (raw: unknown): string => (typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw)));

export async function readProgress(): Promise<ProgressState> {
  return migrate(await progressItem.getValue()).state;
}

async function keepCopy(raw: unknown, reason: string): Promise<void> {
  const copies = await progressCopiesItem.get();
  // Two writes in the same millisecond still get distinct names.
  let at = new Date().toISOString();
  while (copies.some((copy) => copy.at === at)) at = new Date(Date.parse(at) + 1).toISOString();
  await progressCopiesItem.item.setValue([...copies, { at, reason, text: asText(raw) }]);
}

const refuseNewer = (migration: Migration) => {
  if (migration.newerVersion !== undefined) throw new Error(migration.problems[0] ?? 'Saved progress was made by a newer version of the extension.');
};

export function updateProgress(actions: ProgressAction[]): Promise<ProgressState> {
  return queued(async () => {
    const raw = await progressItem.getValue();
    const migration = migrate(raw);
    refuseNewer(migration);
    const before = migration.state;
    const after = actions.reduce(progressReducer, before);
    if (after === before) return after;
    if (migration.problems.length > 0 || migration.setAside !== undefined) await keepCopy(raw, migration.problems[0] ?? 'Part of it could not be read.');
    await progressItem.setValue(after);
    return after;
  });
}

/** Put a copy back as the progress; what it replaces is kept as another copy first. */
export function restoreProgressCopy(at: string): Promise<void> {
  return queued(async () => {
    const copy = (await progressCopiesItem.get()).find((candidate) => candidate.at === at);
    if (!copy) throw new Error(`There is no copy of your progress from ${at}.`);
    const current = await progressItem.getValue();
    if (current !== null && current !== undefined) await keepCopy(current, `Replaced by the copy from ${at}.`);
    let restored: unknown = copy.text;
    try {
      restored = JSON.parse(copy.text);
    } catch {
      // Text that wasn't JSON goes back as the text it was.
    }
    await progressItem.setValue(restored);
  });
}

function queued<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work);
  queue = next.catch(() => undefined);
  return next;
}
