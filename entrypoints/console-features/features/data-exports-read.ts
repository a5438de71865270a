import { isDataExportsDetails, isDataExportsList } from '@/lib/console';
import { parseExportDestination, readExportDestinations, readExportsTable } from '@/lib/console/read-values';
import { defineFeature } from '@/page-runtime/feature';
import { observeChanges } from '@/page-runtime/wait';

/**
 * Read the export back: name, bucket and — from the details page — the S3 path prefix exactly as
 * configured, which is what FinOps calls "Export path prefix".
 */
export default defineFeature({
  id: 'read-data-export',
  runsOn: [isDataExportsList, isDataExportsDetails],
  async init(signal, context) {
    const view = await context.view();
    const wanted = context.page!.exportName ?? view.values.exportName ?? view.recommendedExport?.exportName;
    let last = '';
    const check = () => {
      const fromDestination = readExportDestinations(document)
        .map((destination) => parseExportDestination(destination))
        .find((destination) => destination && (wanted === undefined || destination.exportName === wanted));
      const rows = readExportsTable(document);
      // Only the export we look for: the account's other exports (a finance team's CSV export) are
      // not ours, even when one is all the list shows.
      const row = rows.find((candidate) => candidate.exportName === wanted);
      const values = fromDestination ?? (row ? { exportName: row.exportName, ...(row.bucketName ? { bucketName: row.bucketName } : {}) } : undefined);
      if (!values) return;
      const key = JSON.stringify(values);
      if (key === last) return;
      last = key;
      context.send({ type: 'values-read', page: context.page!.page, accountId: context.accountId(), values });
    };
    check();
    observeChanges(signal, check);
  },
});
