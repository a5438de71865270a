// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { accountTemplate, toJson, toYaml } from '../../lib/cloudformation';
import { progressReducer, type ProgressAction, type SetupChoice } from '../../lib/onboarding/progress';
import { emptyProgressState } from '../../lib/onboarding/state-schema';
import { finopsForCloud } from '../../lib/platforms';
import { AutomatePanel } from './AutomatePanel';

afterEach(cleanup);

const accountId = '111122223333';
const at = '2026-05-04T09:00:00.000Z';
const accountOf = (accountType: SetupChoice['accountType'], ...more: ProgressAction[]) =>
  [{ type: 'account-added', accountId, setup: { platform: { id: 'finopsForCloud' }, accountType, authMethod: 'assumedRole', exportState: 'toCreate' }, at } satisfies ProgressAction, ...more].reduce(progressReducer, emptyProgressState()).accounts[accountId]!;

const downloaded = (name: RegExp) => {
  const link = screen.getByRole('link', { name });
  expect(link).toHaveAttribute('data-finops-action', 'download');
  return { fileName: link.getAttribute('download'), text: decodeURIComponent(link.getAttribute('href')!.split(',').slice(1).join(',')) };
};

describe('AutomatePanel', () => {
  it('is collapsed at first and offers the template as YAML and JSON and the CloudShell script, each to download and copy', async () => {
    const user = userEvent.setup();
    const account = accountOf('management', { type: 'value-typed', accountId, kind: 'bucketName', input: 'billing-export-111122223333', at });
    const { container } = render(<AutomatePanel account={account} platform={finopsForCloud} onOpenProblem={() => undefined} />);
    expect(container.querySelector('details')).not.toHaveAttribute('open');

    const expected = accountTemplate(finopsForCloud, 'management', { authMethod: 'assumedRole', values: { accountId, bucketName: 'billing-export-111122223333' } });
    if (!expected.ok) throw new Error(expected.problem.message);
    const yaml = downloaded(/Download YAML: CloudFormation template \(YAML\)/);
    expect(yaml).toEqual({ fileName: 'finops-for-cloud-management-role.yaml', text: toYaml(expected.value.template) });
    expect(parse(yaml.text)).toEqual(JSON.parse(toJson(expected.value.template)));
    expect(downloaded(/Download JSON: CloudFormation template \(JSON\)/).text).toBe(toJson(expected.value.template));
    const script = downloaded(/Download script: CloudShell script/);
    expect(script.fileName).toMatch(/\.sh$/);
    expect(script.text).toMatch(/^#!\/usr\/bin\/env bash\n/);

    await user.click(screen.getByRole('button', { name: 'Copy YAML: CloudFormation template (YAML)' }));
    expect(await navigator.clipboard.readText()).toBe(yaml.text);
  });

  it('says what the script still needs while the templates are ready', () => {
    render(<AutomatePanel account={accountOf('management')} platform={finopsForCloud} onOpenProblem={() => undefined} />);
    expect(screen.getByRole('link', { name: /Download YAML: CloudFormation template \(YAML\)/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Download script: CloudShell script/ })).toBeNull();
    expect(screen.getByText(/CloudShell script: .*bucket/i)).toBeInTheDocument();
  });

  it('for a management account: checks the targets typed, then shows the StackSet steps and commands to copy', async () => {
    const user = userEvent.setup();
    render(<AutomatePanel account={accountOf('management')} platform={finopsForCloud} onOpenProblem={() => undefined} />);
    const part = screen.getByRole('region', { name: 'Deploy to every member account (StackSet)' });
    const input = within(part).getByRole('textbox', { name: 'Organization root ID' });
    await user.type(input, 'ou-a1b2-workloads1');
    expect(within(part).getByRole('alert')).toHaveTextContent(/isn't an organization root ID/);
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.clear(input);
    await user.type(input, 'r-a1b2');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(within(part).getByText(/StackSet FinOpsForCloudAccess, to r-a1b2 in us-east-1/)).toBeInTheDocument();
    expect(within(part).getByText('Set deployment options')).toBeInTheDocument();
    const commands = within(part).getByRole('list', { name: 'AWS CLI commands' });
    expect(commands).toHaveTextContent('aws cloudformation create-stack-set');
    expect(commands).toHaveTextContent('--deployment-targets OrganizationalUnitIds=r-a1b2');
    await user.click(within(commands).getAllByRole('button', { name: /Copy command/ })[2]!);
    expect(await navigator.clipboard.readText()).toMatch(/^aws cloudformation create-stack-instances/);

    await user.click(within(part).getByRole('radio', { name: /Chosen organizational units/ }));
    await user.clear(within(part).getByRole('textbox', { name: 'OU IDs' }));
    await user.type(within(part).getByRole('textbox', { name: 'OU IDs' }), 'ou-a1b2-workloads1, ou-a1b2-sandbox01');
    expect(within(part).getByText(/to ou-a1b2-workloads1, ou-a1b2-sandbox01 in us-east-1/)).toBeInTheDocument();
  });

  it('for other accounts: no StackSet, a pointer to the management account instead', () => {
    render(<AutomatePanel account={accountOf('member')} platform={finopsForCloud} onOpenProblem={() => undefined} />);
    expect(screen.queryByRole('region', { name: 'Deploy to every member account (StackSet)' })).toBeNull();
    expect(screen.getByText(/Choose “management” for the management account/)).toBeInTheDocument();
  });
});
