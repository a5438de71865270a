// Replicas that deliberately differ from the console we built for (issue 6 §4): the user must always
// be left a working path with an honest message, never a silent failure or a false success.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { ReplicaOptions } from '../console-replicas/contract';
import { screenshot, type LaunchedBrowser } from '../support/browser';
import {
  actionBoxes,
  chooseSetup,
  clickConsoleButton,
  editorText,
  extensionStorage,
  fieldValue,
  findAction,
  launchConsoleExtension,
  noticeTexts,
  openConsole,
  recordMessages,
  replicaState,
  runAction,
  stepStatus,
} from '../support/console';

const account = '111122223333';
const bucket = `billing-export-${account}`;
const createPolicy = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/policies/create?step=addPermissions';
const createRole = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/roles/create';
const editBucketPolicy = `https://s3.console.aws.amazon.com/s3/bucket/${bucket}/property/policy/edit?region=us-east-1`;
const discovery = 'FinOpsForCloudResourceDiscovery';

interface PolicyDocument {
  Statement: Array<{ Sid?: string; Action: string | string[]; Resource?: string | string[] }>;
}
const parsedEditor = async (page: Page) => JSON.parse(await editorText(page)) as PolicyDocument;
const isDiscoveryPolicy = (policy: PolicyDocument) =>
  policy.Statement.flatMap((statement) => [statement.Action].flat()).includes('ec2:Describe*') &&
  policy.Statement.flatMap((statement) => [statement.Resource].flat()).every((resource) => resource === '*');

let launched: LaunchedBrowser;
beforeAll(async () => {
  launched = await launchConsoleExtension();
  // Member: one policy button on "Create policy", so every page here has exactly one to find.
  await chooseSetup(launched, { accountType: 'member', authMethod: 'assumedRole' });
});
afterAll(async () => {
  await launched?.close();
});

describe('the editor is missing', () => {
  it.each([
    ['IAM create policy', createPolicy, "Couldn't find the policy editor on this page"],
    ['S3 edit bucket policy', editBucketPolicy, "Couldn't find the bucket policy editor on this page"],
  ])('%s: says so in the page and to the side panel, and the step stays open', async (_name, url, message) => {
    // An account of its own, so no other test's work counts for it.
    const otherAccount = '444455556666';
    await chooseSetup(launched, { accountType: 'member', authMethod: 'assumedRole' }, otherAccount);
    const page = await openConsole(launched, url, { variant: 'no-editor', accountId: otherAccount });
    await page.waitForFunction(() => document.querySelector('finops-notice') !== null, { timeout: 10_000 });
    expect(await noticeTexts(page)).toEqual([expect.stringContaining(message)]);
    expect(await noticeTexts(page)).toEqual([expect.stringContaining('side panel')]);
    const problem = (await extensionStorage(launched, 'session')).pageProblem as { message: string } | undefined;
    expect(problem?.message).toContain(message);
    expect(await stepStatus(launched, 'discovery-policy', otherAccount)).toBe('todo');
    await page.close();
  }, 20_000);
});

describe('the editor is a plain textarea', () => {
  it('inserts the policy there, verified, and the console creates it', async () => {
    const page = await openConsole(launched, createPolicy, { variant: 'textarea-editor' });
    expect(await runAction(page, 'insert-policy', discovery)).toMatchObject({ kind: 'done' });
    const inserted = await parsedEditor(page);
    expect(isDiscoveryPolicy(inserted)).toBe(true);
    await clickConsoleButton(page, 'Next');
    expect(await runAction(page, 'fill-form', `Fill policy name ${discovery}`)).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, 'Create policy');
    expect(JSON.parse((await replicaState(page)).policies[discovery]!.document)).toEqual(inserted);
    await page.close();
  });

  it('merges into the bucket policy held in a textarea, keeping its statements', async () => {
    const page = await openConsole(launched, editBucketPolicy, { variant: 'textarea-editor' });
    await page.waitForSelector('textarea');
    const before = await parsedEditor(page);
    expect(await runAction(page, 'merge-bucket-policy')).toMatchObject({ kind: 'done' });
    const after = await parsedEditor(page);
    for (const statement of before.Statement) expect(after.Statement).toContainEqual(statement);
    expect(after.Statement.length).toBeGreaterThan(before.Statement.length);
    await page.close();
  });
});

describe('labels in another language', () => {
  it.each<[ReplicaOptions['lang'], string, string, string, string]>([
    ['de', 'Weiter', 'Richtlinienname', 'Rollenname', 'Richtlinie erstellen'],
    ['ja', '次へ', 'ポリシー名', 'ロール名', 'ポリシーの作成'],
  ])('%s: fills the policy name and the role name', async (lang, next, policyNameLabel, roleNameLabel, createLabel) => {
    const page = await openConsole(launched, createPolicy, { lang });
    expect(await runAction(page, 'insert-policy', discovery)).toMatchObject({ kind: 'done' });
    await clickConsoleButton(page, next);
    expect(await runAction(page, 'fill-form', `Fill policy name ${discovery}`)).toMatchObject({ kind: 'done' });
    expect(await fieldValue(page, policyNameLabel)).toBe(discovery);
    await clickConsoleButton(page, createLabel);
    expect(Object.keys((await replicaState(page)).policies)).toEqual([discovery]);
    await page.close();

    const role = await openConsole(launched, `${createRole}?step=review`, { lang });
    expect(await runAction(role, 'fill-form', 'Fill role name FinOpsForCloudAccessRole')).toMatchObject({ kind: 'done' });
    expect(await fieldValue(role, roleNameLabel)).toBe('FinOpsForCloudAccessRole');
    await role.close();
  });
});

describe('an editor that renders late', () => {
  it('says it is missing after the wait, then offers the button when the editor comes, and the button works', async () => {
    const page = await openConsole(launched, createPolicy, { editorDelayMs: 9000 });
    await page.waitForFunction(() => document.querySelector('finops-notice') !== null, { timeout: 8000 });
    expect(await noticeTexts(page)).toEqual([expect.stringContaining("Couldn't find the policy editor")]);
    await findAction(page, 'insert-policy', discovery, 8000);
    expect(await runAction(page, 'insert-policy', discovery)).toMatchObject({ kind: 'done' });
    expect(isDiscoveryPolicy(await parsedEditor(page))).toBe(true);
    // The editor came after all: the notice has gone, here and in the side panel.
    expect(await noticeTexts(page)).toEqual([]);
    await expect.poll(async () => (await extensionStorage(launched, 'session')).pageProblem ?? null, { timeout: 5000 }).toBeNull();
    await page.close();
  }, 25_000);
});

describe('a write the page undoes', () => {
  it('re-applies a write the editor overwrote twice, and it sticks', async () => {
    const page = await openConsole(launched, createPolicy, { variant: 'overwrite-twice' });
    expect(await runAction(page, 'insert-policy', discovery)).toMatchObject({ kind: 'done' });
    expect((await replicaState(page)).editorClobbers).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(isDiscoveryPolicy(await parsedEditor(page))).toBe(true);
    await page.close();
  });

  it('says so honestly when the page undoes every write, and offers to copy instead', async () => {
    const page = await openConsole(launched, createPolicy);
    await page.waitForSelector('.ace_editor');
    const original = await editorText(page);
    // A stubborn controlled editor: every change is put back 30 ms later, however often we write.
    await page.evaluate(() => {
      type Ace = { getValue(): string; setValue(text: string, cursor?: number): void; on(event: 'change', listener: () => void): void };
      const ace = (document.querySelector('.ace_editor') as unknown as { env: { editor: Ace } }).env.editor;
      const keep = ace.getValue();
      let restoring = false;
      ace.on('change', () => {
        if (restoring) return;
        setTimeout(() => {
          if (ace.getValue() === keep) return;
          restoring = true;
          ace.setValue(keep, -1);
          restoring = false;
        }, 30);
      });
    });
    const messages = await recordMessages(launched);
    const inserted = async () => (await messages()).filter((message) => JSON.stringify(message).includes('document-inserted')).length;
    const insertedBefore = await inserted();
    const outcome = await runAction(page, 'insert-policy', discovery);
    expect(outcome.kind).toBe('problem');
    expect(outcome.text).toMatch(/changed back/);
    await findAction(page, 'copy', 'Copy instead');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await editorText(page)).toBe(original);
    // Nothing told the background a policy went in.
    expect(await inserted()).toBe(insertedBefore);
    await page.close();
  });
});

describe('the IAM policy editor in Visual mode', () => {
  it('offers the switch to JSON, then inserts', async () => {
    const page = await openConsole(launched, createPolicy, { policyEditorMode: 'visual' });
    expect(await runAction(page, 'switch-to-json', 'Switch to JSON')).toMatchObject({ kind: 'done' });
    expect(await runAction(page, 'insert-policy', discovery)).toMatchObject({ kind: 'done' });
    expect(isDiscoveryPolicy(await parsedEditor(page))).toBe(true);
    expect(await noticeTexts(page)).toEqual([]);
    await page.close();
  });
});

describe('other console shapes', () => {
  it('works on a multi-session console host', async () => {
    const page = await openConsole(launched, `https://${account}-abcd1234.us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/policies/create?step=addPermissions`);
    expect(await runAction(page, 'insert-policy', discovery)).toMatchObject({ kind: 'done' });
    expect(isDiscoveryPolicy(await parsedEditor(page))).toBe(true);
    await page.close();
  });

  it.each<[string, ReplicaOptions, { width: number; height: number }, string]>([
    ['dark mode', { dark: true }, { width: 1400, height: 1000 }, 'dark'],
    ['a narrow window (800 px)', {}, { width: 800, height: 900 }, 'light'],
    ['dark mode in a narrow window', { dark: true }, { width: 800, height: 900 }, 'dark'],
  ])('%s: the buttons are drawn in the console\'s theme, inside the window and clickable', async (name, options, viewport, theme) => {
    const page = await openConsole(launched, editBucketPolicy, options, viewport);
    await findAction(page, 'merge-bucket-policy');
    const boxes = await actionBoxes(page);
    expect(boxes).toHaveLength(1);
    for (const box of boxes) {
      expect(box).toMatchObject({ theme, onTop: true });
      expect(box.width).toBeGreaterThan(40);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(viewport.width);
    }
    expect(await runAction(page, 'merge-bucket-policy')).toMatchObject({ kind: 'done' });
    await screenshot(page, `console-bucket-policy-${name.replace(/\W+/g, '-')}`);
    await page.close();
  });
});
