import { isIamCreateRole } from '@/lib/console';
import { findChoice, findFieldInput, findPolicyEditors } from '@/lib/console/dom-find';
import type { ConsoleView } from '@/lib/console/view';
import { addAction, type ActionOutcome } from '@/page-runtime/action-button';
import type { ConsoleContext } from '@/page-runtime/context';
import { whenever } from '@/page-runtime/decorate';
import { insertDocument } from '@/page-runtime/editor-action';
import { defineFeature } from '@/page-runtime/feature';
import { offerFieldFill, offerPolicySelection } from '@/page-runtime/fill';
import { waitForElement } from '@/page-runtime/wait';
import { setCheckedVerified, writeInput } from '@/page-runtime/write';

const rootOf = (element: Element) => element.closest('[class*="awsui_root_"]') ?? element;
// Above the whole group of tiles, not inside the one tile the button is about.
const groupOf = (tile: Element) => tile.closest('[role="radiogroup"]') ?? rootOf(tile);

/**
 * IAM "Create role": the trust policy (custom trust policy editor), or "Another AWS account" with
 * its account ID and External ID; then the policies to attach and the role name.
 */
export default defineFeature({
  id: 'create-role',
  runsOn: [isIamCreateRole],
  async init(signal, context) {
    const view = await context.view();
    const { roleName, trustedAccountId: trustedAccount, platformName } = view;
    // A principal narrower than an account (FinOps for Cloud trusts one IAM user) needs a custom trust policy.
    const needsCustomTrust = view.needsCustomTrustPolicy;

    if (needsCustomTrust) {
      whenever(signal, () => [findChoice(document, 'customTrustPolicy')].filter((tile) => tile !== undefined && !tile.checked) as HTMLInputElement[], (tile) => {
        void addAction(context, { anchor: groupOf(tile), append: 'before' }, {
          action: 'choose-custom-trust-policy',
          label: `Use a custom trust policy for ${platformName}`,
          run: async () =>
            (await setCheckedVerified(tile, true))
              ? { status: 'done', message: `${platformName} signs in as one IAM user, so the role trusts exactly that user.` }
              : { status: 'problem', message: 'Choose "Custom trust policy" yourself, then use the insert button.' },
        }, signal);
      });
    }

    whenever(signal, () => findPolicyEditors(document), (editor) => {
      void addAction(context, { anchor: rootOf(editor), append: 'before' }, {
        action: 'insert-policy',
        label: `Insert ${roleName} trust policy`,
        run: () => insertDocument(context, editor, 'trustPolicy'),
      }, signal);
    });

    if (!needsCustomTrust && trustedAccount) {
      const externalId = async (): Promise<string | ActionOutcome> =>
        (await context.view()).values.externalId ??
        { status: 'missing', message: `We need the External ID from ${platformName} first: enter it in the side panel, then click again.`, field: 'externalId' };

      // The whole "Another AWS account" section in one click, from the trusted entity tiles.
      whenever(signal, () => [findChoice(document, 'awsAccount')].filter((tile) => tile !== undefined && !tile.checked) as HTMLInputElement[], (tile) => {
        void addAction(context, { anchor: groupOf(tile), append: 'before' }, {
          action: 'fill-form',
          label: `Trust ${platformName}'s AWS account ${trustedAccount}`,
          run: () => trustAnotherAccount(context, signal, view, trustedAccount, tile, externalId),
        }, signal);
      });

      // The same, field by field, for when the section is already open (e.g. from a prefilled link).
      offerFieldFill(context, signal, 'accountId', `Fill ${platformName}'s account ID ${trustedAccount}`, async () => trustedAccount);
      if (view.externalIdSupported) {
        whenever(signal, () => [findChoice(document, 'requireExternalId')].filter((box) => box !== undefined && !box.checked) as HTMLInputElement[], (box) => {
          void addAction(context, { anchor: rootOf(box), append: 'after' }, {
            action: 'fill-form',
            label: 'Require an External ID',
            run: async () =>
              (await setCheckedVerified(box, true)) ? { status: 'done', message: 'External ID required. Fill it in below.' } : { status: 'problem', message: 'Tick "Require external ID" yourself.' },
          }, signal);
        });
        offerFieldFill(context, signal, 'externalId', 'Fill External ID', externalId);
      }
    }

    offerPolicySelection(context, signal, view.policiesToAttach);
    offerFieldFill(context, signal, 'roleName', `Fill role name ${roleName}`, async () => roleName);
  },
});

/** AWS account → Another AWS account → its ID → Require external ID → the External ID, each verified. */
async function trustAnotherAccount(
  context: ConsoleContext,
  signal: AbortSignal,
  view: ConsoleView,
  trustedAccount: string,
  tile: HTMLInputElement,
  externalId: () => Promise<string | ActionOutcome>,
): Promise<ActionOutcome> {
  const stuck = (what: string): ActionOutcome => ({
    status: 'problem',
    message: `Couldn't ${what} on this page. Do it yourself: AWS account → Another AWS account → Account ID ${trustedAccount}${view.externalIdSupported ? ', then Require external ID with the External ID from the side panel' : ''}.`,
  });
  if (!(await setCheckedVerified(tile, true))) return stuck('choose "AWS account"');
  const another = await waitForElement(() => findChoice(document, 'anotherAwsAccount'), signal, 3000);
  if (!another || !(await setCheckedVerified(another, true))) return stuck('choose "Another AWS account"');
  const accountField = await waitForElement(() => findFieldInput(document, 'accountId'), signal, 3000);
  if (!accountField || !(await writeInput(accountField, trustedAccount)).ok) return stuck('fill in the account ID');
  if (!view.externalIdSupported) return { status: 'done', message: `The role trusts ${view.platformName}'s account ${trustedAccount}.` };

  const requireBox = await waitForElement(() => findChoice(document, 'requireExternalId'), signal, 3000);
  if (!requireBox || !(await setCheckedVerified(requireBox, true))) return stuck('tick "Require external ID"');
  const wanted = await externalId();
  if (typeof wanted !== 'string') return { ...wanted, message: `Account ID filled and External ID required. ${wanted.message}` };
  const externalIdField = await waitForElement(() => findFieldInput(document, 'externalId'), signal, 3000);
  if (!externalIdField || !(await writeInput(externalIdField, wanted)).ok) return stuck('fill in the External ID');
  return { status: 'done', message: `The role trusts ${view.platformName}'s account ${trustedAccount}, with your External ID.` };
}
