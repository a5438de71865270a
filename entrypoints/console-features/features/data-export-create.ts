import { isDataExportsCreate } from '@/lib/console';
import { findChoice, findFieldInput } from '@/lib/console/dom-find';
import { consoleLabels, isLabel, type LabelId } from '@/lib/console/labels';
import { addAction, type ActionOutcome } from '@/page-runtime/action-button';
import type { ConsoleContext } from '@/page-runtime/context';
import { whenever } from '@/page-runtime/decorate';
import { expectWithin } from '@/page-runtime/expect';
import { defineFeature } from '@/page-runtime/feature';
import { chooseSelectOption, setCheckedVerified, writeInput } from '@/page-runtime/write';
import { chooseBucketInModal, configureBucketControls, findBucketDialog, replacementNote, selectedExistingBucket, showReplacementNote } from './export-bucket-modal';

const choices: LabelId[] = ['standardDataExport', 'cur2', 'includeResourceIds', 'hourly', 'parquet', 'overwrite'];

/** Data Exports "Create": the platform's recommended export in one click (CUR 2.0, hourly, Parquet, overwrite). */
export default defineFeature({
  id: 'fill-data-export',
  runsOn: [isDataExportsCreate],
  async init(signal, context) {
    // A member account's costs arrive through its management account's export.
    if (!(await context.view()).needsDataExport) return;
    const exportNameField = () => findFieldInput(document, 'exportName');
    expectWithin(context, signal, () => exportNameField() !== undefined,
      "Couldn't find the export form on this page. Fill it from the values in the side panel: export name, S3 bucket and the S3 path prefix reports.");
    whenever(signal, () => [exportNameField()].filter((input) => input !== undefined), (input) => {
      void addAction(context, { anchor: input.closest('form') ?? input.closest('[class*="awsui_root_"]') ?? input, append: 'before' }, {
        action: 'fill-form',
        label: 'Fill with the FinOps recommended export settings',
        run: () => fillExportForm(context, signal),
      }, signal);
    });
    // Whoever picks an existing bucket in "Configure S3 bucket" (the person or our fill) hears, before
    // confirming, that its policy will be replaced and whether the extension can put it back.
    let noted = '';
    const view = await context.view();
    const noteSelection = () => {
      const dialog = findBucketDialog();
      const bucket = dialog && selectedExistingBucket(dialog);
      if (!dialog || !bucket) {
        noted = '';
        return;
      }
      if (noted === bucket && dialog.querySelector('finops-bucket-note')) return;
      noted = bucket;
      showReplacementNote(dialog, replacementNote(bucket, view.savedBucketPolicies?.[bucket], view.values.region));
    };
    const observer = new MutationObserver(() => requestAnimationFrame(noteSelection));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  },
});

async function fillExportForm(context: ConsoleContext, signal: AbortSignal): Promise<ActionOutcome> {
  const view = await context.view();
  const recommended = view.recommendedExport;
  if (!view.accountId || !recommended) return { status: 'missing', message: "We couldn't read the account ID from this page.", field: 'accountId' };
  const values = {
    exportName: view.values.exportName ?? recommended.exportName,
    bucketName: view.values.bucketName ?? recommended.bucketName,
    exportPathPrefix: view.values.exportPathPrefix ?? recommended.exportPathPrefix,
  };
  const missed: LabelId[] = [];
  for (const label of choices) {
    const choice = findChoice(document, label);
    if (choice) {
      if (!(await setCheckedVerified(choice, true))) missed.push(label);
      continue;
    }
    // The file format is a dropdown in today's console, a radio in older layouts.
    if (label === 'parquet' && (await chooseSelectOption(document, (text) => isLabel(text, 'parquet')))) continue;
    // Only some layouts ask for the export type; where it isn't asked, there is nothing to choose.
    if (label !== 'standardDataExport') missed.push(label);
  }
  // Recommended off; a layout without the option has nothing to untick.
  const split = findChoice(document, 'splitCostAllocationData');
  if (split && !(await setCheckedVerified(split, false))) missed.push('splitCostAllocationData');
  // Today's form: a read-only bucket set in the "Configure S3 bucket" modal. A bucket the person
  // named (or we read) exists already; otherwise the recommended one is created there.
  const fields: Array<[LabelId, string]> = [['exportName', values.exportName], ['s3PathPrefix', values.exportPathPrefix]];
  let bucketNote = '';
  if (configureBucketControls()) {
    const mode = view.values.bucketName ? 'select' : 'create';
    const region = view.values.region ?? 'us-east-1';
    const problem = await chooseBucketInModal({ bucketName: values.bucketName, mode, region }, view, signal);
    if (problem?.status === 'done') bucketNote = ` ${problem.message}`;
    if (problem?.status === 'problem') return { ...problem, message: `${problem.message}${missed.length ? ` Also set: ${missed.map((label) => consoleLabels[label].en[0]).join(', ')}.` : ''}` };
  } else {
    fields.splice(1, 0, ['s3Bucket', values.bucketName]);
  }
  for (const [label, value] of fields) {
    const input = findFieldInput(document, label);
    const written = input ? await writeInput(input, value) : undefined;
    if (!written?.ok) missed.push(label);
  }
  // Nothing is reported as read here: these are values we typed into a form that may still be
  // changed or cancelled. The export's list and details pages read them back once it exists.
  if (missed.length > 0) {
    const names = missed.map((label) => (label === 'splitCostAllocationData' ? 'Split cost allocation data (off)' : consoleLabels[label].en[0]));
    return { status: 'problem', message: `Filled what we could; please set these yourself: ${names.join(', ')}. Recommended: CUR 2.0, include resource IDs, hourly, Parquet, overwrite; bucket ${values.bucketName}, prefix ${values.exportPathPrefix}.` };
  }
  return { status: 'done', message: `Filled: ${values.exportName} → s3://${values.bucketName}/${values.exportPathPrefix}/. Check the form, then create.${bucketNote}` };
}
