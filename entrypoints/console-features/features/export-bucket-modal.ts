import { findChoice, findFieldInput, visibleText } from '@/lib/console/dom-find';
import { isLabel, type LabelId } from '@/lib/console/labels';
import { namesRegion } from '@/lib/console/regions';
import { s3BucketPermissionsUrl } from '@/lib/console/urls';
import type { ConsoleView } from '@/lib/console/view';
import type { ActionOutcome } from '@/page-runtime/action-button';
import { mountShadowHost } from '@/page-runtime/shadow-host';
import { nextFrame, waitForElement } from '@/page-runtime/wait';
import { chooseSelectOption, setCheckedVerified, writeInput } from '@/page-runtime/write';

/**
 * Create export's "S3 bucket" is read-only: the bucket is chosen in the "Configure S3 bucket" modal
 * (evidence: aws_configure_S3_bucket.png, aws_configure_bucket.png), as a person would: open it,
 * "Create a bucket" (name, region) or "Select existing bucket", confirm, and check the field.
 */

const buttonsLabelled = (root: ParentNode, label: LabelId) =>
  Array.from(root.querySelectorAll<HTMLButtonElement>('button')).filter((button) => !button.disabled && isLabel(visibleText(button), label));

/** The open "Configure S3 bucket" dialog: the one offering both "Create a bucket" and "Select existing bucket". */
export const findBucketDialog = (): HTMLElement | undefined =>
  Array.from(document.querySelectorAll<HTMLElement>('[role="dialog"]')).find(
    (dialog) => findChoice(dialog, 'createABucket') !== undefined && findChoice(dialog, 'selectExistingBucket') !== undefined,
  );

export interface BucketChoice {
  bucketName: string;
  /** Create a bucket, or select one the account already has. */
  mode: 'create' | 'select';
  region?: string;
}

/** The read-only "S3 bucket" field and its Configure button, when the form works that way. */
export function configureBucketControls(): { field: HTMLInputElement | HTMLTextAreaElement; configure: HTMLButtonElement } | undefined {
  const field = findFieldInput(document, 's3Bucket');
  if (!field || !field.readOnly) return undefined;
  const scope = field.closest('[class*="awsui_root_"]')?.parentElement?.closest('[class*="awsui_root_"]') ?? document;
  const configure = buttonsLabelled(scope, 'configure')[0] ?? buttonsLabelled(document, 'configure')[0];
  return configure ? { field, configure } : undefined;
}

export interface SavedPolicyInfo {
  statementCount: number;
  seenAt: string;
}

/** What the person needs to hear before a bucket's policy is replaced. */
export function replacementNote(bucketName: string, saved: SavedPolicyInfo | undefined, region?: string): { text: string; link?: { href: string; label: string } } {
  if (saved) {
    const statements = saved.statementCount === 1 ? '1 statement' : `${saved.statementCount} statements`;
    return {
      text: `FinOps: selecting ${bucketName} replaces its whole bucket policy. It had ${statements} (copy kept ${new Date(saved.seenAt).toLocaleString()}); after the export is created, the extension puts them back on the bucket's Edit bucket policy page.`,
    };
  }
  return {
    text: `FinOps: selecting ${bucketName} replaces its whole bucket policy, and the extension has no copy of it yet. Open the bucket's policy first so the extension keeps a copy it can put back.`,
    link: { href: s3BucketPermissionsUrl(bucketName, region), label: `Open ${bucketName}'s bucket policy in a new tab` },
  };
}

const noteCss = `
:host { all: initial; }
.note { display: block; margin: 8px 0; padding: 8px 12px; border-left: 4px solid #7d3cd9; font: 14px/1.4 "Amazon Ember", "Helvetica Neue", Roboto, Arial, sans-serif; color: #0f141a; background: #f6f0ff; }
a { color: #5a1fb3; font-weight: 700; }
`;

/** Show (or update) our note inside the dialog, above its footer. */
export function showReplacementNote(dialog: Element, note: ReturnType<typeof replacementNote>): void {
  dialog.querySelector('finops-bucket-note')?.remove();
  const anchor = dialog.querySelector('[class*="awsui_alert_"], [role="alert"]')?.closest('[class*="awsui_root_"]') ?? dialog.querySelector('[class*="awsui_content_"]') ?? dialog;
  const { shadow } = mountShadowHost('finops-bucket-note', noteCss, anchor, anchor === dialog ? 'last' : 'after');
  const box = document.createElement('div');
  box.className = 'note';
  box.setAttribute('role', 'note');
  box.dataset.finopsNote = 'bucket-policy-replaced';
  box.textContent = note.text;
  if (note.link) {
    const link = document.createElement('a');
    link.href = note.link.href;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = note.link.label;
    link.dataset.finopsAction = 'open-bucket-policy';
    box.append(document.createElement('br'), link);
  }
  shadow.append(box);
}

/** The bucket the dialog has selected in "Select existing bucket" mode, if any. */
export function selectedExistingBucket(dialog: Element): string | undefined {
  if (!findChoice(dialog, 'selectExistingBucket')?.checked) return undefined;
  const trigger = dialog.querySelector<HTMLElement>('button[aria-haspopup="listbox"]');
  const text = visibleText(trigger);
  return /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(text) ? text : undefined;
}

/**
 * Set the export's bucket through the modal. An existing bucket is only confirmed when the
 * extension holds a copy of its policy (the console replaces it); otherwise the dialog stays open
 * with the note and a link to that bucket's policy.
 */
export async function chooseBucketInModal(
  choice: BucketChoice,
  view: Pick<ConsoleView, 'savedBucketPolicies'>,
  signal: AbortSignal,
): Promise<ActionOutcome | undefined> {
  const controls = configureBucketControls();
  if (!controls) return undefined;
  if (controls.field.value.trim() === choice.bucketName) return { status: 'done', message: `S3 bucket already ${choice.bucketName}.` };
  const problem = (message: string): ActionOutcome => ({ status: 'problem', message });
  controls.configure.click();
  const dialog = await waitForElement(findBucketDialog, signal, 5000);
  if (!dialog) return problem('The "Configure S3 bucket" window did not open. Press Configure and choose the bucket yourself.');
  const tile = findChoice(dialog, choice.mode === 'create' ? 'createABucket' : 'selectExistingBucket');
  if (!tile || !(await setCheckedVerified(tile, true))) return problem(`Couldn't choose "${choice.mode === 'create' ? 'Create a bucket' : 'Select existing bucket'}" in the window.`);
  await nextFrame();
  if (choice.mode === 'create') {
    const name = await waitForElement(() => findFieldInput(dialog, 's3BucketName'), signal, 3000);
    const written = name ? await writeInput(name, choice.bucketName) : undefined;
    if (!written?.ok) return problem(`Couldn't type the bucket name; type ${choice.bucketName} into "S3 bucket name" yourself.`);
    if (choice.region && !(await chooseSelectOption(dialog, (text) => namesRegion(text, choice.region!)))) {
      return problem(`Couldn't choose the region ${choice.region}; choose it yourself, then "Create bucket".`);
    }
  } else {
    // The option's text may carry more than the name (a region, a description): the name comes first.
    const namesBucket = (text: string) => text === choice.bucketName || text.split(/\s+/)[0] === choice.bucketName;
    await waitForElement(() => dialog.querySelector('button[aria-haspopup="listbox"]'), signal, 3000);
    const picked = await chooseSelectOption(dialog, namesBucket);
    if (!picked) return problem(`${choice.bucketName} isn't among the buckets this window offers. Choose the bucket yourself, or create it.`);
    const saved = view.savedBucketPolicies?.[choice.bucketName];
    showReplacementNote(dialog, replacementNote(choice.bucketName, saved, choice.region));
    // Without a copy, the person decides: confirming would lose the bucket's statements for good.
    if (!saved) return problem(`Not confirmed: selecting ${choice.bucketName} replaces its bucket policy and the extension has no copy yet. Open its policy (link in the window), then fill again.`);
  }
  const confirm = buttonsLabelled(dialog, choice.mode === 'create' ? 'createBucket' : 'selectBucket')[0];
  if (!confirm) return problem(`Couldn't find the window's "${choice.mode === 'create' ? 'Create bucket' : 'Select bucket'}" button; press it yourself.`);
  confirm.click();
  // The value is a property React sets, not a DOM change an observer would see: poll it.
  const field = () => findFieldInput(document, 's3Bucket');
  let shown = false;
  for (let waited = 0; waited < 5000 && !signal.aborted && !shown; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    shown = field()?.value.trim() === choice.bucketName;
  }
  const refusal = findBucketDialog() && visibleText(findBucketDialog()?.querySelector('[class*="awsui_error_"]'));
  if (!shown && refusal) return problem(`The "Configure S3 bucket" window said: ${refusal} Choose the bucket there yourself.`);
  if (!shown) return problem(`The form's S3 bucket doesn't show ${choice.bucketName}. Check the "Configure S3 bucket" window.`);
  const saved = choice.mode === 'select' ? view.savedBucketPolicies?.[choice.bucketName] : undefined;
  return saved
    ? { status: 'done', message: `${choice.bucketName}'s policy (${saved.statementCount} statement${saved.statementCount === 1 ? '' : 's'}) is replaced when you create the export; the extension kept a copy and puts them back on the bucket's Edit bucket policy page.` }
    : undefined;
}
