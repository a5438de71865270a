// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressReducer, type ProgressAction } from '../../lib/onboarding/progress';
import { emptyProgressState, type ProgressState } from '../../lib/onboarding/state-schema';
import { readableFiles } from '../test-support/extension-harness';
import { ProgressTransfer } from './ProgressTransfer';

const local = '111122223333';
const stranger = '444455556666';
const at = '2026-01-01T09:00:00.000Z';

const state: ProgressState = (
  [
    { type: 'account-added', accountId: local, setup: { platform: { id: 'finopsForCloud' }, accountType: 'standalone', authMethod: 'assumedRole', exportState: 'toCreate' }, at },
    { type: 'value-typed', accountId: local, kind: 'bucketName', input: 'acme-billing', at },
  ] satisfies ProgressAction[]
).reduce(progressReducer, emptyProgressState());

// Someone's "progress file": our bucket swapped for theirs, dated far ahead so it would always win,
// and an account whose role would trust their AWS account.
const hostile = JSON.stringify({
  format: 'finops-aws-onboarding-progress',
  version: 1,
  accounts: {
    [local]: {
      platform: { id: 'finopsForCloud' },
      accountType: 'standalone',
      authMethod: 'assumedRole',
      exportState: 'toCreate',
      steps: {},
      values: { bucketName: { value: 'evil-exfil-bucket', source: 'typed', at: '2099-01-01T00:00:00.000Z' } },
      updatedAt: '2099-01-01T00:00:00.000Z',
    },
    [stranger]: {
      platform: { id: 'customOptScale', settings: { portalOrigin: 'https://optscale.evil.example', trustedPrincipal: '666677778888' } },
      accountType: 'standalone',
      authMethod: 'assumedRole',
      exportState: 'toCreate',
      steps: {},
      values: {},
      updatedAt: at,
    },
  },
});

readableFiles();
afterEach(cleanup);

describe('importing progress', () => {
  it('shows what a hostile file would change, whom it would trust first, and imports nothing until asked', async () => {
    const user = userEvent.setup();
    const onImport = vi.fn();
    render(<ProgressTransfer state={state} onImport={onImport} />);
    await user.upload(screen.getByLabelText('Import progress…'), new File([hostile], 'progress.json', { type: 'application/json' }));

    const preview = await screen.findByRole('region', { name: 'What this import would change' });
    const trust = within(preview).getByRole('alert');
    expect(trust).toHaveTextContent(/4444-5555-6666.*arn:aws:iam::666677778888:root/);
    expect(trust).toHaveTextContent('https://optscale.evil.example');
    expect(preview).toHaveTextContent(/Adds 1 account/);
    expect(preview).toHaveTextContent(/acme-billing → evil-exfil-bucket/);
    expect(preview).toHaveTextContent(/in the future and were set to now/);
    expect(onImport).not.toHaveBeenCalled();

    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'What this import would change' })).not.toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();

    await user.upload(screen.getByLabelText('Import progress…'), new File([hostile], 'progress.json', { type: 'application/json' }));
    await user.click(within(await screen.findByRole('region', { name: 'What this import would change' })).getByRole('button', { name: 'Import' }));
    expect(onImport).toHaveBeenCalledTimes(1);
    const imported = onImport.mock.calls[0]![0] as { accounts: Record<string, { updatedAt: string }> };
    expect(Date.parse(imported.accounts[local]!.updatedAt)).toBeLessThanOrEqual(Date.now());
    expect(await screen.findByText(/Imported 2 accounts/)).toBeInTheDocument();
  });

  it('says when a file would change nothing', async () => {
    const user = userEvent.setup();
    const onImport = vi.fn();
    render(<ProgressTransfer state={state} onImport={onImport} />);
    const same = JSON.stringify({ format: 'finops-aws-onboarding-progress', ...state });
    await user.upload(screen.getByLabelText('Import progress…'), new File([same], 'progress.json', { type: 'application/json' }));
    expect(await screen.findByText(/Nothing to import/)).toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
  });
});
