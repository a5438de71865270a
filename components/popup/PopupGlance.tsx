import { consoleLinkFor } from '../../lib/onboarding/plan';
import { platformConnectPage } from '../../lib/onboarding/plan-types';
import { nextStep, plainValuesFor, progressOf, valuesFor, type AccountProgress } from '../../lib/onboarding/progress';
import { formatAccountIdForDisplay, valueLabels } from '../../lib/values';
import { CopyButton } from '../ui/CopyButton';
import { ProgressBar } from '../ui/ProgressBar';
import { checkValue } from '../values/value-entries';

export interface PopupGlanceProps {
  accountId?: string;
  account?: AccountProgress;
  /** Problems reading saved progress, one sentence each. */
  problems?: readonly string[];
  onOpen: (url: string, where: 'console' | 'portal') => void;
  onOpenSidePanel: () => void;
}

/** A glance from the toolbar: which account, how far, the next step and the values it needs. */
export function PopupGlance({ accountId, account, problems = [], onOpen, onOpenSidePanel }: PopupGlanceProps) {
  const openPanel = (
    <button type="button" className="primary" onClick={onOpenSidePanel}>
      Open side panel
    </button>
  );
  if (!account || !accountId) {
    return (
      <main className="popup">
        <h1>FinOps AWS onboarding</h1>
        {problems.map((problem) => (
          <p key={problem} className="problem small" role="alert">
            {problem}
          </p>
        ))}
        <p>No AWS account yet.</p>
        <p className="secondary">Sign in to the AWS console, or open the side panel to choose your platform and add an account.</p>
        <div className="row">{openPanel}</div>
      </main>
    );
  }
  const progress = progressOf(account);
  const finished = progress.done + progress.skipped;
  const step = nextStep(account);
  const values = plainValuesFor(account);
  const known = valuesFor(account, accountId);
  const link = step ? consoleLinkFor(step, values) : undefined;
  const shownId = formatAccountIdForDisplay(accountId);
  return (
    <main className="popup">
      <div className="stack" style={{ gap: 4 }}>
        <h1>
          Account {shownId}
          {account.label ? <span className="secondary"> · {account.label}</span> : null}
        </h1>
        <div className="row between small">
          <span>
            {finished} of {progress.total} steps
          </span>
          {step ? null : <span className="status" data-status="done">All done</span>}
        </div>
        <ProgressBar done={finished} total={progress.total} label={`Progress of account ${shownId}`} />
      </div>
      {problems.map((problem) => (
        <p key={problem} className="problem small" role="alert">
          {problem}
        </p>
      ))}
      {step && (
        <section className="stack" aria-label="Next step">
          <h2>Next: {step.title}</h2>
          <p className="secondary">{step.why}</p>
          {link?.ok ? (
            <div className="row">
              <button
                type="button"
                className="primary"
                data-finops-action={step.page === platformConnectPage ? 'open-portal' : 'open-in-console'}
                onClick={() => onOpen(link.value, step.page === platformConnectPage ? 'portal' : 'console')}
              >
                {step.page === platformConnectPage ? 'Open the platform' : 'Open in console'}
              </button>
            </div>
          ) : (
            link && <p className="secondary">{link.problem.message}</p>
          )}
          {step.needs.length > 0 && (
            <ul className="kv" aria-label="Values this step needs">
              {step.needs.map((kind) => {
                const checked = checkValue(kind, values[kind]);
                return (
                  <li key={kind}>
                    <div className="kv-head">
                      <span className="kv-label">{valueLabels[kind]}</span>
                      {checked.state === 'valid' && known[kind]?.source === 'default' && (
                        <span className="badge" data-source="default" title="A suggestion: check it matches what you created">
                          suggested
                        </span>
                      )}
                      {checked.state === 'valid' ? (
                        <CopyButton text={checked.handOver} label={`Copy ${valueLabels[kind]}`} />
                      ) : (
                        <span className="status" data-status="missing">
                          not known yet
                        </span>
                      )}
                    </div>
                    {checked.state === 'valid' && <div className="kv-value">{checked.handOver}</div>}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      <div className="row end">{openPanel}</div>
    </main>
  );
}
