import { isS3EditBucketPolicy } from '@/lib/console';
import { findPolicyEditors } from '@/lib/console/dom-find';
import { addAction } from '@/page-runtime/action-button';
import { whenever } from '@/page-runtime/decorate';
import { mergeDocument, previewMerge } from '@/page-runtime/editor-action';
import { expectWithin } from '@/page-runtime/expect';
import { defineFeature } from '@/page-runtime/feature';

/** S3 "Edit bucket policy": merge the platform's billing statements into the policy that is there. */
export default defineFeature({
  id: 'merge-bucket-policy',
  runsOn: [isS3EditBucketPolicy],
  async init(signal, context) {
    const { bucketPolicy } = await context.view();
    if (!bucketPolicy) return;
    const { templateId, label } = bucketPolicy;
    // The policy is for the bucket on screen, whatever bucket the setup remembers.
    const bucketName = context.page!.bucketName!;

    expectWithin(context, signal, () => findPolicyEditors(document).length > 0,
      "Couldn't find the bucket policy editor on this page. Copy the bucket policy from the side panel (paste the current policy there to merge) and paste it here.");

    whenever(signal, () => findPolicyEditors(document), (editor) => {
      void addAction(context, { anchor: editor.closest('[class*="awsui_root_"]') ?? editor, append: 'before' }, {
        action: 'merge-bucket-policy',
        label,
        describe: () => previewMerge(context, editor, templateId, bucketName),
        run: () => mergeDocument(context, editor, templateId, bucketName),
      }, signal);
    });
  },
});
