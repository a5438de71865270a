import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LaunchedBrowser } from '../support/browser';
import {
  actionLabels,
  chooseSetup,
  clickButton,
  clickChoice,
  clickConsoleButton,
  dispatch,
  extensionStorage,
  fieldValue,
  findAction,
  isChoiceChecked,
  launchConsoleExtension,
  navigateInApp,
  openConsole,
  recordMessages,
  replicaState,
  runAction,
  settledActionLabels,
  stepStatus,
  storedValue,
} from '../support/console';

const account = '111122223333';
const iamHome = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1';
const userName = 'FinOpsForCloudUser';

let launched: LaunchedBrowser;
let messagesSoFar: () => Promise<unknown[]>;
beforeAll(async () => {
  launched = await launchConsoleExtension();
  messagesSoFar = await recordMessages(launched);
  // The account exists once any console page has been seen; then the person switches the setup.
  await dispatch(launched, { type: 'account-added', accountId: account, setup: { platform: { id: 'finopsForCloud' }, accountType: 'standalone', authMethod: 'assumedRole', exportState: 'toCreate' } });
  await chooseSetup(launched, { accountType: 'standalone', authMethod: 'accessKey' });
});
afterAll(async () => {
  await launched?.close();
});

describe('standalone account, IAM user with an access key', () => {
  it('creates the user with its name, no console access and both policies, and the flash completes the step', async () => {
    const page = await openConsole(launched, `${iamHome}#/users/create`);
    expect(await runAction(page, 'fill-form', `Fill user name ${userName}`)).toMatchObject({ kind: 'done' });
    expect(await fieldValue(page, 'User name')).toBe(userName);

    // Someone ticked console access: the extension offers to take it away again.
    await clickChoice(page, 'Provide user access to the AWS Management Console');
    expect(await runAction(page, 'fill-form', 'No console access')).toMatchObject({ kind: 'done' });
    expect(await isChoiceChecked(page, 'Provide user access to the AWS Management Console')).toBe(false);

    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'fill-form', 'directly')).toMatchObject({ kind: 'done' });
    expect(await runAction(page, 'select-policies', 'Select FinOpsForCloudBillingImport and FinOpsForCloudResourceDiscovery')).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, 'Next');
    await clickConsoleButton(page, 'Create user');

    const state = await replicaState(page);
    expect(state.errorsShown).toEqual([]);
    const user = state.users[userName];
    expect(user?.consoleAccess).toBe(false);
    expect([...new Set(user?.attachedPolicies)].sort()).toEqual(['FinOpsForCloudBillingImport', 'FinOpsForCloudResourceDiscovery']);
    await expect.poll(() => stepStatus(launched, 'access-user'), { timeout: 10_000 }).toBe('done');
    await page.close();
  });

  it('reads the new access key ID back, and the secret never reaches storage or a message', async () => {
    const page = await openConsole(launched, `${iamHome}#/users/details/${userName}/create-access-key`);
    expect(await settledActionLabels(page)).toEqual([]);
    await clickChoice(page, 'Third-party service');
    await clickChoice(page, 'I understand the above recommendation');
    await clickConsoleButton(page, 'Next');
    await clickConsoleButton(page, 'Create access key');
    // "Show" puts the secret into the page, where a careless reader could pick it up.
    await clickButton(page, 'Show');
    const key = (await replicaState(page)).users[userName]!.accessKeys[0]!;
    await page.waitForFunction((secret) => document.body.innerText.includes(secret), {}, key.secretAccessKey);

    await expect.poll(() => storedValue(launched, 'accessKeyId'), { timeout: 10_000 }).toBe(key.accessKeyId);
    expect(await stepStatus(launched, 'access-key')).toBe('done');

    const everything = JSON.stringify([await extensionStorage(launched, 'local'), await extensionStorage(launched, 'session'), await messagesSoFar()]);
    expect(everything).toContain(key.accessKeyId);
    expect(everything).not.toContain(key.secretAccessKey);
    expect(await actionLabels(page)).toEqual([]);
    await page.close();
  });

  it('shows no buttons on the IAM pages no step needs: dashboard, user list, the user\'s credentials', async () => {
    const page = await openConsole(launched, `${iamHome}#/home`);
    await page.waitForFunction(() => document.body.textContent?.includes('IAM resources'));
    expect(await settledActionLabels(page)).toEqual([]);
    await navigateInApp(page, '#/users');
    expect(await settledActionLabels(page)).toEqual([]);
    await navigateInApp(page, `#/users/details/${userName}?section=security_credentials`);
    expect(await settledActionLabels(page)).toEqual([]);
    // …while the create pages in the same tab do show theirs.
    await navigateInApp(page, '#/users/create');
    await findAction(page, 'fill-form', `Fill user name ${userName}`);
    await page.close();
  });
});
