import { useMemo } from 'react';
import { accountDownloads } from '../../lib/cloudformation';
import { cloudFormationCreateStackUrl } from '../../lib/console/urls';
import { plainValuesFor, type AccountProgress } from '../../lib/onboarding/progress';
import type { PlatformProfile } from '../../lib/platforms';
import { openInConsole } from '../state/console-tabs';
import { Section } from '../ui/Section';
import { FileRow } from './FileLinks';
import { StackSetPart } from './StackSetPart';

export interface AutomatePanelProps {
  account: AccountProgress;
  platform: PlatformProfile;
  onOpenProblem: (message: string) => void;
}

/**
 * "Automate with CloudFormation": the account's steps as one stack (template as YAML or JSON) or
 * one CloudShell script, and for a management account a StackSet that gives every member account
 * the role. Generated from the same policy documents the console path inserts.
 */
export function AutomatePanel({ account, platform, onOpenProblem }: AutomatePanelProps) {
  // Only values read or typed: a suggested bucket name in a template would grant nothing.
  const values = useMemo(() => plainValuesFor(account, { suggestions: false }), [account]);
  const downloads = useMemo(() => accountDownloads(platform, account.accountType, values, { authMethod: account.authMethod }), [platform, account.accountType, account.authMethod, values]);
  const open = (url: string) => openInConsole(url).catch((error: unknown) => onOpenProblem(`Couldn't open the page: ${error instanceof Error ? error.message : String(error)}`));

  return (
    <Section title="Automate with CloudFormation" defaultOpen={false}>
      {!downloads.ok ? (
        <p className="problem small">{downloads.problem.message}</p>
      ) : (
        <section className="stack" aria-label="This account as one stack or script">
          <h3>This account in one go</h3>
          <p className="secondary">
            Instead of the console steps: one stack, or one script in AWS CloudShell, creates{' '}
            {downloads.value.account.creates.filter((item) => item.kind !== 'awsManagedPolicy').map((item) => item.name).join(', ')}.
          </p>
          <FileRow file={downloads.value.templateYaml} downloadText="Download YAML" copyLabel="Copy YAML" />
          <FileRow file={downloads.value.templateJson} downloadText="Download JSON" copyLabel="Copy JSON" />
          {downloads.value.script.ok ? (
            <>
              <FileRow file={downloads.value.script.value} downloadText="Download script" copyLabel="Copy script" />
              <p className="secondary">{downloads.value.script.value.details.howToRun}</p>
            </>
          ) : (
            <p className="secondary">CloudShell script: {downloads.value.script.problem.message}</p>
          )}
          <div className="row">
            <button type="button" className="link" data-finops-action="open-create-stack" onClick={() => void open(cloudFormationCreateStackUrl())}>
              Open Create stack
            </button>
            <span className="secondary">Upload the template, then the page's button fills the stack name and parameters.</span>
          </div>
          {downloads.value.account.leftToConsole.length > 0 && (
            <ul className="secondary" aria-label="Left to the console">
              {downloads.value.account.leftToConsole.map((item) => (
                <li key={item.what}>
                  <strong>{item.what}</strong>: {item.reason}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {account.accountType === 'management' ? (
        <StackSetPart platform={platform} values={values} onOpen={open} />
      ) : (
        <p className="secondary">Onboarding an organization? Choose “management” for the management account in Setup: this section then deploys the role to every member account with one StackSet.</p>
      )}
    </Section>
  );
}
