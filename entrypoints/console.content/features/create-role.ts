import { isIamCreateRole } from '@/lib/console';
import { findChoice, findPolicyEditors } from '@/lib/console/dom-find';
import { addAction } from '../runtime/action-button';
import { whenever } from '../runtime/decorate';
import { insertDocument } from '../runtime/editor-action';
import { defineFeature } from '../runtime/feature';
import { offerFieldFill, offerPolicySelection } from '../runtime/fill';
import { setChecked } from '../runtime/write';

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
        void addAction(context, { anchor: tile.closest('[class*="awsui_root_"]') ?? tile, append: 'before' }, {
          action: 'choose-custom-trust-policy',
          label: `Use a custom trust policy for ${platformName}`,
          run: async () => {
            setChecked(tile, true);
            return tile.checked
              ? { status: 'done', message: `${platformName} signs in as one IAM user, so the role trusts exactly that user.` }
              : { status: 'problem', message: 'Choose "Custom trust policy" yourself, then use the insert button.' };
          },
        }, signal);
      });
    }

    whenever(signal, () => findPolicyEditors(document), (editor) => {
      void addAction(context, { anchor: editor.closest('[class*="awsui_root_"]') ?? editor, append: 'before' }, {
        action: 'insert-policy',
        label: `Insert ${roleName} trust policy`,
        run: () => insertDocument(context, editor, 'trustPolicy'),
      }, signal);
    });

    if (!needsCustomTrust && trustedAccount) {
      offerFieldFill(context, signal, 'accountId', async () => ({ value: trustedAccount, label: `Fill ${platformName}'s account ID ${trustedAccount}` }));
      if (view.externalIdSupported) {
        whenever(signal, () => [findChoice(document, 'requireExternalId')].filter((box) => box !== undefined && !box.checked) as HTMLInputElement[], (box) => {
          void addAction(context, { anchor: box.closest('[class*="awsui_root_"]') ?? box, append: 'after' }, {
            action: 'fill-form',
            label: 'Require an External ID',
            run: async () => {
              setChecked(box, true);
              return box.checked ? { status: 'done', message: 'External ID required. Fill it in below.' } : { status: 'problem', message: 'Tick "Require external ID" yourself.' };
            },
          }, signal);
        });
        offerFieldFill(context, signal, 'externalId', async () => {
          const fresh = await context.view();
          const externalId = fresh.values.externalId;
          if (!externalId) return { status: 'missing', message: 'We need the External ID first.', field: 'externalId' };
          return { value: externalId, label: 'Fill External ID' };
        });
      }
    }

    offerPolicySelection(context, signal, view.policiesToAttach);
    offerFieldFill(context, signal, 'roleName', async () => ({ value: roleName, label: `Fill role name ${roleName}` }));
  },
});
