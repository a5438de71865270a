// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cloudyn, finopsForCloud, type AccountType, type AuthMethod, type PlatformProfile } from '../../lib/platforms';
import { HandOff, type HandOffProps } from './HandOff';

afterEach(cleanup);

const hour = 3_600_000;
const now = Date.UTC(2025, 5, 2, 12);

const values = {
  accountId: '111122223333',
  dataSourceName: 'AWS 111122223333',
  roleName: 'FinOpsForCloudAccessRole',
  roleArn: 'arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  exportName: 'billing-111122223333',
  bucketName: 'billing-export-111122223333',
  exportPathPrefix: 'reports',
  region: 'eu-west-1',
};

const renderHandOff = (props: Partial<HandOffProps> = {}) =>
  render(
    <HandOff
      platform={finopsForCloud}
      accountType="management"
      authMethod="assumedRole"
      exportState="toCreate"
      values={values}
      now={now}
      onSecretChange={() => {}}
      onForgetSecret={() => {}}
      {...props}
    />,
  );

const fieldLabels = () =>
  within(screen.getByRole('list', { name: 'Connect form fields' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.kv-label')?.textContent);

describe('HandOff field list', () => {
  it.each<[PlatformProfile, AccountType, AuthMethod, string[]]>([
    [finopsForCloud, 'management', 'assumedRole', ['Name', 'AWS Account ID', 'Assumed Role Name', 'Export type', 'Export name', 'Export Amazon S3 bucket name', 'Export path prefix']],
    [finopsForCloud, 'standalone', 'accessKey', ['Name', 'AWS Access key ID', 'AWS secret access key', 'Export type', 'Export name', 'Export Amazon S3 bucket name', 'Export path prefix']],
    [finopsForCloud, 'member', 'assumedRole', ['Name', 'AWS Account ID', 'Assumed Role Name']],
    [finopsForCloud, 'member', 'accessKey', ['Name', 'AWS Access key ID', 'AWS secret access key']],
    [cloudyn, 'management', 'assumedRole', ['Account Name', 'Role ARN']],
    [cloudyn, 'standalone', 'accessKey', ['Account Name', 'Access Key', 'Secret Key']],
  ])('%s, %s, %s: the portal’s labels in the portal’s order', (platform, accountType, authMethod, labels) => {
    renderHandOff({ platform, accountType, authMethod });
    expect(fieldLabels()).toEqual(labels);
  });

  it.each([
    ['Copy AWS Account ID', '111122223333'],
    ['Copy Assumed Role Name', 'FinOpsForCloudAccessRole'],
    ['Copy Export path prefix', 'reports'],
  ])('%s copies %s', async (name, expected) => {
    const user = userEvent.setup();
    renderHandOff();
    await user.click(screen.getByRole('button', { name }));
    expect(await navigator.clipboard.readText()).toBe(expected);
  });

  it('names the buttons to press in the portal', () => {
    renderHandOff({ accountType: 'standalone', authMethod: 'accessKey' });
    expect(screen.getByText(/press “AWS” → “Standalone” → “Access key”, then fill in/)).toBeInTheDocument();
  });
});

describe('HandOff warnings', () => {
  const warningTitles = () => screen.queryAllByRole('note').map((note) => note.getAttribute('aria-label'));

  it('warns while the export is younger than a day, and not after', () => {
    renderHandOff({ exportCreatedAt: now - 3 * hour });
    expect(screen.getByRole('note', { name: 'The export is less than a day old' })).toHaveTextContent(/about 3 hours ago.*Unable to find report … files/);
    cleanup();
    renderHandOff({ exportCreatedAt: now - 25 * hour });
    expect(warningTitles()).toEqual([]);
  });

  it.each<[string, Partial<typeof values>, AuthMethod, string]>([
    ['an s3:// prefix', { exportPathPrefix: 's3://billing-export-111122223333/finops/reports/' }, 'assumedRole', 'The S3 path prefix was given as a path or URL'],
    ['root user keys', { userArn: 'arn:aws:iam::111122223333:root' } as Partial<typeof values>, 'accessKey', 'These look like root user keys'],
    ['an unknown bucket region', { region: undefined }, 'assumedRole', "The bucket's region is unknown"],
    ['an invalid role name', { roleName: 'FinOps role' }, 'assumedRole', 'Some values look wrong'],
  ])('warns about %s', (_, change, authMethod, title) => {
    renderHandOff({ values: { ...values, ...change }, authMethod });
    expect(warningTitles()).toEqual([title]);
  });

  it('hands over the prefix as configured, not as pasted', async () => {
    const user = userEvent.setup();
    renderHandOff({ values: { ...values, exportPathPrefix: 's3://billing-export-111122223333/finops/reports/' } });
    await user.click(screen.getByRole('button', { name: 'Copy Export path prefix' }));
    expect(await navigator.clipboard.readText()).toBe('finops/reports');
  });
});

describe('HandOff secret access key', () => {
  it('checks the secret, copies it, and forgets it on request', async () => {
    const user = userEvent.setup();
    const onForgetSecret = vi.fn();
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    renderHandOff({ authMethod: 'accessKey', secretAccessKey: secret, onForgetSecret });
    const input = screen.getByLabelText('AWS secret access key');
    expect(input).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Copy AWS secret access key' }));
    expect(await navigator.clipboard.readText()).toBe(secret);
    await user.click(screen.getByRole('button', { name: 'Forget secret' }));
    expect(onForgetSecret).toHaveBeenCalled();
  });

  it('explains a pasted access key ID in the secret field', () => {
    renderHandOff({ authMethod: 'accessKey', secretAccessKey: 'AKIAIOSFODNN7EXAMPLE' });
    expect(screen.getByText(/That is the access key ID/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy AWS secret access key' })).toBeNull();
  });
});
