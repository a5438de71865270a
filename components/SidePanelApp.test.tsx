// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateProgress } from '../entrypoints/background/store';
import type { ProgressState } from '../lib/onboarding/state-schema';
import { SidePanelApp } from './SidePanelApp';
import { progressItem } from '@/storage/progress';
import { activePageItem, focusFieldItem, handOffSecretsItem } from '@/storage/session';
import { answerDispatchLikeTheBackground, readableFiles, storeProgress, tabsQueryMatchesPatterns } from './test-support/extension-harness';
import { at, finopsStandalone, stateFrom } from './test-support/progress-fixtures';

const accountId = '111122223333';

const started = (setup = finopsStandalone): ProgressState =>
  stateFrom([
    { type: 'account-added', accountId, setup, from: 'page', at },
    { type: 'step-done', accountId, stepId: 'data-export', by: 'page', at },
  ]);

const stepItem = (title: RegExp) => screen.getByRole('listitem', { name: title });
const storedState = async () => (await progressItem.getValue()) as ProgressState;

readableFiles();

beforeEach(() => {
  fakeBrowser.reset();
  answerDispatchLikeTheBackground();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('side panel without any account', () => {
  it('applies the defaults and leaves the console buttons working', async () => {
    const user = userEvent.setup();
    render(<SidePanelApp />);
    expect(await screen.findByText(/No AWS account yet: defaults apply \(FinOps for Cloud · standalone · assumed role\)/)).toBeInTheDocument();
    await user.click(within(stepItem(/Create the Data Export/)).getByRole('button', { name: /Open in console/ }));
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports/create');
    expect(screen.queryByRole('button', { name: /I did this myself/ })).toBeNull();
  });

  it('keeps a choice made before the account is known and applies it to the first account', async () => {
    const user = userEvent.setup();
    render(<SidePanelApp />);
    await user.click(await screen.findByRole('radio', { name: 'Access key' }));
    expect(within(screen.getByRole('list', { name: 'Steps' })).getByText(/Create the FinOpsForCloudUser user/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'AWS account ID to add' }), '1111-2222-3333{Enter}');
    await waitFor(async () => expect((await storedState()).accounts[accountId]?.authMethod).toBe('accessKey'));
    expect(await screen.findByRole('button', { name: /^1111-2222-3333/ })).toBeInTheDocument();
  });
});

describe('the guide for an account', () => {
  it('marks a step done by hand and moves on to the next', async () => {
    const user = userEvent.setup();
    await storeProgress(started());
    render(<SidePanelApp />);
    const policy = await screen.findByRole('listitem', { name: /Create the FinOpsForCloudBillingImport policy/ });
    expect(policy).toHaveAttribute('aria-current', 'step');
    const markDone = within(policy).getByRole('button', { name: /I did this myself/ });
    expect(markDone).toHaveAttribute('data-finops-action', 'mark-done');
    await user.click(markDone);
    await waitFor(() => expect(within(stepItem(/FinOpsForCloudBillingImport/)).getByText('Done')).toBeInTheDocument());
    expect(stepItem(/Create the FinOpsForCloudResourceDiscovery policy/)).toHaveAttribute('aria-current', 'step');
    // Keyboard focus stays on the step, on its Undo, rather than falling back to the page top.
    expect(within(policy).getByRole('button', { name: /^Undo:/ })).toHaveFocus();
    expect((await storedState()).accounts[accountId]?.steps['billing-import-policy']).toMatchObject({ status: 'done', by: 'user' });
  });

  it('advances by itself when the console reports the step done', async () => {
    await storeProgress(started());
    render(<SidePanelApp />);
    await screen.findByRole('listitem', { name: /FinOpsForCloudBillingImport/ });
    // What the background does when the content script reports the console's success flash.
    await updateProgress([{ type: 'console-flash', accountId, text: 'Policy FinOpsForCloudBillingImport created.', at }]);
    await waitFor(() => expect(within(stepItem(/FinOpsForCloudBillingImport/)).getByText('Done (seen)')).toBeInTheDocument());
    expect(stepItem(/FinOpsForCloudResourceDiscovery/)).toHaveAttribute('aria-current', 'step');
  });

  it('takes a value where the step produces it, which completes the step', async () => {
    const user = userEvent.setup();
    await storeProgress(stateFrom([{ type: 'account-added', accountId, setup: { ...finopsStandalone, platform: { id: 'cloudyn' } }, from: 'page', at }]));
    render(<SidePanelApp />);
    const step = await screen.findByRole('listitem', { name: /Copy the External ID from Cloudyn/ });
    await user.click(within(step).getByRole('button', { name: 'Enter External ID' }));
    await user.type(within(step).getByRole('textbox', { name: 'External ID' }), 'Contoso-4711{Enter}');
    await waitFor(() => expect(within(step).getByText('Done')).toBeInTheDocument());
    expect(stepItem(/Create the Azure-Cost-Mgt role/)).toHaveAttribute('aria-current', 'step');
    expect((await storedState()).accounts[accountId]?.values.externalId).toMatchObject({ value: 'Contoso-4711', source: 'typed' });
  });

  it('skips a step with a reason, and undoes it', async () => {
    const user = userEvent.setup();
    await storeProgress(started());
    render(<SidePanelApp />);
    const step = await screen.findByRole('listitem', { name: /FinOpsForCloudBillingImport/ });
    await user.click(within(step).getByRole('button', { name: /^Skip:/ }));
    expect(within(step).getByRole('button', { name: 'Skip step' })).toBeDisabled();
    await user.type(within(step).getByRole('textbox', { name: 'Why skip this step?' }), 'The policy exists from last year{Enter}');
    expect(await within(step).findByText('Skipped because: The policy exists from last year')).toBeInTheDocument();
    await user.click(within(step).getByRole('button', { name: /^Undo:/ }));
    await waitFor(() => expect(step).toHaveAttribute('aria-current', 'step'));
  });

  it('highlights the step for the console page the person is on', async () => {
    await storeProgress(started({ ...finopsStandalone, exportState: 'exists' }));
    await activePageItem.item.setValue({
      tabId: 4,
      page: 's3-edit-bucket-policy',
      title: 'Edit bucket policy',
      url: 'https://s3.console.aws.amazon.com/s3/bucket/billing-export-111122223333/property/policy/edit',
      names: { bucketName: 'billing-export-111122223333' },
      at,
    });
    render(<SidePanelApp />);
    const step = await screen.findByRole('listitem', { name: /Update the bucket policy for Data Exports/ });
    expect(within(step).getByText('You are on: Edit bucket policy — billing-export-111122223333')).toBeInTheDocument();
    expect(step).toHaveAttribute('data-here', 'true');
    expect(stepItem(/FinOpsForCloudBillingImport/)).toHaveAttribute('data-here', 'false');
  });

  it('opens the console in the console tab already open, not a new one', async () => {
    const user = userEvent.setup();
    tabsQueryMatchesPatterns();
    const consoleTab = await fakeBrowser.tabs.create({ url: 'https://eu-west-1.console.aws.amazon.com/console/home' });
    await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    const tabCount = (await fakeBrowser.tabs.query({})).length;
    await storeProgress(started());
    render(<SidePanelApp />);
    const step = await screen.findByRole('listitem', { name: /FinOpsForCloudBillingImport/ });
    const open = within(step).getByRole('button', { name: /Open in console/ });
    expect(open).toHaveAttribute('data-finops-action', 'open-in-console');
    await user.click(open);
    await waitFor(async () => expect((await fakeBrowser.tabs.get(consoleTab.id as number))?.url).toBe('https://console.aws.amazon.com/iam/home#/policies/create'));
    expect(await fakeBrowser.tabs.query({})).toHaveLength(tabCount);
  });

  it('stores a typed value as typed, checked', async () => {
    const user = userEvent.setup();
    await storeProgress(started());
    render(<SidePanelApp />);
    const values = await screen.findByRole('list', { name: 'Values' });
    await user.click(within(values).getByRole('button', { name: 'Edit S3 path prefix' }));
    await user.clear(within(values).getByRole('textbox', { name: 'S3 path prefix' }));
    await user.type(within(values).getByRole('textbox', { name: 'S3 path prefix' }), 'finops/reports{Enter}');
    await waitFor(async () => expect((await storedState()).accounts[accountId]?.values.exportPathPrefix).toMatchObject({ value: 'finops/reports', source: 'typed' }));
    expect(await within(values).findByText('typed')).toBeInTheDocument();
  });

  it('opens the value a console button asked for', async () => {
    await storeProgress(started());
    await focusFieldItem.item.setValue('roleArn');
    render(<SidePanelApp />);
    const input = await screen.findByRole('textbox', { name: 'Role ARN' });
    expect(input).toHaveFocus();
  });
});

describe('keyboard and screen readers', () => {
  it('gives every control an accessible name', async () => {
    await storeProgress(
      stateFrom([
        { type: 'account-added', accountId, setup: { ...finopsStandalone, authMethod: 'accessKey' }, from: 'page', at },
        ...['data-export', 'billing-import-policy', 'discovery-policy', 'access-user', 'access-key'].map((stepId) => ({ type: 'step-done' as const, accountId, stepId, by: 'user' as const, at })),
      ]),
    );
    render(<SidePanelApp />);
    await screen.findByLabelText('AWS secret access key');
    const roles = ['button', 'textbox', 'radio', 'checkbox', 'link', 'progressbar', 'list'] as const;
    expect(roles.reduce((count, role) => count + screen.queryAllByRole(role).length, 0)).toBeGreaterThan(40);
    // A name of exactly '' matches the controls that have none.
    const unnamed = roles.flatMap((role) => screen.queryAllByRole(role, { name: '' }).map((element) => `${role}: ${element.outerHTML.slice(0, 120)}`));
    expect(unnamed).toEqual([]);
  });
});

describe('saved progress that cannot be read', () => {
  it.each([
    ['text that is not JSON', '{"version": 1, "accounts": '],
    ['an account of the wrong shape', { version: 1, accounts: { [accountId]: { platform: { id: 'finopsForCloud' }, steps: 'all of them' } } }],
  ])('%s: says so, and the panel still works', async (_, stored) => {
    const user = userEvent.setup();
    await progressItem.setValue(stored);
    render(<SidePanelApp />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Some saved progress couldn't be read.*set aside/);
    expect(screen.getByRole('link', { name: 'Download the part that was set aside' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'AWS account ID to add' }), '4444-5555-6666{Enter}');
    await waitFor(async () => expect(Object.keys((await storedState()).accounts)).toEqual(['444455556666']));
  });
});

describe('saved progress a newer version made, and copies kept', () => {
  it('says the progress was made by a newer version, leaves it exactly as it is, and saves nothing over it', async () => {
    const user = userEvent.setup();
    const newer = { version: 2, accounts: { [accountId]: { fromTheFuture: true } } };
    await progressItem.setValue(newer);
    render(<SidePanelApp />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/made by a newer version of the extension \(format 2\)/);
    await user.type(screen.getByRole('textbox', { name: 'AWS account ID to add' }), '4444-5555-6666{Enter}');
    expect(await screen.findByText(/wasn't saved.*made by a newer version/)).toBeInTheDocument();
    expect(await progressItem.getValue()).toEqual(newer);
  });

  it('lists each dated copy of progress it could not read, to download or restore', async () => {
    const user = userEvent.setup();
    const unreadable = '{"version": 1, "accounts": ';
    await progressItem.setValue(unreadable);
    render(<SidePanelApp />);
    await user.type(await screen.findByRole('textbox', { name: 'AWS account ID to add' }), '4444-5555-6666{Enter}');
    const copies = await screen.findByRole('region', { name: 'Copies of your progress' });
    const download = within(copies).getByRole('link', { name: /Download the copy from/ });
    expect(decodeURIComponent(download.getAttribute('href') ?? '')).toContain(unreadable);
    await user.click(within(copies).getByRole('button', { name: /Restore the copy from/ }));
    await waitFor(async () => expect(await progressItem.getValue()).toBe(unreadable));
    // What the restore replaced is a copy too.
    await waitFor(() => expect(within(copies).getAllByRole('button', { name: /Restore the copy from/ })).toHaveLength(2));
  });
});

describe('the secret access key', () => {
  const accessKeyAccount = () =>
    stateFrom([
      { type: 'account-added', accountId, setup: { ...finopsStandalone, authMethod: 'accessKey' }, from: 'page', at },
      ...['data-export', 'billing-import-policy', 'discovery-policy', 'access-user', 'access-key'].map((stepId) => ({ type: 'step-done' as const, accountId, stepId, by: 'user' as const, at })),
    ]);
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

  it('lives in session storage only, and goes when the account is connected', async () => {
    const user = userEvent.setup();
    await storeProgress(accessKeyAccount());
    render(<SidePanelApp />);
    await user.type(await screen.findByLabelText('AWS secret access key'), secret);
    await waitFor(async () => expect(await storage.getItem(handOffSecretsItem.key)).toEqual({ [accountId]: secret }));
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(secret);

    await user.click(within(stepItem(/Connect the account/)).getByRole('button', { name: /I did this myself/ }));
    await waitFor(async () => expect(await storage.getItem(handOffSecretsItem.key)).toBeNull());
  });

  it('goes on "Forget secret"', async () => {
    const user = userEvent.setup();
    await storeProgress(accessKeyAccount());
    render(<SidePanelApp />);
    await user.type(await screen.findByLabelText('AWS secret access key'), secret);
    await user.click(screen.getByRole('button', { name: 'Forget secret' }));
    expect(screen.getByLabelText('AWS secret access key')).toHaveValue('');
    await waitFor(async () => expect(await storage.getItem(handOffSecretsItem.key)).toBeNull());
  });

  it('is never in the exported progress', async () => {
    const user = userEvent.setup();
    await storeProgress(accessKeyAccount());
    render(<SidePanelApp />);
    await user.type(await screen.findByLabelText('AWS secret access key'), secret);
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    const link = await screen.findByRole('link', { name: /Download finops-aws-onboarding-progress-.*\.json again/ });
    const exported = decodeURIComponent((link.getAttribute('href') ?? '').replace(/^data:application\/json;charset=utf-8,/, ''));
    expect(JSON.parse(exported).accounts[accountId].steps['access-key']).toMatchObject({ status: 'done' });
    expect(exported).not.toContain(secret);
    expect(exported).not.toMatch(/secret/i);
  });
});

describe('import', () => {
  it('adds the accounts of an exported file', async () => {
    const user = userEvent.setup();
    await storeProgress(started());
    render(<SidePanelApp />);
    const other = stateFrom([{ type: 'account-added', accountId: '999988887777', setup: finopsStandalone, from: 'typed', at }]);
    const file = new File([JSON.stringify({ format: 'finops-aws-onboarding-progress', ...other })], 'progress.json', { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Import progress…'), file);
    await user.click(within(await screen.findByRole('region', { name: 'What this import would change' })).getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported 1 account.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /^9999-8888-7777/ })).toBeInTheDocument();
  });

  it('explains a file that is not a progress export', async () => {
    const user = userEvent.setup();
    await storeProgress(started());
    render(<SidePanelApp />);
    await user.upload(await screen.findByLabelText('Import progress…'), new File(['hello'], 'notes.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/isn't a progress export: it isn't JSON/);
  });
});
