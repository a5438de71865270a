// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SetupChoice } from '../../lib/onboarding/progress';
import { cloudyn, finopsForCloud, type PlatformProfile } from '../../lib/platforms';
import { SetupChooser } from './SetupChooser';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const defaults: SetupChoice = { platform: { id: 'finopsForCloud', policyVariant: 'published' }, accountType: 'standalone', authMethod: 'assumedRole', exportState: 'toCreate' };

/** Holds the choice the way storage would: a change comes back as the new prop. */
function StoredChooser({ initial, platform, onChange, onSaveExternalId }: { initial: SetupChoice; platform?: PlatformProfile; onChange: (next: SetupChoice) => void; onSaveExternalId: (value: string) => void }) {
  const [choice, setChoice] = useState(initial);
  return (
    <SetupChooser
      choice={choice}
      platform={platform}
      onChange={(next) => {
        onChange(next);
        setChoice(next);
      }}
      onSaveExternalId={onSaveExternalId}
    />
  );
}

const renderChooser = (choice: Partial<SetupChoice> = {}, platform: PlatformProfile | null = finopsForCloud) => {
  const onChange = vi.fn();
  const onSaveExternalId = vi.fn();
  render(<StoredChooser initial={{ ...defaults, ...choice }} platform={platform ?? undefined} onChange={onChange} onSaveExternalId={onSaveExternalId} />);
  return { onChange, onSaveExternalId };
};

describe('SetupChooser', () => {
  it('starts on FinOps for Cloud with an assumed role', () => {
    renderChooser();
    expect(screen.getByRole('radio', { name: 'FinOps for Cloud' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Assumed role (recommended)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Create a new Data Export' })).toBeChecked();
  });

  it.each<[string, Partial<SetupChoice>]>([
    ['Cloudyn', { platform: { id: 'cloudyn' } }],
    ['Management account', { accountType: 'management' }],
    ['Member account', { accountType: 'member' }],
    ['Access key', { authMethod: 'accessKey' }],
    ['A Data Export already exists', { exportState: 'exists' }],
  ])('choosing "%s" changes %o and keeps the rest', async (name, change) => {
    const user = userEvent.setup();
    const { onChange } = renderChooser();
    await user.click(screen.getByRole('radio', { name }));
    expect(onChange).toHaveBeenCalledWith({ ...defaults, ...change });
  });

  it('explains each choice in one line', () => {
    renderChooser();
    expect(screen.getByRole('radio', { name: 'Management account' })).toHaveAccessibleDescription(/created the AWS Organization and pays/);
    expect(screen.getByRole('radio', { name: 'Access key' })).toHaveAccessibleDescription(/Riskier: anyone who obtains the key can use it/);
    expect(screen.getByText(/member account whose management account you can’t reach\? Choose Standalone/)).toBeInTheDocument();
  });

  it('onboards a member account without access to its management account as standalone', async () => {
    const user = userEvent.setup();
    const { onChange } = renderChooser({ accountType: 'member' });
    expect(screen.queryByRole('group', { name: 'Billing data export' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /management account is connected/ }));
    expect(onChange).toHaveBeenCalledWith({ ...defaults, accountType: 'member', hasManagementAccess: false });
  });

  it('shows such an account as a member with its own export', () => {
    renderChooser({ accountType: 'standalone', hasManagementAccess: false });
    expect(screen.getByRole('radio', { name: 'Member account' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /management account is connected/ })).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Billing data export' })).toBeInTheDocument();
  });

  it('says why FinOps for Cloud takes no External ID, and asks for one for Cloudyn', async () => {
    renderChooser();
    expect(screen.getByText(/No External ID: FinOps for Cloud doesn't pass an External ID/)).toBeInTheDocument();
    cleanup();
    const user = userEvent.setup();
    const { onSaveExternalId } = renderChooser({ platform: { id: 'cloudyn' } }, cloudyn);
    expect(screen.getByText('arn:aws:iam::432263259397:root')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enter External ID' }));
    await user.type(screen.getByRole('textbox', { name: 'External ID' }), 'Contoso12345{Enter}');
    expect(onSaveExternalId).toHaveBeenCalledWith('Contoso12345');
  });

  it('checks a self-hosted platform, stores it, and asks for its origin only', async () => {
    const user = userEvent.setup();
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((() => Promise.resolve(true)) as never);
    const { onChange } = renderChooser();
    await user.click(screen.getByRole('radio', { name: 'Self-hosted OptScale' }));
    expect(onChange).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: 'Portal address' }), 'optscale.example.com/cloud-account');
    await user.type(screen.getByRole('textbox', { name: 'Trusted account or principal' }), '*');
    await user.click(screen.getByRole('button', { name: 'Save platform' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/would let any AWS account assume the role/);
    expect(onChange).not.toHaveBeenCalled();

    await user.clear(screen.getByRole('textbox', { name: 'Trusted account or principal' }));
    await user.type(screen.getByRole('textbox', { name: 'Trusted account or principal' }), '1234-5678-9012');
    await user.click(screen.getByRole('button', { name: 'Save platform' }));
    expect(onChange).toHaveBeenCalledWith({
      ...defaults,
      platform: {
        id: 'customOptScale',
        settings: expect.objectContaining({ portalOrigin: 'https://optscale.example.com', trustedPrincipal: 'arn:aws:iam::123456789012:root' }),
      },
    });
    expect(request).toHaveBeenCalledWith({ origins: ['https://optscale.example.com/*'] });
    expect(await screen.findByText('Saved. The extension may fill the connect form on https://optscale.example.com.')).toBeInTheDocument();
  });
  it('offers power schedules as an explicit opt-in, off by default, explained in one sentence', async () => {
    const user = userEvent.setup();
    const { onChange } = renderChooser();
    const power = screen.getByRole('checkbox', { name: /start and stop instances \(power schedules\)/ });
    expect(power).not.toBeChecked();
    expect(power).toHaveAccessibleDescription(/^Only if you will use power schedules: .*ec2:StartInstances and ec2:StopInstances[^.]*\.$/);
    await user.click(power);
    expect(onChange).toHaveBeenCalledWith({ ...defaults, platform: { ...defaults.platform, powerSchedules: true } });
    expect(power).toBeChecked();
  });

  it('keeps a self-hosted platform\'s settings when power schedules are switched on', async () => {
    const user = userEvent.setup();
    const settings = { portalOrigin: 'https://optscale.example.com', trustedPrincipal: 'arn:aws:iam::444455556666:root', optScaleVersion: 'upTo2024-10' as const };
    const { onChange } = renderChooser({ platform: { id: 'customOptScale', settings } }, null);
    await user.click(screen.getByRole('checkbox', { name: /power schedules/ }));
    expect(onChange).toHaveBeenCalledWith({ ...defaults, platform: { id: 'customOptScale', settings: { ...settings, powerSchedules: true } } });
  });

  it('offers no power schedules for Cloudyn', () => {
    renderChooser({ platform: { id: 'cloudyn' } }, cloudyn);
    expect(screen.queryByRole('checkbox', { name: /power schedules/ })).toBeNull();
  });

  it("asks a self-hosted OptScale's release, the newest by default, and stores the one chosen", async () => {
    const user = userEvent.setup();
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((() => Promise.resolve(true)) as never);
    const { onChange } = renderChooser();
    await user.click(screen.getByRole('radio', { name: 'Self-hosted OptScale' }));
    const release = screen.getByRole('combobox', { name: 'OptScale release' });
    expect(release).toHaveValue('newest');
    expect(release).toHaveAccessibleDescription(/RDS, Redshift Serverless and EMR Serverless/);
    await user.selectOptions(release, 'upTo2024-10');
    await user.type(screen.getByRole('textbox', { name: 'Portal address' }), 'optscale.example.com');
    await user.type(screen.getByRole('textbox', { name: 'Trusted account or principal' }), '444455556666');
    await user.click(screen.getByRole('button', { name: 'Save platform' }));
    expect(onChange).toHaveBeenCalledWith({ ...defaults, platform: { id: 'customOptScale', settings: expect.objectContaining({ optScaleVersion: 'upTo2024-10' }) } });
  });
});
