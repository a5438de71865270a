// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accountSummaries, progressReducer } from '../../lib/onboarding/progress';
import { manyAccountsState } from '../test-support/progress-fixtures';
import { AccountList } from './AccountList';

afterEach(cleanup);

const renderList = (count: number, currentAccountId?: string) => {
  let state = manyAccountsState(count);
  if (currentAccountId) state = progressReducer(state, { type: 'account-selected', accountId: currentAccountId });
  const handlers = { onSelect: vi.fn(), onAdd: vi.fn(), onRemove: vi.fn() };
  const started = performance.now();
  render(<AccountList accounts={accountSummaries(state)} {...handlers} />);
  return { ...handlers, elapsed: performance.now() - started };
};

const rows = (count: number) => within(screen.getByRole('list', { name: `Accounts (${count})` })).getAllByRole('listitem');

describe('AccountList', () => {
  it('says what to do when there is no account yet', () => {
    renderList(0);
    expect(screen.getByText('No accounts yet')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'AWS account ID to add' })).toBeInTheDocument();
  });

  it('renders 500 accounts, each with its progress and next step, quickly', () => {
    const { elapsed } = renderList(500, '100000000042');
    const all = rows(500);
    expect(all).toHaveLength(500);
    expect(within(all[42] as HTMLElement).getByRole('button', { name: /^1000-0000-0042/ })).toBeInTheDocument();
    expect(all[42]).toHaveAttribute('aria-current', 'true');
    expect(all[1]).toHaveTextContent('1/6 · Next: Create the FinOpsForCloudBillingImport policy');
    expect(all[6]).toHaveTextContent('6/6 · All steps done');
    // Selector and render together; jsdom is several times slower than the browser, so this only catches per-row heavy work.
    expect(elapsed).toBeLessThan(5000);
  });

  it('filters by account ID as the console shows it', async () => {
    const user = userEvent.setup();
    renderList(500);
    await user.type(screen.getByRole('textbox', { name: 'Filter accounts' }), '1000-0000-0042');
    expect(rows(500)).toHaveLength(1);
  });

  it('selects, and removes only after confirming', async () => {
    const user = userEvent.setup();
    const { onSelect, onRemove } = renderList(3);
    await user.click(screen.getByRole('button', { name: /^1000-0000-0002/ }));
    expect(onSelect).toHaveBeenCalledWith('100000000002');
    await user.click(screen.getByRole('button', { name: 'Remove account 1000-0000-0001' }));
    expect(onRemove).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Confirm removing account 1000-0000-0001' }));
    expect(onRemove).toHaveBeenCalledWith('100000000001');
  });

  it.each([
    ['1234-5678-901', /12 digits; this one has 11/],
    ['1000-0000-0001', /already in the list/],
  ])('refuses to add %s', async (typed, problem) => {
    const user = userEvent.setup();
    const { onAdd } = renderList(3);
    await user.type(screen.getByRole('textbox', { name: 'AWS account ID to add' }), `${typed}{Enter}`);
    expect(screen.getByRole('textbox', { name: 'AWS account ID to add' })).toHaveAccessibleDescription(problem);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('adds an account by the ID the console shows', async () => {
    const user = userEvent.setup();
    const { onAdd } = renderList(3);
    await user.type(screen.getByRole('textbox', { name: 'AWS account ID to add' }), '4444-5555-6666');
    await user.click(screen.getByRole('button', { name: 'Add account' }));
    expect(onAdd).toHaveBeenCalledWith('444455556666');
  });
});
