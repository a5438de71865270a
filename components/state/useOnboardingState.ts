import { useEffect, useState } from 'react';
import { migrate, type ProgressState } from '../../lib/onboarding/state-schema';
import { progressItem } from '@/storage/progress';

export type OnboardingStateView =
  | { status: 'loading' }
  | {
      status: 'ready';
      state: ProgressState;
      /** What couldn't be read from storage, one sentence each; the rest of the state still works. */
      problems: readonly string[];
      /** The unreadable part, secrets removed, for the person to download. */
      setAside?: string;
    };

const read = (raw: unknown): OnboardingStateView => {
  const migration = migrate(raw);
  return { status: 'ready', state: migration.state, problems: migration.problems, ...(migration.setAside === undefined ? {} : { setAside: migration.setAside }) };
};

/** The persisted progress, kept current as the background writes it. Never throws on bad data. */
export function useOnboardingState(): OnboardingStateView {
  const [view, setView] = useState<OnboardingStateView>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const unwatch = progressItem.watch((raw) => {
      if (live) setView(read(raw));
    });
    progressItem
      .getValue()
      .then((raw) => live && setView((current) => (current.status === 'loading' ? read(raw) : current)))
      .catch((error: unknown) => {
        if (!live) return;
        const message = `Saved progress couldn't be loaded (${error instanceof Error ? error.message : String(error)}); showing an empty list for now.`;
        setView({ status: 'ready', state: migrate(undefined).state, problems: [message] });
      });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return view;
}
