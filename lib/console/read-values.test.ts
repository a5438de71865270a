// @vitest-environment jsdom
// Real Cloudscape components (KeyValuePairs, Table) rendered into jsdom; hand-written markup where noted.
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import { act, createElement as h, Fragment, type ReactNode } from 'react';
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseExportDestination, readExportDestinations, readExportStorage, readExportsTable, readNewAccessKeyId, readRoleArn, readUserArn, type ExportStorage } from './read-values';

const mounted: { root: ReactRoot; container: HTMLElement }[] = [];

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(async () => {
  for (const { root, container } of mounted.splice(0)) {
    await act(async () => root.unmount());
    container.remove();
  }
  document.body.innerHTML = '';
});

async function render(...children: ReactNode[]): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ root, container });
  await act(async () => root.render(h(Fragment, null, ...children)));
  return container;
}

function markup(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

const summary = (items: Array<[string, string]>) => h(KeyValuePairs, { columns: 3, items: items.map(([label, value]) => ({ label, value })) });

const roleArn = 'arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole';
const userArn = 'arn:aws:iam::111122223333:user/FinOpsForCloudUser';
const trustPolicyText = JSON.stringify({ Statement: [{ Principal: { AWS: 'arn:aws:iam::654035049067:user/ffc-service-user' } }] }, null, 4);

describe('readRoleArn', () => {
  it("reads the role's ARN from its summary, not the next column's text", async () => {
    await render(summary([['ARN', roleArn], ['Maximum session duration', '1 hour'], ['Creation date', 'January 02, 2025']]));
    expect(readRoleArn(document, 'FinOpsForCloudAccessRole')).toBe(roleArn);
    expect(readRoleArn(document)).toBe(roleArn);
  });

  it('keeps a path and matches by the name after it', async () => {
    const withPath = 'arn:aws:iam::111122223333:role/finops/FinOpsForCloudAccessRole';
    await render(summary([['ARN', withPath]]));
    expect(readRoleArn(document, 'FinOpsForCloudAccessRole')).toBe(withPath);
  });

  it('reads only the named role, and no user ARN from the trust policy shown on the page', async () => {
    await render(summary([['ARN', 'arn:aws:iam::111122223333:role/OtherRole']]), h('pre', null, trustPolicyText));
    expect(readRoleArn(document, 'FinOpsForCloudAccessRole')).toBeUndefined();
    expect(readRoleArn(document, 'Role')).toBeUndefined();
    expect(readRoleArn(document)).toBe('arn:aws:iam::111122223333:role/OtherRole');
  });
});

describe('readUserArn', () => {
  it("reads the user's ARN (German console), not the role or the trusted principal", async () => {
    await render(summary([['ARN', userArn], ['Konsolenzugriff', 'Deaktiviert']]), h('pre', null, trustPolicyText), h('p', null, roleArn));
    expect(readUserArn(document, 'FinOpsForCloudUser')).toBe(userArn);
    expect(readUserArn(document, 'ffc-service-user')).toBe('arn:aws:iam::654035049067:user/ffc-service-user');
    expect(readUserArn(document, 'SomeoneElse')).toBeUndefined();
  });
});

describe('readNewAccessKeyId', () => {
  const accessKeyId = 'AKIAIOSFODNN7EXAMPLE';
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  // A possible secret (40 characters of A-Z a-z 0-9 / +) with a key-ID-shaped run inside it.
  const secretWithKeyShape = 'ab/AKIAZZZZZZZZZZZZZZZZ+cdefghijklmnopqr';

  const retrieveKeysTable = (secretCell: string) =>
    h(Table, {
      columnDefinitions: [
        { id: 'accessKey', header: 'Access key', cell: (row: { secret: string }) => (row.secret ? accessKeyId : '') },
        { id: 'secret', header: 'Secret access key', cell: (row: { secret: string }) => row.secret },
      ],
      items: [{ secret: secretCell }],
    });

  it('reads the key ID from the "Retrieve access keys" table, with the secret shown beside it', async () => {
    expect(secretWithKeyShape).toHaveLength(40);
    await render(retrieveKeysTable(secret));
    expect(readNewAccessKeyId(document)).toBe(accessKeyId);
  });

  it('reads the key ID right after its label (hand-written markup)', () => {
    markup(`<div>Access key</div><div>${accessKeyId}</div><div>Secret access key</div><div>${secret}</div>`);
    expect(readNewAccessKeyId(document)).toBe(accessKeyId);
  });

  it('never reads part of a secret, even one that holds a key-ID-shaped run', () => {
    markup(`<div>Secret access key</div><div>${secretWithKeyShape}</div><input type="text" value="${secretWithKeyShape}">`);
    expect(readNewAccessKeyId(document)).toBeUndefined();
  });

  it('never reads a password field', () => {
    markup(`<input type="password" value="${accessKeyId}"><input type="password" value="${secret}">`);
    expect(readNewAccessKeyId(document)).toBeUndefined();
  });

  it('takes only the ID from a copyable field that holds more than the ID', () => {
    markup(`<input type="text" readonly value="${accessKeyId},${secret}">`);
    const read = readNewAccessKeyId(document);
    expect(read).toBe(accessKeyId);
    expect(read).not.toContain(secret.slice(0, 8));
  });

  it('ignores temporary (ASIA…) keys', () => {
    markup('<div>ASIAIOSFODNN7EXAMPLE</div>');
    expect(readNewAccessKeyId(document)).toBeUndefined();
  });
});

describe('parseExportDestination', () => {
  const bucket = 'billing-export-111122223333';
  it.each<[string, string | undefined, ExportStorage | undefined]>([
    // The real details page (aws_export_path.png): bucket and prefix, no export name.
    ['s3://aqa-bill-bucket/report-cur2', undefined, { bucketName: 'aqa-bill-bucket', exportPathPrefix: 'report-cur2' }],
    ['s3://aqa-bill-bucket/report-cur2', 'prod-export-cur2', { bucketName: 'aqa-bill-bucket', exportPathPrefix: 'report-cur2', exportName: 'prod-export-cur2' }],
    // Nested prefixes are the whole path, never "prefix a, export b".
    [`s3://${bucket}/finops/cur2`, undefined, { bucketName: bucket, exportPathPrefix: 'finops/cur2' }],
    [`s3://${bucket}/finops/cur2/`, 'billing-111122223333', { bucketName: bucket, exportPathPrefix: 'finops/cur2', exportName: 'billing-111122223333' }],
    [`s3://${bucket}/a/b/c/d`, undefined, { bucketName: bucket, exportPathPrefix: 'a/b/c/d' }],
    // A trailing folder named as the export is the export's own folder.
    [`s3://${bucket}/a/b/reports/billing-111122223333/`, 'billing-111122223333', { bucketName: bucket, exportPathPrefix: 'a/b/reports', exportName: 'billing-111122223333' }],
    ['  s3://my.billing.bucket/reports/cur2  ', 'cur2', { bucketName: 'my.billing.bucket', exportPathPrefix: 'reports', exportName: 'cur2' }],
    // …but only that export's: another name keeps the whole path, and no name drops nothing.
    [`s3://${bucket}/a/b/reports/billing-111122223333/`, 'other-export', { bucketName: bucket, exportPathPrefix: 'a/b/reports/billing-111122223333', exportName: 'other-export' }],
    [`s3://${bucket}/reports/billing-111122223333/`, undefined, { bucketName: bucket, exportPathPrefix: 'reports/billing-111122223333' }],
    // Never the last folder: a prefix named like the export is still the prefix.
    [`s3://${bucket}/billing-111122223333/`, 'billing-111122223333', { bucketName: bucket, exportPathPrefix: 'billing-111122223333', exportName: 'billing-111122223333' }],
    // A legacy export's details page shows the bucket only.
    [`s3://${bucket}/`, undefined, { bucketName: bucket }],
    [`s3://${bucket}`, 'legacy', { bucketName: bucket, exportName: 'legacy' }],
    ['s3://Billing_Export/reports/name/', undefined, undefined],
    ['https://billing-export-111122223333.s3.amazonaws.com/reports/name/', undefined, undefined],
    ['billing-export-111122223333/reports/name', undefined, undefined],
  ])('%j (export %j)', (destination, exportName, expected) => {
    expect(parseExportDestination(destination, exportName)).toEqual(expected);
  });
});

describe('readExportDestinations', () => {
  it("reads the export's S3 destination from its details, not the next column's text", async () => {
    await render(
      summary([
        ['S3 destination', 's3://billing-export-111122223333/a/b/reports'],
        ['Last delivered', 'June 1, 2025'],
      ]),
    );
    expect(readExportDestinations(document)).toEqual(['s3://billing-export-111122223333/a/b/reports']);
  });

  it('reads nothing when the page shows no destination', async () => {
    await render(summary([['Export name', 'billing-111122223333']]));
    expect(readExportDestinations(document)).toEqual([]);
  });
});

describe('readExportStorage', () => {
  const detailsPage = (name: string, items: Array<[string, string]>) => [h('h1', { key: 'h' }, name), h(Fragment, { key: 'kv' }, summary(items))];

  it('reads a nested prefix from the details page as the real console shows it', async () => {
    await render(
      ...detailsPage('billing-111122223333', [
        ['Data export overwriting', 'Overwrite existing data export file'],
        ['Compression type / File type', 'Parquet / Parquet'],
        ['S3 destination', 's3://billing-export-111122223333/finops/cur2'],
      ]),
    );
    expect(readExportStorage(document)).toEqual({ bucketName: 'billing-export-111122223333', exportPathPrefix: 'finops/cur2', exportName: 'billing-111122223333' });
  });

  it('reads the export type when the page shows it, and a bucket-only destination without a prefix (legacy)', async () => {
    await render(
      ...detailsPage('cur-rest-folders', [
        ['Data export type', 'Legacy CUR export'],
        ['S3 destination', 's3://aqa-billing-report'],
      ]),
    );
    expect(readExportStorage(document)).toEqual({ bucketName: 'aqa-billing-report', exportName: 'cur-rest-folders', exportType: 'Legacy CUR export' });
  });

  it('reads a German details page by its labels', async () => {
    await render(...detailsPage('billing-111122223333', [['Datenexporttyp', 'Standard-Datenexport'], ['S3-Ziel', 's3://billing-export-111122223333/reports']]));
    expect(readExportStorage(document)).toMatchObject({ exportPathPrefix: 'reports', exportType: 'Standard-Datenexport' });
  });

  it('lets the "S3 path prefix" field win over the destination text (edit form)', () => {
    markup(`
      <h1>Edit export</h1>
      <div><label for="n">Export name</label><input id="n" value="billing-111122223333" readonly></div>
      <div><label for="b">S3 bucket</label><input id="b" value="billing-export-111122223333" readonly></div>
      <div><label for="p">S3 path prefix</label><input id="p" value="finops/cur2/"></div>
      <p>s3://billing-export-111122223333/finops/old/billing-111122223333/</p>`);
    expect(readExportStorage(document)).toEqual({ bucketName: 'billing-export-111122223333', exportPathPrefix: 'finops/cur2', exportName: 'billing-111122223333' });
  });

  it('drops a trailing folder named as the export it was asked about', async () => {
    await render(summary([['S3 destination', 's3://billing-export-111122223333/reports/billing-111122223333/']]));
    expect(readExportStorage(document, 'billing-111122223333')?.exportPathPrefix).toBe('reports');
    expect(readExportStorage(document)?.exportPathPrefix).toBe('reports/billing-111122223333');
  });

  it('reads nothing from a page without a destination or bucket', async () => {
    await render(...detailsPage('Billing', [['Status', 'Healthy']]));
    expect(readExportStorage(document)).toBeUndefined();
  });
});

describe('readExportsTable', () => {
  interface ExportItem {
    name: string;
    status: string;
    bucket: string;
    type: string;
  }
  const items: ExportItem[] = [
    { name: 'billing-111122223333', status: 'Healthy', bucket: 'billing-export-111122223333', type: 'Standard data export' },
    { name: 'legacy-report', status: 'Unhealthy', bucket: 'old-bucket', type: 'Legacy CUR export' },
  ];
  const exportsTable = (headers: [string, string, string, string], props: Partial<TableProps<ExportItem>> = {}) =>
    h(Table<ExportItem>, {
      columnDefinitions: [
        { id: 'name', header: headers[0], cell: (item) => h('a', { href: `#/bcm-data-exports/${item.name}` }, item.name), sortingField: 'name' },
        { id: 'status', header: headers[1], cell: (item) => item.status },
        { id: 'bucket', header: headers[2], cell: (item) => item.bucket },
        { id: 'type', header: headers[3], cell: (item) => item.type },
      ],
      items,
      ...props,
    });

  const expected = [
    { exportName: 'billing-111122223333', status: 'Healthy', bucketName: 'billing-export-111122223333', exportType: 'Standard data export' },
    { exportName: 'legacy-report', status: 'Unhealthy', bucketName: 'old-bucket', exportType: 'Legacy CUR export' },
  ];

  it('reads a Cloudscape table by its English headers', async () => {
    await render(exportsTable(['Export name', 'Status', 'S3 bucket', 'Export type']));
    expect(readExportsTable(document)).toEqual(expected);
  });

  it('reads the table with a sticky header and a selection column, German headers', async () => {
    await render(exportsTable(['Exportname', 'Status', 'S3-Bucket', 'Exporttyp'], { stickyHeader: true, selectionType: 'single', sortingColumn: { sortingField: 'name' } }));
    expect(document.querySelectorAll('table')).toHaveLength(2);
    expect(readExportsTable(document)).toEqual(expected);
  });

  it('leaves out columns it cannot name', async () => {
    await render(exportsTable(['Export name', 'Zustand', 'Bucket', 'Art']));
    expect(readExportsTable(document)).toEqual(expected.map(({ exportName }) => ({ exportName, bucketName: undefined, status: undefined, exportType: undefined })));
  });

  it('reads no export from an empty table', async () => {
    await render(exportsTable(['Export name', 'Status', 'S3 bucket', 'Export type'], { items: [], empty: h('b', null, 'No exports') }));
    expect(document.body.textContent).toContain('No exports');
    expect(readExportsTable(document)).toEqual([]);
  });

  it('skips tables without an export name column', async () => {
    await render(h(Table<{ name: string }>, { columnDefinitions: [{ id: 'name', header: 'Bucket name', cell: (item) => item.name }], items: [{ name: 'billing-export-111122223333' }] }));
    expect(readExportsTable(document)).toEqual([]);
  });
});
