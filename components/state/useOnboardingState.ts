import { useEffect, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import { migrate, type ProgressState } from '../../lib/onboarding/state-schema';
import { onboardingKey } from './storage-keys';

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
    const unwatch = storage.watch<unknown>(onboardingKey, (raw) => {
      if (live) setView(read(raw));
    });
    storage
      .getItem<unknown>(onboardingKey)
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
