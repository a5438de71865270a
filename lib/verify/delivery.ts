/**
 * Where the platform looks for the export files, and which keys it accepts as export data.
 * Mirrors OptScale's `bucket_only` connect test (tools/cloud_adapter/clouds/aws.py): it lists
 * `PREFIX/EXPORTNAME/` (one trailing `/` stripped from the prefix), keeps only data files, and if
 * none are found retries once with the prefix's last folder removed.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The prefixes the platform lists, in order: `reports/billing-1/`, then (fallback) the parent's. */
export function deliveryPrefixes(exportPathPrefix: string, exportName: string): string[] {
  const prefix = exportPathPrefix.endsWith('/') ? exportPathPrefix.slice(0, -1) : exportPathPrefix;
  const prefixes = [`${prefix}/${exportName}/`];
  const parent = /^(.*)\/[^/]*$/.exec(prefix)?.[1];
  if (parent !== undefined) prefixes.push(`${parent}/${exportName}/`);
  return prefixes;
}

/**
 * Keys that are export data files under `listedPrefix`: CUR 2.0 (`data/BILLING_PERIOD=…`), legacy
 * CUR CSV set to overwrite (`yyyymmdd-yyyymmdd/NAME-00001.csv.gz`) or to create new report versions
 * (`yyyymmdd-yyyymmdd/<assemblyId>/NAME-00001.csv.gz`), and legacy CUR Parquet (`NAME/year=…/month=…`).
 */
export function exportDataFiles(keys: readonly string[], listedPrefix: string, exportName: string): string[] {
  const base = escape(listedPrefix);
  const name = escape(exportName);
  const patterns = [
    new RegExp(`^${base}data/BILLING_PERIOD=\\d{4}-\\d{2}/${name}-\\d{5}\\.(snappy\\.parquet|csv\\.(gz|zip))$`),
    // The assembly folder is a UUID (or, in older reports, a timestamp such as 20250102T000000Z).
    new RegExp(`^${base}\\d{8}-\\d{8}(/[0-9A-Za-z-]{8,64})?/${name}-\\d{5}\\.csv\\.(gz|zip)$`),
    new RegExp(`^${base}${name}/year=\\d{4}/month=([1-9]|1[0-2])/${name}-\\d{5}\\.snappy\\.parquet$`),
  ];
  return keys.filter((key) => patterns.some((pattern) => pattern.test(key)));
}
