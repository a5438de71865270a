import { ok, type Result } from '../result';
import { parseValue } from '../values';

/** The Data Export FinOps for Cloud's docs recommend, with the console's wording for each choice. */
export const recommendedDataExportSettings = {
  exportType: 'Standard data export',
  table: 'CUR 2.0',
  includeResourceIds: true,
  splitCostAllocationData: false,
  timeGranularity: 'Hourly',
  format: 'Parquet',
  fileVersioning: 'Overwrite existing data export file',
  exportPathPrefix: 'reports',
  /** The value of the platform form's "Export type" radio for CUR 2.0. */
  curVersion: '2',
  /** Data Exports is a us-east-1 service; the bucket may be in any region. */
  exportRegion: 'us-east-1',
} as const;

export interface RecommendedExport {
  exportName: string;
  bucketName: string;
  exportPathPrefix: string;
}

/** `billing-ACCOUNTID`, `billing-export-ACCOUNTID`, `reports`, for the given account. */
export function recommendedExportFor(accountId: string): Result<RecommendedExport> {
  const account = parseValue('accountId', accountId);
  if (!account.ok) return account;
  return ok({
    exportName: `billing-${account.value}`,
    bucketName: `billing-export-${account.value}`,
    exportPathPrefix: recommendedDataExportSettings.exportPathPrefix,
  });
}
