// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressReducer, type AccountProgress, type ProgressAction, type SetupChoice } from '../../lib/onboarding/progress';
import { emptyProgressState } from '../../lib/onboarding/state-schema';
import type { ValueKind } from '../../lib/values';
import type { CheckResult, VerifyInput } from '../../lib/verify/checks';
import { VerifyPanel, type VerifyFunction } from './index';

const accountId = '111122223333';
const otherAccountId = '444455556666';
const at = '2025-06-02T12:00:00.000Z';
const bucket = `billing-export-${accountId}`;
const accessKeyId = 'ASIAEXAMPLETEMPORARY';
const secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const sessionToken = 'IQoJb3JpZ2luX2VjEXAMPLEsessionTOKENvalue0123456789==';
const cloudShellOutput = `AWS_ACCESS_KEY_ID=${accessKeyId}\nAWS_SECRET_ACCESS_KEY=${secretAccessKey}\nAWS_SESSION_TOKEN=${sessionToken}\nAWS_CREDENTIAL_EXPIRATION=2025-06-02T13:00:00+00:00`;

const setup = (choice: Partial<SetupChoice> = {}): SetupChoice => ({
  platform: { id: 'finopsForCloud', policyVariant: 'published' },
  accountType: 'standalone',
  authMethod: 'assumedRole',
  exportState: 'toCreate',
  ...choice,
});

function accountWith(choice: SetupChoice, typed: Array<[ValueKind, string]> = [], id = accountId): AccountProgress {
  const actions: ProgressAction[] = [
    { type: 'account-added', accountId: id, setup: choice, at },
    ...typed.map(([kind, input]): ProgressAction => ({ type: 'value-typed', accountId: id, kind, input, at })),
  ];
  const account = actions.reduce(progressReducer, emptyProgressState()).accounts[id];
  if (!account) throw new Error('The reducer refused the account.');
  return account;
}

const check = (result: Omit<CheckResult, 'title'> & { title?: string }): CheckResult => ({ title: result.id, ...result });

const allPassed: CheckResult[] = [
  check({ id: 'keys', status: 'pass', detail: `Valid keys of arn:aws:sts::${accountId}:assumed-role/Admin/alice in account ${accountId}.` }),
  check({ id: 'role-trust', status: 'pass', detail: 'The trust policy lets arn:aws:iam::654035049067:user/ffc-service-user assume this role.' }),
  check({ id: 'role-permissions', status: 'pass', detail: 'The role FinOpsForCloudAccessRole has all permissions.' }),
  check({ id: 'bucket', status: 'pass', detail: `The bucket ${bucket} exists, in region us-east-1.` }),
  check({ id: 'bucket-policy', status: 'pass', detail: 'AWS can deliver the export.' }),
  check({ id: 'first-delivery', status: 'pass', detail: 'AWS has delivered the export.' }),
];

let request: ReturnType<typeof vi.fn>;
beforeEach(() => {
  request = vi.fn(() => Promise.resolve(true));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request as never);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

function renderPanel(account = accountWith(setup()), results: CheckResult[] | (() => Promise<CheckResult[]>) = allPassed) {
  const verify = vi.fn<VerifyFunction>(typeof results === 'function' ? results : () => Promise.resolve(results));
  const view = render(<VerifyPanel accountId={accountId} account={account} verify={verify} />);
  return { verify, ...view };
}

const field = (name: 'Access key ID' | 'Secret access key' | 'Session token') => screen.getByLabelText<HTMLInputElement>(name);
const verifyButton = () => screen.getByRole('button', { name: /^Verify/ });

async function pasteInto(name: Parameters<typeof field>[0], text: string) {
  const user = userEvent.setup();
  await user.click(field(name));
  await user.paste(text);
  return user;
}

async function verifyWithCloudShellKeys() {
  const user = await pasteInto('Access key ID', cloudShellOutput);
  await user.click(verifyButton());
  await screen.findByRole('list', { name: 'Verification results' });
  return user;
}

describe('pasting credentials', () => {
  it.each<[string, Parameters<typeof field>[0], string]>([
    ['CloudShell env lines into the key ID field', 'Access key ID', cloudShellOutput],
    ['the export-credentials JSON into the session token field', 'Session token', JSON.stringify({ Version: 1, AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, SessionToken: sessionToken })],
  ])('%s: split into the three fields', async (_case, target, text) => {
    renderPanel();
    await pasteInto(target, text);
    expect([field('Access key ID').value, field('Secret access key').value, field('Session token').value]).toEqual([accessKeyId, secretAccessKey, sessionToken]);
    expect(screen.getByText('Filled the access key ID, the secret access key and the session token from the pasted text.')).toBeInTheDocument();
  });

  it('a single value goes into its own field as it is', async () => {
    renderPanel();
    await pasteInto('Session token', sessionToken);
    expect(field('Session token').value).toBe(sessionToken);
    expect(field('Access key ID').value).toBe('');
  });

  it('garbage: a clear message, nothing filled, and the text not repeated', async () => {
    renderPanel();
    await pasteInto('Access key ID', 'Welcome to AWS CloudShell\n[cloudshell-user@ip-10-0-0-1 ~]$ secret-ish-text');
    expect(screen.getByText(/That doesn't look like AWS credentials\. Paste the lines AWS_ACCESS_KEY_ID=…/)).toBeInTheDocument();
    expect(field('Access key ID').value).toBe('');
    expect(document.body.textContent).not.toContain('secret-ish-text');
  });

  it('an access-key account asks for the user’s key, without a session token', () => {
    renderPanel(accountWith(setup({ authMethod: 'accessKey' })));
    expect(screen.getByRole('group', { name: 'Access key of FinOpsForCloudUser' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Session token')).toBeNull();
  });

  it('a role account shows the CloudShell command', () => {
    renderPanel();
    expect(screen.getByText('aws configure export-credentials --format env-no-export')).toBeInTheDocument();
  });
});

describe('before running', () => {
  it('missing values: says which, and doesn’t run', async () => {
    const { verify } = renderPanel(accountWith(setup({ exportState: 'exists' }), [['bucketName', 'my-billing-bucket']]));
    expect(screen.getByRole('note', { name: "Can't verify yet" })).toHaveTextContent('Before verifying, set these values under Values: Data export name, S3 path prefix.');
    await pasteInto('Access key ID', cloudShellOutput);
    expect(verifyButton()).toBeDisabled();
    expect(verify).not.toHaveBeenCalled();
  });

  it('shows what will be checked, marking the platform’s suggestions', () => {
    renderPanel(accountWith(setup(), [['bucketName', 'my-billing-bucket']]));
    const items = within(screen.getByRole('list', { name: 'What is checked' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'IAM role name FinOpsForCloudAccessRolesuggested',
      'S3 bucket name my-billing-bucket',
      `Data export name billing-${accountId}suggested`,
      'S3 path prefix reportssuggested',
    ]);
  });

  it.each<[string, string, string]>([
    ['no keys at all', '', 'Enter the access key ID and the secret access key to verify with.'],
    ['temporary keys without their token', `AWS_ACCESS_KEY_ID=${accessKeyId}\nAWS_SECRET_ACCESS_KEY=${secretAccessKey}`, 'Temporary keys (ASIA…) only work with their session token: paste AWS_SESSION_TOKEN too.'],
  ])('keys of the wrong shape (%s): says so, asks nothing, sends nothing', async (_case, pasted, message) => {
    const { verify } = renderPanel();
    const user = pasted ? await pasteInto('Access key ID', pasted) : userEvent.setup();
    await user.click(verifyButton());
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(request).not.toHaveBeenCalled();
    expect(verify).not.toHaveBeenCalled();
  });

  it('asks for the AWS host permission in the click; refused: explains, runs nothing, keeps the keys for another try', async () => {
    request.mockImplementation(() => Promise.resolve(false));
    const { verify } = renderPanel();
    const user = await pasteInto('Access key ID', cloudShellOutput);
    await user.click(verifyButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/needs your permission to reach the AWS APIs \(https:\/\/\*\.amazonaws\.com\).*Press Verify again and choose Allow/);
    expect(request).toHaveBeenCalledWith({ origins: ['https://*.amazonaws.com/*'] });
    expect(verify).not.toHaveBeenCalled();
    expect(field('Secret access key').value).toBe(secretAccessKey);
  });
});

describe('running', () => {
  it('hands the engine the account’s checks: the role, our templates’ grants, the export, and the pasted keys', async () => {
    const { verify } = renderPanel();
    await verifyWithCloudShellKeys();
    expect(verify).toHaveBeenCalledTimes(1);
    const input = verify.mock.calls[0]?.[0] as VerifyInput;
    expect(input).toMatchObject({
      credentials: { accessKeyId, secretAccessKey, sessionToken },
      accountId,
      access: { kind: 'role', roleName: 'FinOpsForCloudAccessRole', trustedPrincipal: 'arn:aws:iam::654035049067:user/ffc-service-user' },
      billingExport: { bucket, exportName: `billing-${accountId}`, exportPathPrefix: 'reports', curVersion: 2 },
    });
    expect(input.requiredActions).toContainEqual({ action: 's3:GetObject', resource: `arn:aws:s3:::${bucket}/*`, grantedBy: 'billingImportPolicy' });
    expect(Object.keys(input)).not.toContain('platform');
  });

  it('every check passed: "Ready to connect"', async () => {
    renderPanel();
    await verifyWithCloudShellKeys();
    expect(screen.getByText('Ready to connect')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Verification results' })).getAllByText('Passed:')).toHaveLength(6);
    expect(screen.getByRole('button', { name: 'Verify again' })).toBeEnabled();
  });

  it('pass, fail, warning and can’t-check: each with its word, detail and fix, and the count to fix', async () => {
    const results: CheckResult[] = [
      check({ id: 'keys', title: 'Access keys', status: 'pass', detail: 'Valid keys.' }),
      check({ id: 'role-trust', title: 'Role trust policy', status: 'warn', detail: 'The trust policy trusts the whole account 654035049067.', fix: { kind: 'console-link', page: 'iam-role-trust', values: { roleName: 'FinOpsForCloudAccessRole' } } }),
      check({ id: 'role-permissions', title: 'Role permissions', status: 'fail', detail: 'The role FinOpsForCloudAccessRole is missing 1 of the 30 permissions the platform needs: cloudwatch:GetMetricStatistics on *.', fix: { kind: 'insert', document: 'discoveryPolicy' } }),
      check({ id: 'bucket', title: 'Export bucket', status: 'cant-check', detail: 'These keys aren’t allowed to call s3:GetBucketLocation.' }),
      check({ id: 'bucket-policy', title: 'Bucket policy', status: 'fail', detail: `The bucket ${bucket} has no bucket policy.`, fix: { kind: 'insert', document: 'bucketPolicy' } }),
    ];
    renderPanel(undefined, results);
    await verifyWithCloudShellKeys();

    expect(screen.getByText('3 things to fix before connecting')).toBeInTheDocument();
    expect(screen.getByText("2 failed, 1 couldn't be checked; each says what to do.")).toBeInTheDocument();
    const rows = within(screen.getByRole('list', { name: 'Verification results' })).getAllByRole('listitem');
    const row = (title: string) => rows.find((item) => item.textContent?.includes(title)) as HTMLElement;
    expect(rows.map((item) => item.querySelector('.verify-result-head')?.textContent)).toEqual([
      '✓Passed:Access keys',
      '!Warning:Role trust policy',
      '✕Failed:Role permissions',
      '?Can’t check:Export bucket',
      '✕Failed:Bucket policy',
    ]);
    expect(row('Role permissions')).toHaveTextContent('cloudwatch:GetMetricStatistics on *');
    expect(within(row('Role permissions')).getByRole('button', { name: 'Open IAM Create policy' })).toBeInTheDocument();
    expect(row('Role permissions')).toHaveTextContent("Use 'Insert FinOpsForCloudResourceDiscovery policy' there, then attach FinOpsForCloudResourceDiscovery to the role FinOpsForCloudAccessRole.");
    expect(within(row('Role trust policy')).getByRole('button', { name: "Open the role's trust relationships" })).toBeInTheDocument();
    expect(within(row('Export bucket')).queryByRole('button')).toBeNull();
    expect(row('Bucket policy')).toHaveTextContent("Use 'Add FinOps data-export statements' there");
  });

  it('a fix opens its console page in a tab', async () => {
    renderPanel(undefined, [check({ id: 'bucket-policy', title: 'Bucket policy', status: 'fail', detail: 'No bucket policy.', fix: { kind: 'insert', document: 'bucketPolicy' } })]);
    const user = await verifyWithCloudShellKeys();
    const editor = `https://s3.console.aws.amazon.com/s3/bucket/${bucket}/property/policy/edit`;
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).not.toContain(editor);
    await user.click(screen.getByRole('button', { name: 'Open the bucket policy editor' }));
    await waitFor(async () => expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(editor));
  });

  it('no export delivered yet: the engine’s 24-hour note, and not "Ready to connect"', async () => {
    const waiting = check({ id: 'first-delivery', title: 'First export delivery', status: 'warn', detail: `No export files in s3://${bucket}/reports/billing-${accountId}/ yet. AWS delivers the first export within 24 hours of creating it; connect after that.` });
    renderPanel(undefined, [...allPassed.slice(0, 5), waiting]);
    await verifyWithCloudShellKeys();
    expect(screen.getByText('Ready once AWS delivers the first export: connect after that')).toBeInTheDocument();
    expect(screen.queryByText('Ready to connect')).toBeNull();
    expect(screen.getByText(/AWS delivers the first export within 24 hours/)).toBeInTheDocument();
  });
});

describe('credentials stay in memory for one run', () => {
  it('cleared after the run, never stored, never on screen, even when an answer quotes them', async () => {
    const echoing = check({ id: 'keys', status: 'fail', detail: `AWS said: the key ${accessKeyId} with secret ${secretAccessKey} and token ${sessionToken} is wrong.` });
    const { container } = renderPanel(undefined, [echoing]);
    await verifyWithCloudShellKeys();
    expect([field('Access key ID').value, field('Secret access key').value, field('Session token').value]).toEqual(['', '', '']);
    expect(screen.getByText('The keys were cleared after the check; paste them again to verify again.')).toBeInTheDocument();
    expect(screen.queryByText(/^Filled the access key ID/)).toBeNull();
    for (const secret of [accessKeyId, secretAccessKey, sessionToken]) expect(container.innerHTML).not.toContain(secret);
    expect(screen.getByText('AWS said: the key [hidden] with secret [hidden] and token [hidden] is wrong.')).toBeInTheDocument();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('cleared when the engine fails, with only the error’s name shown', async () => {
    const { container } = renderPanel(undefined, () => Promise.reject(Object.assign(new Error(`request with ${secretAccessKey} failed`), { name: 'ChunkLoadError' })));
    const user = await pasteInto('Access key ID', cloudShellOutput);
    await user.click(verifyButton());
    expect(await screen.findByRole('alert')).toHaveTextContent("The verification couldn't run (ChunkLoadError). Reload the side panel and verify again.");
    expect(field('Secret access key').value).toBe('');
    expect(container.innerHTML).not.toContain(secretAccessKey);
  });

  it('another account starts empty: no keys or results carried over', async () => {
    const { verify, rerender } = renderPanel();
    await pasteInto('Access key ID', cloudShellOutput);
    rerender(<VerifyPanel accountId={otherAccountId} account={accountWith(setup(), [], otherAccountId)} verify={verify} />);
    expect([field('Access key ID').value, field('Secret access key').value, field('Session token').value]).toEqual(['', '', '']);
  });

  it('gone when the panel unmounts: a new panel doesn’t get them back from anywhere', async () => {
    const { unmount } = renderPanel();
    await pasteInto('Access key ID', cloudShellOutput);
    expect(field('Secret access key').value).toBe(secretAccessKey);
    unmount();
    renderPanel();
    expect([field('Access key ID').value, field('Secret access key').value, field('Session token').value]).toEqual(['', '', '']);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
