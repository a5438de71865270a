/**
 * The connect form's "Export type" (OptScale's `cur_version`): `2` for a standard data export (CUR
 * 2.0), `1` for a legacy CUR export. With `2` the platform looks only for `BILLING_PERIOD=` folders,
 * so a legacy export handed over as CUR 2.0 never connects. Accepts what the console shows too.
 */
export const curVersionMeanings = { '1': 'Legacy CUR export', '2': 'Standard data export (CUR 2.0)' } as const;
export type CurVersion = keyof typeof curVersionMeanings;

/** Data Exports list column "Export type" and a details page's "Data export type" → the form's value. */
export function curVersionFromConsole(shown: string | undefined): CurVersion | undefined {
  const text = (shown ?? '').trim().toLowerCase();
  if (/^legacy\b|legacy cur|cost and usage report/.test(text)) return '1';
  if (/^standard\b|cur 2\.0/.test(text)) return '2';
  return undefined;
}
