import { findFieldInput, findTextShapes, visibleText } from './dom-find';
import { isLabel, type LabelId } from './labels';

/**
 * DOM readers for values shown on console pages. They go by the shape of the value (ARN, key ID,
 * s3:// destination) before any label, so they work in every console language.
 */
type Root = Document | Element;

const roleArnShape = /arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+/;
const userArnShape = /arn:aws[\w-]*:iam::\d{12}:user\/[\w+=,.@/-]+/;
// Long-term keys only: a key the platform keeps is never a temporary ASIA… one. The lookarounds
// exclude the secret's alphabet (A-Z a-z 0-9 / +), so no 20 characters of a 40-character secret can match.
const accessKeyIdShape = /(?<![A-Za-z0-9/+=])AKIA[A-Z2-7]{16}(?![A-Za-z0-9/+=])/;

/** The role's ARN on its details page; with a name, only the ARN of that role. */
export function readRoleArn(root: Root, roleName?: string): string | undefined {
  return findTextShapes(root, roleArnShape).find((arn) => roleName === undefined || arn.endsWith(`/${roleName}`));
}

export function readUserArn(root: Root, userName?: string): string | undefined {
  return findTextShapes(root, userArnShape).find((arn) => userName === undefined || arn.endsWith(`/${userName}`));
}

/**
 * The access key ID shown after "Create access key". Only the ID: the secret sits next to it on the
 * same page and must never be read, so we match the ID's shape and nothing around it.
 */
export function readNewAccessKeyId(root: Root): string | undefined {
  const ids = findTextShapes(root, accessKeyIdShape);
  // Inputs (copyable fields) hold values that aren't text nodes. Only the ID's own characters are
  // taken, never the whole value, and never from a password field (where the secret sits).
  for (const input of Array.from(root.querySelectorAll<HTMLInputElement>('input'))) {
    if (input.type === 'password' || input.type === 'hidden') continue;
    const id = accessKeyIdShape.exec(input.value)?.[0];
    if (id) ids.push(id);
  }
  return ids[0];
}

export interface ExportStorage {
  bucketName: string;
  /**
   * The S3 path prefix exactly as configured: the value FinOps asks for as "Export path prefix".
   * Absent when the page shows the bucket only (a legacy CUR export's details page).
   */
  exportPathPrefix?: string;
  /** Only when the page or the destination names the export. */
  exportName?: string;
  /** "Data export type" when the page shows it ("Standard data export", "Legacy CUR export"). */
  exportType?: string;
}

const bucketShape = /[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/;
const destinationShape = new RegExp(`^s3://(${bucketShape.source})(?:/(.*))?$`);

/**
 * An export's "S3 destination". The real details page shows `s3://BUCKET/PREFIX` (evidence:
 * aws_export_path.png), so the prefix is everything after the bucket, however many folders. Some
 * pages may add the export's own folder (`s3://BUCKET/PREFIX/EXPORTNAME/`): that last folder is
 * dropped only when it is the named export, and never when it is the only folder (a prefix can't be
 * empty). A legacy export shows the bucket only: then there is no prefix to read here.
 */
export function parseExportDestination(destination: string, exportName?: string): ExportStorage | undefined {
  const match = destinationShape.exec(destination.trim());
  if (!match) return undefined;
  const [, bucketName, path = ''] = match as unknown as [string, string, string | undefined];
  const segments = path.split('/').filter(Boolean);
  const named = exportName !== undefined ? { exportName } : {};
  if (segments.length === 0) return { bucketName, ...named };
  if (exportName !== undefined && segments.length > 1 && segments.at(-1) === exportName) segments.pop();
  return { bucketName, exportPathPrefix: segments.join('/'), ...named };
}

/** Every `s3://…` destination shown on the page (details page, edit page). */
export function readExportDestinations(root: Root): string[] {
  return findTextShapes(root, /s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](?:\/[^\s"'<>]*)?/);
}

/**
 * The value shown beside a label on a details page: Cloudscape KeyValuePairs (`dt` holding the
 * label, `dd` after it) or similar markup; the label's nearest following sibling that has text.
 */
function labelledValue(root: Root, label: LabelId): string | undefined {
  for (const labelElement of Array.from(root.querySelectorAll('dt, [class*="awsui_key-label_"]'))) {
    if (!isLabel(visibleText(labelElement), label)) continue;
    for (let element: Element | null = labelElement, depth = 0; element && depth < 3; element = element.parentElement, depth += 1) {
      const text = visibleText(element.nextElementSibling);
      if (text) return text;
    }
  }
  return undefined;
}

const exportNameOnPage = /^[\w!\-.*'()]{1,128}$/;

/**
 * Where an export's files go, read from whichever page shows it: the details page ("S3
 * destination", "Data export type", its name as the page's heading) or the edit form ("S3 bucket",
 * "S3 path prefix" inputs; the prefix input wins over any destination text). `exportName`, when
 * known, lets a destination ending in that export's folder lose it.
 */
export function readExportStorage(root: Root, exportName?: string): ExportStorage | undefined {
  const heading = visibleText(root.querySelector('h1'));
  const nameInput = findFieldInput(root, 'exportName')?.value.trim();
  const shownName = nameInput || (exportNameOnPage.test(heading) ? heading : undefined);
  const name = exportName ?? shownName;
  const labelled = labelledValue(root, 's3Destination');
  const destinations = [...(labelled ? [labelled] : []), ...readExportDestinations(root)];
  const fromDestination = destinations.map((destination) => parseExportDestination(destination, name)).find((found) => found !== undefined);
  const bucketInput = findFieldInput(root, 's3Bucket')?.value.trim();
  const prefixInput = findFieldInput(root, 's3PathPrefix')?.value.trim();
  const bucketName = fromDestination?.bucketName ?? (bucketInput && bucketShape.test(bucketInput) ? bucketInput : undefined);
  if (!bucketName) return undefined;
  const exportPathPrefix = prefixInput ? prefixInput.replace(/^\/+|\/+$/g, '') : fromDestination?.exportPathPrefix;
  const exportType = labelledValue(root, 'dataExportType');
  return {
    bucketName,
    ...(exportPathPrefix ? { exportPathPrefix } : {}),
    ...(shownName ? { exportName: shownName } : exportName !== undefined ? { exportName } : {}),
    ...(exportType ? { exportType } : {}),
  };
}

export interface ExportRow {
  exportName: string;
  bucketName?: string;
  status?: string;
  exportType?: string;
}

/** The Data Exports table: columns found by their header labels (any console language we know). */
export function readExportsTable(root: Root): ExportRow[] {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => (th.textContent ?? '').replace(/\s+/g, ' ').trim());
    const nameColumn = headers.findIndex((text) => isLabel(text, 'exportName'));
    if (nameColumn < 0) continue;
    const bucketColumn = headers.findIndex((text) => isLabel(text, 's3Bucket'));
    const statusColumn = headers.findIndex((text) => isLabel(text, 'status'));
    const typeColumn = headers.findIndex((text) => isLabel(text, 'exportType'));
    const cell = (cells: Element[], index: number) => (index >= 0 ? (cells[index]?.textContent ?? '').replace(/\s+/g, ' ').trim() || undefined : undefined);
    const rows = Array.from(table.querySelectorAll('tbody tr'));
    // Cloudscape's sticky header is a second table holding only the header row: read the one with rows.
    if (rows.length === 0) continue;
    return rows.flatMap((row) => {
      const cells = Array.from(row.querySelectorAll('td, th'));
      // An empty or loading table shows one merged cell ("No exports"): not an export.
      if (cells.length < headers.length) return [];
      const exportName = cell(cells, nameColumn);
      if (!exportName) return [];
      return [{ exportName, bucketName: cell(cells, bucketColumn), status: cell(cells, statusColumn), exportType: cell(cells, typeColumn) }];
    });
  }
  return [];
}
