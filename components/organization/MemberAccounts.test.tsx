// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressReducer, type ProgressAction } from '../../lib/onboarding/progress';
import { emptyProgressState, type ProgressState } from '../../lib/onboarding/state-schema';
import { accountsReadActions } from '../../lib/organization/member-accounts';
import { MemberAccounts } from './MemberAccounts';

afterEach(cleanup);

const at = '2026-05-04T09:00:00.000Z';
const management = '111122223333';
const memberId = (index: number) => String(210000000000 + index);

/** A management account and `count` members read from the StackSet's instances; every third one CURRENT. */
function organizationState(count: number): ProgressState {
  const start = progressReducer(emptyProgressState(), {
    type: 'account-added',
    accountId: management,
    setup: { platform: { id: 'finopsForCloud' }, accountType: 'management', authMethod: 'assumedRole', exportState: 'toCreate' },
    at,
  });
  const accounts = Array.from({ length: count }, (_unused, index) => ({ accountId: memberId(index + 1), name: `workload-${index + 1}`, stackStatus: index % 3 === 0 ? ('CURRENT' as const) : ('OUTDATED' as const) }));
  return accountsReadActions(start, { source: 'stack-set-instances', page: 'cloudformation-stack-set-instances', sessionAccountId: management, accounts }, at).actions.reduce(progressReducer, start);
}

describe('MemberAccounts', () => {
  it('shows nothing without member accounts', () => {
    const { container } = render(<MemberAccounts state={emptyProgressState()} send={vi.fn()} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists 500 member accounts with their role and state, and copies them as CSV', async () => {
    const user = userEvent.setup();
    const started = performance.now();
    render(<MemberAccounts state={organizationState(500)} send={vi.fn()} />);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(screen.getByText(/0 of 500 connected/)).toBeInTheDocument();
    expect(screen.getByText(/167 of 500 have the role/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Member accounts (500)' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(501);
    expect(rows[1]).toHaveTextContent('2100-0000-0001workload-1FinOpsForCloudAccessRolerole deployed');
    expect(rows[2]).toHaveTextContent('no role yet');

    await user.click(screen.getByRole('button', { name: 'Copy CSV of member accounts' }));
    const csv = await navigator.clipboard.readText();
    expect(csv.split('\r\n').slice(0, 3)).toEqual(['AWS Account ID,Assumed Role Name', `${memberId(1)},FinOpsForCloudAccessRole`, `${memberId(2)},FinOpsForCloudAccessRole`]);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(501);
    const download = screen.getByRole('link', { name: /Download CSV: member accounts \(CSV\)/ });
    expect(download).toHaveAttribute('download', 'finops-member-accounts.csv');
    expect(decodeURIComponent(download.getAttribute('href')!.split(',').slice(1).join(','))).toBe(csv);
  });

  it('marks an account connected when the person says so', async () => {
    const user = userEvent.setup();
    const send = vi.fn<(action: ProgressAction) => void>();
    render(<MemberAccounts state={organizationState(3)} send={send} />);
    await user.click(screen.getByRole('button', { name: 'Mark connected: 2100-0000-0002' }));
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'step-done', accountId: memberId(2), stepId: 'connect', by: 'user' }));
  });
});
