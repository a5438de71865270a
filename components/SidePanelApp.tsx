import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { plan } from '../lib/onboarding/plan';
import { accountSummaries, currentAccount, planOf, platformOf, progressOf, type ProgressAction } from '../lib/onboarding/progress';
import { finopsForCloud, platformFromChoice } from '../lib/platforms';
import { formatAccountIdForDisplay } from '../lib/values';
import { defaultSetupChoice, setupChoiceOf, type SetupChoice } from '../lib/setup/choice';
import { AccountList } from './accounts/AccountList';
import { ProgressTransfer } from './accounts/ProgressTransfer';
import { MemberAccounts } from './organization/MemberAccounts';
import { SetupChooser } from './setup/SetupChooser';
import { platformText } from './setup/setup-text';
import { AccountGuide } from './sidepanel/AccountGuide';
import { PreviewGuide } from './sidepanel/PreviewGuide';
import { StorageProblems } from './sidepanel/StorageProblems';
import { dispatch, now, restoreProgressCopy } from './state/send';
import { useActivePage, usePageProblem, useRequestedField } from './state/useActivePage';
import { forgetHandOffSecret } from '@/storage/session';
import { useOnboardingState } from './state/useOnboardingState';
import { useProgressCopies } from './state/useStorageProblems';
import { Alert } from './ui/Alert';
import { ProgressBar } from './ui/ProgressBar';
import { Section } from './ui/Section';

const describeSetup = (setup: SetupChoice) =>
  `${platformText[setup.platform.id].title} · ${setup.hasManagementAccess === false ? 'member as standalone' : setup.accountType} · ${setup.authMethod === 'assumedRole' ? 'assumed role' : 'access key'}`;

/** The side panel: setup, the account's steps and values, and the list of accounts. */
export function SidePanelApp() {
  const view = useOnboardingState();
  const active = useActivePage();
  const pageProblem = usePageProblem();
  const requestedKind = useRequestedField();
  const copies = useProgressCopies();
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // Choices made before any account is known; applied to the first account that appears.
  const [pendingSetup, setPendingSetup] = useState<SetupChoice | undefined>(undefined);

  const send = useCallback((action: ProgressAction) => {
    dispatch(action).then(
      () => setProblem(undefined),
      (error: unknown) => setProblem(`Your change wasn't saved: ${error instanceof Error ? error.message : String(error)}. Reload the side panel and try again.`),
    );
  }, []);

  const state = view.status === 'ready' ? view.state : undefined;
  const accountId = state?.currentAccountId;
  const account = state ? currentAccount(state) : undefined;
  const summaries = useMemo(() => (state ? accountSummaries(state) : []), [state]);

  const selectAccount = useCallback((id: string) => send({ type: 'account-selected', accountId: id }), [send]);
  const removeAccount = useCallback(
    (id: string) => {
      void forgetHandOffSecret(id);
      send({ type: 'account-removed', accountId: id });
    },
    [send],
  );

  const applied = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!accountId || !pendingSetup || applied.current === accountId) return;
    applied.current = accountId;
    send({ type: 'choose-setup', accountId, setup: pendingSetup, at: now() });
    setPendingSetup(undefined);
  }, [accountId, pendingSetup, send]);

  if (view.status === 'loading') {
    return (
      <main className="app" aria-busy="true">
        <h1>FinOps AWS onboarding</h1>
        <p className="secondary">Loading your progress…</p>
      </main>
    );
  }

  const setup = account ? setupChoiceOf(account) : (pendingSetup ?? defaultSetupChoice);
  const platform = account ? platformOf(account) : platformFromChoice(setup.platform);
  const accountPlan = account ? planOf(account) : undefined;
  const previewPlan = platform.ok ? plan(platform.value, setup.hasManagementAccess === false ? 'standalone' : setup.accountType, setup.authMethod, setup.exportState) : undefined;
  const progress = account ? progressOf(account) : undefined;

  const chooseSetup = (next: SetupChoice) => {
    if (accountId) send({ type: 'choose-setup', accountId, setup: next, at: now() });
    else setPendingSetup(next);
  };

  return (
    <main className="app">
      <header className="stack">
        <div className="app-header">
          <h1>FinOps AWS onboarding</h1>
        </div>
        {accountId && progress ? (
          <div className="stack" style={{ gap: 4 }}>
            <div className="row between small">
              <span>
                Account <strong>{formatAccountIdForDisplay(accountId)}</strong>
                {account?.label ? ` · ${account.label}` : ''}
              </span>
              <span className="secondary">
                {progress.done + progress.skipped} of {progress.total} steps
              </span>
            </div>
            <ProgressBar done={progress.done + progress.skipped} total={progress.total} label={`Progress of account ${formatAccountIdForDisplay(accountId)}`} />
          </div>
        ) : (
          <p className="secondary">No AWS account yet: defaults apply ({describeSetup(setup)}).</p>
        )}
      </header>

      <StorageProblems problems={view.problems} setAside={view.setAside} copies={copies} onRestore={restoreProgressCopy} />
      {problem && <Alert type="error">{problem}</Alert>}
      {!platform.ok && <Alert type="error" title="The platform settings can't be used">{platform.problem.message}</Alert>}

      <Section title="Setup" counter={describeSetup(setup)} defaultOpen={!progress || progress.done + progress.skipped === 0}>
        <SetupChooser
          choice={setup}
          platform={platform.ok ? platform.value : undefined}
          onChange={chooseSetup}
          externalId={account?.values.externalId?.value}
          onSaveExternalId={(input) => accountId && send({ type: 'value-typed', accountId, kind: 'externalId', input, at: now() })}
        />
        {!accountId && <p className="secondary">These choices apply to the first account you open or add.</p>}
      </Section>

      {account && accountId && accountPlan?.ok && platform.ok ? (
        <AccountGuide
          accountId={accountId}
          account={account}
          plan={accountPlan.value}
          platform={platform.value}
          active={active}
          pageProblem={pageProblem}
          requestedKind={requestedKind}
          send={send}
          onOpenProblem={setProblem}
        />
      ) : (
        previewPlan && <PreviewGuide plan={previewPlan} platform={platform.ok ? platform.value : finopsForCloud} onOpenProblem={setProblem} />
      )}

      {state && <MemberAccounts state={state} send={send} />}

      <Section title="Accounts" counter={`${summaries.length}`} defaultOpen={summaries.length !== 1}>
        <AccountList
          accounts={summaries}
          onSelect={selectAccount}
          onAdd={(id) => {
            send({ type: 'account-added', accountId: id, setup: pendingSetup ?? (account ? setupChoiceOf(account) : defaultSetupChoice), from: 'typed', at: now() });
            setPendingSetup(undefined);
          }}
          onRemove={removeAccount}
        />
        {state && <ProgressTransfer state={state} onImport={(imported) => send({ type: 'import', accounts: imported.accounts, at: now() })} />}
      </Section>
    </main>
  );
}
