import { useEffect, useMemo } from 'react';
import { platformConnectPage, type OnboardingPlan, type OnboardingStep, type StepId } from '../../lib/onboarding/plan-types';
import { nextStep, plainValuesFor, valuesFor, type AccountProgress, type ProgressAction } from '../../lib/onboarding/progress';
import type { PlatformProfile } from '../../lib/platforms';
import { resolveAccountSetup } from '../../lib/setup/resolve';
import type { ValueKind } from '../../lib/values';
import { AutomatePanel } from '../cloudformation/AutomatePanel';
import { StepChecklist } from '../guide/StepChecklist';
import { YouAreOn } from '../guide/YouAreOn';
import { HandOff } from '../handoff/HandOff';
import { openInConsole, openPortal } from '../state/console-tabs';
import { now } from '../state/send';
import type { ActivePage, PageProblem } from '@/storage/session';
import { activePageLabel } from '../state/useActivePage';
import { useHandOffSecret } from '../state/useHandOffSecret';
import { Alert } from '../ui/Alert';
import { Section } from '../ui/Section';
import { valueHintsFor, valueKindsForPlan } from '../values/value-kinds';
import type { ValueEntry } from '../values/value-entries';
import { ValueRow } from '../values/ValueRow';
import { ValuesPanel } from '../values/ValuesPanel';
import { VerifyPanel } from '../verify';
import { ReportProblem } from './ReportProblem';

export interface AccountGuideProps {
  accountId: string;
  account: AccountProgress;
  plan: OnboardingPlan;
  platform: PlatformProfile;
  active: ActivePage | null;
  pageProblem: PageProblem | null;
  requestedKind: ValueKind | null;
  send: (action: ProgressAction) => void;
  onOpenProblem: (message: string) => void;
}

const stepIsOn = (step: OnboardingStep, page: string) => step.page === page || (step.alsoOn ?? []).some((other) => other === page);

/** One account's checklist, hand-off and values. */
export function AccountGuide({ accountId, account, plan, platform, active, pageProblem, requestedKind, send, onOpenProblem }: AccountGuideProps) {
  const known = useMemo(() => valuesFor(account, accountId), [account, accountId]);
  const values = useMemo(() => plainValuesFor(account), [account]);
  // Documents take the values the console buttons take (lib/setup): a suggested bucket name in a policy would grant nothing.
  const documentValues = useMemo(() => resolveAccountSetup(account, accountId).values, [account, accountId]);
  const next = nextStep(account);
  const { secret, setSecret, forget } = useHandOffSecret(accountId);
  const connected = account.steps.connect?.status === 'done';
  useEffect(() => {
    if (connected && secret !== undefined) forget();
  }, [connected, secret, forget]);

  // The open steps done on this page stand out; when all of them are done, the done ones do.
  const onThisPage = active ? plan.steps.filter((step) => stepIsOn(step, active.page)) : [];
  const openOnThisPage = onThisPage.filter((step) => (account.steps[step.id]?.status ?? 'todo') === 'todo');
  const here = active ? { stepIds: (openOnThisPage.length > 0 ? openOnThisPage : onThisPage).map((step) => step.id), label: activePageLabel(active) } : undefined;
  const entryFor = (kind: ValueKind): ValueEntry => {
    const value = known[kind];
    return value ? { kind, value: value.value, source: value.source, ...(value.problem === undefined ? {} : { problem: value.problem }) } : { kind };
  };
  const entries = valueKindsForPlan(plan).map(entryFor);
  const saveValue = (kind: ValueKind, input: string) => send({ type: 'value-typed', accountId, kind, input, at: now() });
  // What a step produces can be pasted right there ("Copy the ARN … paste it here"); principalArn only repeats the role or user ARN.
  const producedBy = (step: OnboardingStep) => step.produces.filter((kind) => kind !== 'principalArn');
  const exportStep = account.steps['data-export'];
  const exportCreatedAt = exportStep?.status === 'done' && exportStep.at ? Date.parse(exportStep.at) : undefined;

  const open = (url: string, step: OnboardingStep) => {
    const opening = step.page === platformConnectPage ? openPortal(url) : openInConsole(url);
    opening.catch((error: unknown) => onOpenProblem(`Couldn't open the page: ${error instanceof Error ? error.message : String(error)}`));
  };
  const stepAction = (type: 'step-done' | 'step-undone', stepId: StepId) =>
    send(type === 'step-done' ? { type, accountId, stepId, by: 'user', at: now() } : { type, accountId, stepId, at: now() });

  return (
    <>
      <Section title="Steps" counter={next ? `next: ${plan.steps.indexOf(next) + 1} of ${plan.steps.length}` : 'all done'}>
        <YouAreOn active={active} matchesAStep={(here?.stepIds.length ?? 0) > 0} />
        {pageProblem && (
          <Alert type="warning" title={`On ${pageProblem.page === active?.page ? activePageLabel(active) : 'the console page'}`}>
            <p>{pageProblem.message}</p>
          </Alert>
        )}
        {active && <ReportProblem key={`${active.tabId} ${active.url}`} tabId={active.tabId} />}
        <StepChecklist
          steps={plan.steps}
          progress={account.steps}
          nextStepId={next?.id}
          here={here}
          values={values}
          documentValues={documentValues}
          platform={platform}
          authMethod={account.authMethod}
          onOpen={open}
          onMarkDone={(stepId) => stepAction('step-done', stepId)}
          onReopen={(stepId) => stepAction('step-undone', stepId)}
          onSkip={(stepId, reason) => send({ type: 'step-skipped', accountId, stepId, reason, at: now() })}
          extraFor={(step) =>
            step.id !== 'connect' ? (
              producedBy(step).length > 0 && (
                <ul className="kv" aria-label={`Values from: ${step.title}`}>
                  {producedBy(step).map((kind) => (
                    <ValueRow key={kind} entry={entryFor(kind)} onSave={(input) => saveValue(kind, input)} />
                  ))}
                </ul>
              )
            ) : (
              <HandOff
                platform={platform}
                accountType={account.accountType}
                authMethod={account.authMethod}
                exportState={account.exportState}
                values={values}
                sources={Object.fromEntries(Object.entries(known).map(([kind, value]) => [kind, value.source]))}
                exportCreatedAt={exportCreatedAt}
                secretAccessKey={secret}
                onSecretChange={setSecret}
                onForgetSecret={forget}
              />
            )
          }
        />
      </Section>
      <Section title="Values" counter={`${entries.filter((entry) => entry.value && !entry.problem).length} of ${entries.length} known`}>
        <ValuesPanel
          entries={entries}
          readOnly={['accountId']}
          hints={valueHintsFor(account.values)}
          requestedKind={requestedKind ?? undefined}
          onSave={saveValue}
        />
      </Section>
      <VerifyPanel accountId={accountId} account={account} />
      <AutomatePanel account={account} platform={platform} onOpenProblem={onOpenProblem} />
    </>
  );
}
