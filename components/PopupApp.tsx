import { useEffect, useState } from 'react';
import { currentAccount } from '../lib/onboarding/progress';
import { PopupGlance } from './popup/PopupGlance';
import { openInConsole, openPortal } from './state/console-tabs';
import { currentWindowId, openSidePanel } from './state/side-panel';
import { useOnboardingState } from './state/useOnboardingState';

/** The toolbar popup: the state at a glance, and the way into the side panel. */
export function PopupApp() {
  const view = useOnboardingState();
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    void currentWindowId().then(setWindowId);
  }, []);

  if (view.status === 'loading') return <main className="popup" aria-busy="true"><p className="secondary">Loading…</p></main>;
  const state = view.state;
  const report = (error: unknown) => setProblem(error instanceof Error ? error.message : String(error));
  return (
    <PopupGlance
      accountId={state.currentAccountId}
      account={currentAccount(state)}
      problems={[...view.problems, ...(problem ? [problem] : [])]}
      onOpen={(url, where) => {
        (where === 'portal' ? openPortal(url) : openInConsole(url)).then(() => window.close(), report);
      }}
      onOpenSidePanel={() => {
        // Straight from the click: both browsers open panels only inside a user gesture.
        openSidePanel(windowId).then(() => window.close(), report);
      }}
    />
  );
}
