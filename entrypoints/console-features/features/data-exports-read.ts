import { isBillingConsole, isDataExportsDetails, isDataExportsList } from '@/lib/console';
import { readExportStorage, readExportsTable } from '@/lib/console/read-values';
import type { ValueKind } from '@/lib/values';
import { curVersionFromConsole } from '@/lib/values/cur-version';
import { defineFeature } from '@/page-runtime/feature';
import { observeChanges } from '@/page-runtime/wait';

/**
 * Read the export back: name, bucket and — from any page showing its "S3 destination" — the S3
 * path prefix exactly as configured, which is what FinOps calls "Export path prefix". The route of
 * an export's details page is not public, so every Billing and Cost Management page is read by
 * what it shows.
 */
export default defineFeature({
  id: 'read-data-export',
  runsOn: [isDataExportsList, isDataExportsDetails, isBillingConsole],
  async init(signal, context) {
    const view = await context.view();
    const wanted = view.values.exportName ?? view.recommendedExport?.exportName;
    const knownBucket = view.values.bucketName ?? view.recommendedExport?.bucketName;
    let last = '';
    const check = () => {
      const storage = readExportStorage(document, context.page!.exportName);
      // The page names its export (route, heading, form): only ours. It doesn't: only a
      // destination in the bucket we know is taken for ours.
      const shownName = context.page!.exportName ?? storage?.exportName;
      const ours = storage && (shownName !== undefined ? shownName === wanted : storage.bucketName === knownBucket);
      const fromStorage: Partial<Record<ValueKind, string>> | undefined =
        storage && ours && wanted
          ? { exportName: wanted, bucketName: storage.bucketName, ...(storage.exportPathPrefix ? { exportPathPrefix: storage.exportPathPrefix } : {}) }
          : undefined;
      // Only the export we look for: the account's other exports (a finance team's CSV export) are
      // not ours, even when one is all the list shows.
      const row = readExportsTable(document).find((candidate) => candidate.exportName === wanted);
      const read = fromStorage ?? (row ? { exportName: row.exportName, ...(row.bucketName ? { bucketName: row.bucketName } : {}) } : undefined);
      if (!read) return;
      // "Legacy CUR export" (list column "Export type", details "Data export type") → Export type 1.
      const curVersion = curVersionFromConsole((fromStorage ? storage?.exportType : undefined) ?? row?.exportType);
      const values = curVersion ? { ...read, curVersion } : read;
      const key = JSON.stringify(values);
      if (key === last) return;
      last = key;
      context.send({ type: 'values-read', page: context.page!.page, accountId: context.accountId(), values });
    };
    check();
    observeChanges(signal, check);
  },
});
