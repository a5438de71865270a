import { isS3EditBucketPolicy } from '@/lib/console';
import { findPolicyEditors } from '@/lib/console/dom-find';
import { pageShowsLoading } from '@/lib/console/loading-state';
import { addAction } from '@/page-runtime/action-button';
import type { ConsoleContext } from '@/page-runtime/context';
import { whenever } from '@/page-runtime/decorate';
import { currentText, mergeDocument, previewMerge } from '@/page-runtime/editor-action';
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
      void offerMerge(context, signal, editor, templateId, label, bucketName);
    });
  },
});

// The editor counts as settled once the page shows no loading status and its text has held this long.
const QUIET_MS = 1000;
const POLL_MS = 150;

type Seen = { empty: boolean; sawLoading: boolean; statements?: number };

/**
 * Wait until the page has loaded the bucket's policy, then offer the merge. An empty editor is what S3
 * shows for a bucket with no policy, and also (maybe) what it shows before the policy arrives: only
 * the page's loading state and a quiet moment tell them apart, so no button exists before then.
 */
async function offerMerge(context: ConsoleContext, signal: AbortSignal, editor: Element, templateId: Parameters<typeof mergeDocument>[2], label: string, bucketName: string) {
  const seen = await settledPolicy(editor, signal);
  if (!seen || signal.aborted || !editor.isConnected) return;
  await addAction(context, { anchor: editor.closest('[class*="awsui_root_"]') ?? editor, append: 'before' }, {
    action: 'merge-bucket-policy',
    label,
    describe: async () => `${whatWeSaw(seen)} ${await previewMerge(context, editor, templateId, bucketName)}`,
    run: async () => {
      // A page that starts loading again (a refresh of the policy) gets the same wait as the first time.
      if (pageShowsLoading(document)) return { status: 'problem', message: "The page is still loading this bucket's policy. Wait until it shows, then click again; we haven't changed anything." };
      return mergeDocument(context, editor, templateId, bucketName);
    },
  }, signal);
}

async function settledPolicy(editor: Element, signal: AbortSignal): Promise<Seen | undefined> {
  let sawLoading = false;
  let last: string | undefined;
  let quietSince = Date.now();
  while (!signal.aborted && editor.isConnected) {
    const loading = pageShowsLoading(document);
    sawLoading ||= loading;
    const text = await currentText(editor);
    if (loading || text !== last) {
      last = text;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= QUIET_MS) {
      return { empty: text.trim() === '', sawLoading, statements: statementCount(text) };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return undefined;
}

function statementCount(text: string): number | undefined {
  try {
    const statement = (JSON.parse(text) as { Statement?: unknown }).Statement;
    return Array.isArray(statement) ? statement.length : statement === undefined ? undefined : 1;
  } catch {
    return undefined;
  }
}

function whatWeSaw({ empty, sawLoading, statements }: Seen): string {
  if (empty) {
    return sawLoading
      ? 'The page finished loading and the editor is empty: this bucket has no policy yet, so ours will be the whole policy.'
      : 'The editor stayed empty and the page showed no loading status: this bucket has no policy yet, so ours will be the whole policy.';
  }
  const count = statements === undefined ? '' : ` (${statements} statement${statements === 1 ? '' : 's'})`;
  return sawLoading ? `The page loaded this bucket's policy${count}.` : `The page shows this bucket's policy${count}.`;
}
