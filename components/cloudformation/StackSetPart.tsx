import { useId, useMemo, useState } from 'react';
import { accountTemplate, mediaTypes, stackSetFileName, stackSetPlan, toYaml, type AccountValues, type DeploymentTargets, type Download } from '../../lib/cloudformation';
import { cloudFormationCreateStackSetUrl, cloudFormationStackSetInstancesUrl } from '../../lib/console/urls';
import type { PlatformProfile } from '../../lib/platforms';
import { CopyButton } from '../ui/CopyButton';
import { FileRow } from './FileLinks';

export interface StackSetPartProps {
  platform: PlatformProfile;
  values: AccountValues;
  onOpen: (url: string) => void;
}

type TargetKind = 'root' | 'ous';

const targetsOf = (kind: TargetKind, typed: string): DeploymentTargets =>
  kind === 'root' ? { organizationRootId: typed.trim() } : { organizationalUnitIds: typed.split(/[\s,;]+/).filter(Boolean) };

/**
 * "Deploy to every member account (StackSet)": where to deploy (the organization root or OUs,
 * typed and checked), then the console steps and the AWS CLI commands, each to copy.
 */
export function StackSetPart({ platform, values, onOpen }: StackSetPartProps) {
  const [kind, setKind] = useState<TargetKind>('root');
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const problemId = useId();
  const plan = useMemo(() => (typed.trim() === '' ? undefined : stackSetPlan(platform, { targets: targetsOf(kind, typed), values })), [platform, kind, typed, values]);
  // The template doesn't depend on the targets: offered before they are typed.
  const member = useMemo(() => accountTemplate(platform, 'member', { authMethod: 'assumedRole', values }), [platform, values]);
  const template = useMemo((): Download | undefined => {
    if (!member.ok) return undefined;
    return { label: 'StackSet template (YAML)', fileName: stackSetFileName(platform, 'yaml'), mediaType: mediaTypes.yaml, text: toYaml(member.value.template) };
  }, [platform, member]);
  // The console wizard needs no root or OU ID (it offers "Deploy to organization"): its pages are a click away from the start.
  const stackSetName = plan?.ok ? plan.value.stackSetName : member.ok ? member.value.stackName : undefined;

  if (!platform.accountTypes.includes('member') || !platform.authMethods.includes('assumedRole')) {
    return <p className="secondary">{platform.displayName} doesn't connect member accounts with a role, so there is no StackSet to deploy.</p>;
  }

  return (
    <section className="stack" aria-label="Deploy to every member account (StackSet)">
      <h3>Deploy to every member account (StackSet)</h3>
      <p className="secondary">One StackSet, run from this management account, gives each member account the role; accounts that join later get it too.</p>
      {template && <FileRow file={template} downloadText="Download template" copyLabel="Copy template" />}
      {stackSetName && (
        <div className="row">
          <button type="button" className="link" data-finops-action="open-create-stack-set" onClick={() => onOpen(cloudFormationCreateStackSetUrl())}>
            Open Create StackSet
          </button>
          <button type="button" className="link" data-finops-action="open-stack-instances" onClick={() => onOpen(cloudFormationStackSetInstancesUrl(stackSetName))}>
            Open its stack instances
          </button>
        </div>
      )}
      <fieldset>
        <legend>Deploy to</legend>
        <label className="choice">
          <input type="radio" name={`${inputId}-kind`} checked={kind === 'root'} onChange={() => setKind('root')} />
          <span className="choice-text">
            <span className="choice-title">The whole organization</span>
            <span className="secondary">Its root ID, like r-ab12</span>
          </span>
        </label>
        <label className="choice">
          <input type="radio" name={`${inputId}-kind`} checked={kind === 'ous'} onChange={() => setKind('ous')} />
          <span className="choice-text">
            <span className="choice-title">Chosen organizational units</span>
            <span className="secondary">Their IDs, like ou-ab12-cd34ef56, separated by commas or spaces</span>
          </span>
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor={inputId}>{kind === 'root' ? 'Organization root ID' : 'OU IDs'}</label>
        <input
          id={inputId}
          type="text"
          value={typed}
          spellCheck={false}
          placeholder={kind === 'root' ? 'r-ab12' : 'ou-ab12-cd34ef56'}
          aria-invalid={plan !== undefined && !plan.ok}
          aria-describedby={problemId}
          onChange={(event) => setTyped(event.target.value)}
        />
        <p id={problemId} className={plan && !plan.ok ? 'problem small' : 'secondary'} role={plan && !plan.ok ? 'alert' : undefined}>
          {plan === undefined
            ? 'AWS Organizations → AWS accounts shows the root ("Root", r-…) and each OU (ou-…) with its ID.'
            : plan.ok
              ? `StackSet ${plan.value.stackSetName}, to ${plan.value.deploymentTargets.OrganizationalUnitIds.join(', ')} in ${plan.value.regions.join(', ')}.`
              : plan.problem.message}
        </p>
      </div>
      {plan?.ok && (
        <>
          <h3>In the console</h3>
          <ol className="stack" style={{ paddingLeft: 20, margin: 0 }}>
            {plan.value.consoleSteps.map((step) => (
              <li key={step.title}>
                <strong>{step.title}</strong>: <span className="small">{step.detail}</span>
              </li>
            ))}
          </ol>
          <h3>Or with the AWS CLI, in CloudShell</h3>
          <FileRow
            file={{ label: 'StackSet script', fileName: plan.value.scriptFileName, mediaType: mediaTypes.sh, text: `${plan.value.script}\n` }}
            downloadText="Download script"
            copyLabel="Copy script"
          />
          <ol className="stack" style={{ paddingLeft: 20, margin: 0 }} aria-label="AWS CLI commands">
            {plan.value.commands.map((step) => (
              <li key={step.command} className="stack" style={{ gap: 4 }}>
                <span className="small">{step.purpose}</span>
                <pre className="policy-text">{step.command}</pre>
                <CopyButton text={step.command} label={`Copy command: ${step.purpose}`}>
                  Copy command
                </CopyButton>
              </li>
            ))}
          </ol>
          <ul className="secondary" aria-label="Before you deploy">
            {plan.value.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <p className="secondary">
            Then open the StackSet's stack instances: each member account joins the Accounts list, and its role counts as done when its status is CURRENT.
          </p>
        </>
      )}
    </section>
  );
}
