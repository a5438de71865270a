import { isIamCreatePolicy } from '@/lib/console';
import { findFieldInput, findPolicyEditors } from '@/lib/console/dom-find';
import type { TemplateId } from '@/lib/policies/template-types';
import { addAction } from '@/page-runtime/action-button';
import { whenever } from '@/page-runtime/decorate';
import { insertDocument } from '@/page-runtime/editor-action';
import { defineFeature } from '@/page-runtime/feature';
import { writeInput } from '@/page-runtime/write';
import { hasJsonToggle, offerJsonTab } from '@/page-runtime/json-tab';
import { expectWithin } from '@/page-runtime/expect';

/** The policy last inserted on this tab, so the review step can name it. Survives SPA steps. */
let lastInserted: TemplateId | undefined;

/** IAM "Create policy": insert FinOpsForCloudBillingImport / ResourceDiscovery, then fill the policy name. */
export default defineFeature({
  id: 'iam-policy-editor',
  runsOn: [isIamCreatePolicy],
  async init(signal, context) {
    const { managedPolicies: managed } = await context.view();
    if (managed.length === 0) return; // e.g. Cloudyn attaches AWS's ReadOnlyAccess instead.

    offerJsonTab(context, signal);
    // The review step (policy name) and Visual mode (our switch button) are expected pages too.
    expectWithin(context, signal, () => findPolicyEditors(document).length > 0 || findFieldInput(document, 'policyName') !== undefined || hasJsonToggle(),
      "Couldn't find the policy editor on this page. Copy the policy from the side panel and paste it into the JSON editor.");

    whenever(signal, () => findPolicyEditors(document), (editor) => {
      const anchor = editor.closest('[class*="awsui_root_"]') ?? editor;
      for (const { templateId, name } of managed) {
        void addAction(context, { anchor, append: 'before' }, {
          action: 'insert-policy',
          label: `Insert ${name} policy`,
          run: async () => {
            const outcome = await insertDocument(context, editor, templateId);
            if (outcome.status === 'done') lastInserted = templateId;
            return outcome;
          },
        }, signal);
      }
    });

    whenever(signal, () => [findFieldInput(document, 'policyName')].filter((input) => input !== undefined), (input) => {
      const name = (managed.find((policy) => policy.templateId === lastInserted) ?? managed[0]!).name;
      void addAction(context, { anchor: input.closest('[class*="awsui_root_"]') ?? input, append: 'after' }, {
        action: 'fill-form',
        label: `Fill policy name ${name}`,
        run: async () => {
          const written = await writeInput(input, name);
          return written.ok ? { status: 'done', message: `Policy name set to ${name}.` } : { status: 'problem', message: written.message, fallbackText: name };
        },
      }, signal);
    });
  },
});
