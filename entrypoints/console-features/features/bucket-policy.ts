import { isS3BucketPermissions, isS3EditBucketPolicy } from '@/lib/console';
import { findPolicyEditors } from '@/lib/console/dom-find';
import { pageShowsLoading } from '@/lib/console/loading-state';
import { addAction, type ActionOutcome } from '@/page-runtime/action-button';
import type { ConsoleContext } from '@/page-runtime/context';
import { whenever } from '@/page-runtime/decorate';
import { currentText, mergeDocument, previewMerge, putDocument } from '@/page-runtime/editor-action';
import { expectWithin } from '@/page-runtime/expect';
import { defineFeature } from '@/page-runtime/feature';

/**
 * S3 "Edit bucket policy": merge the platform's billing statements into the policy that is there;
 * keep a copy of the policy as the page shows it (Data Exports' "Select existing bucket" replaces a
 * bucket's whole policy), and put the replaced statements back once it has.
 */
export default defineFeature({
  id: 'merge-bucket-policy',
  runsOn: [isS3EditBucketPolicy],
  async init(signal, context) {
    const view = await context.view();
    const { bucketPolicy } = view;
    // The policy is for the bucket on screen, whatever bucket the setup remembers.
    const bucketName = context.page!.bucketName!;

    expectWithin(context, signal, () => findPolicyEditors(document).length > 0,
      "Couldn't find the bucket policy editor on this page. Copy the bucket policy from the side panel (paste the current policy there to merge) and paste it here.");

    whenever(signal, () => findPolicyEditors(document), (editor) => {
      keepCopy(context, signal, bucketName, () => currentText(editor));
      if (view.savedBucketPolicies?.[bucketName]) void offerRestore(context, signal, editor, bucketName);
      if (bucketPolicy) void offerMerge(context, signal, editor, bucketPolicy.templateId, bucketPolicy.label, bucketName);
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

/**
 * Send the policy as the page shows it, a few times while the page settles (an editor may fill in
 * late; an empty or half-loaded text is never kept, see lib/policies/restore.ts).
 */
export function keepCopy(context: ConsoleContext, signal: AbortSignal, bucketName: string, read: () => Promise<string>): void {
  let last = '';
  const send = async () => {
    if (signal.aborted) return;
    const text = (await read().catch(() => '')).trim();
    if (!text.startsWith('{') || text === last) return;
    last = text;
    context.send({ type: 'bucket-policy-seen', accountId: context.accountId(), bucketName, text });
  };
  for (const delay of [300, 1500, 4000]) {
    const timer = setTimeout(() => void send(), delay);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }
}

/** "Restore the N statements the data export replaced": only when the editor lacks some of them. */
async function offerRestore(context: ConsoleContext, signal: AbortSignal, editor: Element, bucketName: string): Promise<void> {
  const ask = async (mode: 'merge' | 'preview') =>
    context.restoreBucketPolicy({ mode, bucketName, existingText: await currentText(editor) });
  // Give a late editor its text before judging what is missing.
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (signal.aborted) return;
  const preview = await ask('preview');
  if (!preview.ok || !preview.changed) return;
  const count = /(\d+) statements?/.exec(preview.name)?.[1] ?? '1';
  const label = `Restore the ${count === '1' ? 'statement' : `${count} statements`} the data export replaced`;
  await addAction(context, { anchor: editor.closest('[class*="awsui_root_"]') ?? editor, append: 'before' }, {
    action: 'restore-bucket-policy',
    label,
    describe: async () => {
      const reply = await ask('preview');
      return reply.ok ? reply.description : reply.message;
    },
    run: async (): Promise<ActionOutcome> => {
      const reply = await ask('merge');
      if (!reply.ok) return { status: 'problem', message: reply.message };
      if (!reply.changed) return { status: 'done', message: reply.description ?? 'Nothing to put back.' };
      const written = await putDocument(editor, reply.text);
      if (written.status !== 'done') return written;
      return { status: 'done', message: `${reply.description ?? 'Put back.'} Review it, then save.` };
    },
  }, signal);
}

/** S3 bucket "Permissions" tab: keep a copy of the policy its "Bucket policy" card shows. */
export const keepPermissionsTabCopy = defineFeature({
  id: 'keep-bucket-policy-copy',
  runsOn: [isS3BucketPermissions],
  init(signal, context) {
    const bucketName = context.page!.bucketName!;
    // Read-only policy text (a code/pre block holding a JSON document with a Statement).
    const shownPolicy = async () =>
      Array.from(document.querySelectorAll('pre, code'))
        .map((element) => (element.textContent ?? '').trim())
        .find((text) => text.startsWith('{') && text.includes('"Statement"')) ?? '';
    keepCopy(context, signal, bucketName, shownPolicy);
  },
});
