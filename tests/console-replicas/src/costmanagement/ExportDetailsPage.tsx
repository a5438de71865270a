// Evidence: aws_export_path.png ("Delivery and storage option": Data export overwriting, Compression
//   type / File type "Gzip / text/csv", S3 destination `s3://BUCKET/PREFIX` as a link, no export name),
//   pjvenda-ha-aws-billing_legacy-cur-export-details-page.png (H1 = export name; "Overview" with
//   "Data export type"; "Export content"; a legacy export's S3 destination is the bucket only).
// Assumed without evidence: the route #/bcm-data-exports/details/NAME (not public), the Overview's
//   other items, the Edit/Delete buttons' place, the link target of the S3 destination.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { t } from '../shell/i18n';
import { accountId } from '../shell/options';
import { useReplicaState } from '../shell/router';
import { BcmShell } from './BcmShell';
import { s3Destination, statusType } from './exportRows';

export function ExportDetailsPage({ exportName }: { exportName: string }) {
  const state = useReplicaState();
  const row = state.exports.find((candidate) => candidate.name === exportName);
  const trail = [
    { text: t('dataExports'), href: '#/bcm-data-exports' },
    { text: exportName, href: `#/bcm-data-exports/details/${encodeURIComponent(exportName)}` },
  ];
  if (!row) {
    return (
      <BcmShell title={exportName} activeHref="#/bcm-data-exports" trail={trail}>
        <Box variant="p">Export {exportName} was not found.</Box>
      </BcmShell>
    );
  }
  const legacy = row.type === 'Legacy CUR export';
  const destination = s3Destination(row);
  const bucketLink = `https://s3.console.aws.amazon.com/s3/buckets/${row.bucket}?region=${row.bucketRegion ?? 'us-east-1'}${legacy ? '' : `&prefix=${encodeURIComponent(`${row.prefix}/`)}`}`;
  return (
    <BcmShell title={exportName} activeHref="#/bcm-data-exports" trail={trail}>
      <ContentLayout
        header={
          <Header
            variant="h1"
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button>{t('delete')}</Button>
                <Button href={`#/bcm-data-exports/edit/${encodeURIComponent(exportName)}`}>{t('edit')}</Button>
              </SpaceBetween>
            }
          >
            {exportName}
          </Header>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">{t('overview')}</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: 'Data last refreshed', value: new Date().toISOString().slice(0, 10) },
                { label: t('dataExportType'), value: row.type },
                { label: t('status'), value: <StatusIndicator type={statusType(row.status)}>{row.status}</StatusIndicator> },
                { label: t('arn'), value: `arn:aws:bcm-data-exports:us-east-1:${accountId}:export/${row.name}` },
              ]}
            />
          </Container>
          <Container header={<Header variant="h2">Export content</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: t('dataTable'), value: legacy ? '-' : (row.tableContent ?? 'CUR 2.0') },
                { label: t('timeGranularity'), value: row.granularity ?? 'Daily' },
                { label: t('includeResourceIds'), value: row.includeResourceIds ? 'Yes' : 'No' },
              ]}
            />
          </Container>
          <Container header={<Header variant="h2">{t('deliveryAndStorage')}</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: t('dataExportOverwriting'), value: row.versioning === 'create-new' ? t('createNewFile') : t('overwriteExisting') },
                { label: t('compressionFileType'), value: row.format === 'Parquet' ? 'Parquet / Parquet' : 'Gzip / text/csv' },
                { label: t('s3Destination'), value: <Link external href={bucketLink}>{legacy ? row.bucket : destination}</Link> },
              ]}
            />
          </Container>
        </SpaceBetween>
      </ContentLayout>
    </BcmShell>
  );
}
