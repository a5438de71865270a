// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProgressAction } from '../../lib/onboarding/progress';
import { at, finopsStandalone, stateFrom } from '../test-support/progress-fixtures';
import { PopupGlance } from './PopupGlance';

afterEach(cleanup);

const accountId = '111122223333';

const glance = (actions: ProgressAction[] = []) => {
  const state = stateFrom([{ type: 'account-added', accountId, setup: finopsStandalone, from: 'page', at }, ...actions]);
  const onOpen = vi.fn();
  const onOpenSidePanel = vi.fn();
  render(<PopupGlance accountId={accountId} account={state.accounts[accountId]} onOpen={onOpen} onOpenSidePanel={onOpenSidePanel} />);
  return { onOpen, onOpenSidePanel };
};

const done = (...stepIds: string[]): ProgressAction[] => stepIds.map((stepId) => ({ type: 'step-done', accountId, stepId, by: 'user', at }));

describe('PopupGlance', () => {
  it('shows the account, its progress and the next step with its console link', async () => {
    const user = userEvent.setup();
    const { onOpen } = glance(done('data-export'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Account 1111-2222-3333');
    expect(screen.getByRole('progressbar', { name: 'Progress of account 1111-2222-3333' })).toHaveAttribute('aria-valuetext', '1 of 6 steps');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Next: Create the FinOpsForCloudBillingImport policy');
    const open = screen.getByRole('button', { name: 'Open in console' });
    expect(open).toHaveAttribute('data-finops-action', 'open-in-console');
    await user.click(open);
    expect(onOpen).toHaveBeenCalledWith('https://console.aws.amazon.com/iam/home#/policies/create', 'console');
  });

  it('offers copies of the values the next step needs', async () => {
    const user = userEvent.setup();
    glance([...done('data-export', 'billing-import-policy', 'discovery-policy', 'access-role', 'role-arn')]);
    const needed = screen.getByRole('list', { name: 'Values this step needs' });
    expect(within(needed).getAllByRole('listitem').map((item) => item.querySelector('.kv-label')?.textContent)).toEqual([
      'Data source name',
      'AWS account ID',
      'IAM role name',
      'Data export name',
      'S3 bucket name',
      'S3 path prefix',
    ]);
    await user.click(within(needed).getByRole('button', { name: 'Copy IAM role name' }));
    expect(await navigator.clipboard.readText()).toBe('FinOpsForCloudAccessRole');
    expect(within(needed).getByRole('button', { name: 'Copy IAM role name' })).toHaveAttribute('data-finops-action', 'copy');
  });

  it('opens the side panel', async () => {
    const user = userEvent.setup();
    const { onOpenSidePanel } = glance();
    await user.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect(onOpenSidePanel).toHaveBeenCalled();
  });

  it('says what to do when no account is known', () => {
    render(<PopupGlance onOpen={() => {}} onOpenSidePanel={() => {}} problems={["Saved progress wasn't readable (it isn't JSON), so it was set aside."]} />);
    expect(screen.getByText('No AWS account yet.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/set aside/);
    expect(screen.getByRole('button', { name: 'Open side panel' })).toBeInTheDocument();
  });

  it('says when every step is done', () => {
    glance(done('data-export', 'billing-import-policy', 'discovery-policy', 'access-role', 'role-arn', 'connect'));
    expect(screen.getByText('All done')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open in console' })).toBeNull();
  });
});
