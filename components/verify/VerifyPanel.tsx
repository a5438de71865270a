import { useEffect, useMemo, useRef, useState } from 'react';
import type { AccountProgress } from '../../lib/onboarding/progress';
import { valueLabels } from '../../lib/values';
import type { AwsCredentials, CheckResult, VerifyInput } from '../../lib/verify/checks';
import { openInConsole } from '../state/console-tabs';
import { Alert } from '../ui/Alert';
import { Section } from '../ui/Section';
import { requestAwsAccess } from './aws-access';
import { CredentialFields } from './CredentialFields';
import type { FixContext } from './fix-links';
import { credentialsFrom, emptyCredentialFields, verifyPlanFor, type CredentialFields as Fields, type VerifyPlan } from './verify-input';
import { summarize } from './verify-summary';
import { VerifyResults } from './VerifyResults';
import './verify.css';

export type VerifyFunction = (input: VerifyInput) => Promise<CheckResult[]>;

export interface VerifyPanelProps {
  accountId: string;
  account: AccountProgress;
  /** Component tests only: stands in for the engine, which is otherwise loaded on the first Verify. */
  verify?: VerifyFunction;
}

// Its own chunk: the AWS SDK loads when someone verifies, not with the side panel.
const loadEngine = async (): Promise<VerifyFunction> => (await import('@/lib/verify/run')).verifyAccount;

/** Defence in depth: no credential text reaches the screen, even inside an AWS message. */
function hideCredentials(results: readonly CheckResult[], credentials: AwsCredentials): CheckResult[] {
  const secrets = [credentials.secretAccessKey, credentials.sessionToken, credentials.accessKeyId].filter((text): text is string => typeof text === 'string' && text.length >= 8);
  const hide = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('[hidden]'), text);
  return results.map((result) => ({ ...result, title: hide(result.title), detail: hide(result.detail) }));
}

const refusedText =
  'Verify needs your permission to reach the AWS APIs (https://*.amazonaws.com), and it was not given, so nothing was sent. Press Verify again and choose Allow; the extension uses it only for these checks.';

interface Outcome {
  results: CheckResult[];
  checkedAt: Date;
  context: FixContext;
}

/**
 * "Verify before connecting" for one account: the keys to check with, then a checklist of what AWS
 * says about the role or user, the bucket and the first export, each failure with its fix.
 * Mount it once per account: `<VerifyPanel accountId={accountId} account={account} />`.
 */
export function VerifyPanel(props: VerifyPanelProps) {
  // Another account starts afresh: no keys or results carried over.
  return <AccountVerify key={props.accountId} {...props} />;
}

function AccountVerify({ accountId, account, verify }: VerifyPanelProps) {
  const plan = useMemo(() => verifyPlanFor(accountId, account), [accountId, account]);
  // Credentials are React state only: never stored, never logged, cleared after each run and on unmount.
  const [fields, setFields] = useState<Fields>(emptyCredentialFields);
  const [problem, setProblem] = useState<string>();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  // Bumped when the keys are cleared, so the fields start afresh (no note about an earlier paste).
  const [clearedRuns, setClearedRuns] = useState(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const kind = account.authMethod === 'assumedRole' ? 'role' : 'user';
  const userName = plan.ok && plan.value.access.kind === 'user' ? plan.value.access.userName : undefined;

  const run = async (access: Promise<boolean>, ready: VerifyPlan, credentials: AwsCredentials) => {
    try {
      if (!(await access)) {
        setProblem(refusedText);
        return;
      }
      const { platform, checked: _checked, ...rest } = ready;
      let results: CheckResult[];
      try {
        const engine = verify ?? (await loadEngine());
        results = hideCredentials(await engine({ ...rest, credentials }), credentials);
      } catch (error) {
        // Only the error's name: its message could quote a request.
        const name = error instanceof Error ? error.name : 'Error';
        setProblem(`The verification couldn't run (${name}). Reload the side panel and verify again.`);
        return;
      } finally {
        setFields(emptyCredentialFields);
        setClearedRuns((count) => count + 1);
      }
      if (!mounted.current) return;
      setOutcome({ results, checkedAt: new Date(), context: { access: ready.access, platform, ...(ready.billingExport ? { bucket: ready.billingExport.bucket } : {}) } });
    } finally {
      setRunning(false);
    }
  };

  const onVerify = () => {
    if (running || !plan.ok) return;
    const credentials = credentialsFrom(fields, plan.value.access);
    if (!credentials.ok) {
      setProblem(credentials.problem.message);
      return;
    }
    // First thing in the click: the permission prompt needs the user gesture.
    const access = requestAwsAccess();
    setProblem(undefined);
    setRunning(true);
    void run(access, plan.value, credentials.value);
  };

  const open = (url: string) => {
    openInConsole(url).catch((error: unknown) => setProblem(`Couldn't open the console page: ${error instanceof Error ? error.message : String(error)}`));
  };

  const summary = outcome ? summarize(outcome.results) : undefined;
  const counter = running ? 'checking…' : summary ? (summary.kind === 'to-fix' ? summary.text.replace(/ before connecting$/, '') : summary.kind === 'ready' ? 'ready' : 'waiting for the export') : undefined;

  return (
    <Section title="Verify before connecting" {...(counter ? { counter } : {})}>
      <div className="stack verify" aria-busy={running}>
        <p className="small">Checks with AWS what the platform will rely on (keys, {kind === 'role' ? 'role' : 'user'}, policies{plan.ok && plan.value.billingExport ? ', bucket and first export' : ''}) before you press Connect.</p>
        {plan.ok ? (
          <ul className="verify-checked" aria-label="What is checked">
            {plan.value.checked.map(({ kind: valueKind, value, suggested }) => (
              <li key={valueKind}>
                <span className="secondary">{valueLabels[valueKind]}</span> <code>{value}</code>
                {suggested && (
                  <span className="badge" data-source="default" title="The platform's recommended name; correct it under Values if yours differs.">
                    suggested
                  </span>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <Alert type="warning" title="Can't verify yet">
            <p>{plan.problem.message}</p>
          </Alert>
        )}
        <CredentialFields key={clearedRuns} kind={kind} {...(userName ? { userName } : {})} fields={fields} onChange={setFields} disabled={running} />
        {problem && (
          <Alert type="error">
            <p>{problem}</p>
          </Alert>
        )}
        <div className="row">
          <button type="button" className="primary" data-finops-action="verify" disabled={!plan.ok || running} onClick={onVerify}>
            {running ? 'Verifying…' : outcome ? 'Verify again' : 'Verify'}
          </button>
          {clearedRuns > 0 && !running && Object.values(fields).every((value) => value === '') && <span className="secondary">The keys were cleared after the check; paste them again to verify again.</span>}
        </div>
        {outcome && <VerifyResults results={outcome.results} context={outcome.context} checkedAt={outcome.checkedAt} onOpen={open} />}
      </div>
    </Section>
  );
}
