import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { t } from '../shell/i18n';
import { accountId } from '../shell/options';
import { useReplicaState } from '../shell/router';
import { BcmShell } from './BcmShell';
import { s3Destination, statusType } from './exportRows';

// #/bcm-data-exports/details/NAME — the real route is not public; the layout is what matters.
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
          <Container header={<Header variant="h2">{t('exportDetails')}</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: t('exportName'), value: row.name },
                { label: t('exportType'), value: row.type },
                { label: t('status'), value: <StatusIndicator type={statusType(row.status)}>{row.status}</StatusIndicator> },
                { label: 'Data table', value: row.tableContent ?? 'CUR 2.0' },
                { label: t('timeGranularity'), value: row.granularity ?? 'Daily' },
                { label: t('includeResourceIds'), value: row.includeResourceIds ? 'Yes' : 'No' },
                { label: t('splitCostAllocationData'), value: row.splitCostAllocationData ? 'Yes' : 'No' },
                { label: t('arn'), value: `arn:aws:bcm-data-exports:us-east-1:${accountId}:export/${row.name}` },
              ]}
            />
          </Container>
          <Container header={<Header variant="h2">{t('dataExportDeliveryOptions')}</Header>}>
            <KeyValuePairs
              columns={2}
              items={[
                { label: t('compressionAndFormat'), value: row.format === 'Parquet' ? 'Parquet - Parquet' : 'gzip - text/csv' },
                { label: t('fileVersioning'), value: row.versioning === 'create-new' ? t('createNewFile') : t('overwriteExisting') },
              ]}
            />
          </Container>
          <Container header={<Header variant="h2">{t('dataExportStorageSettings')}</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: t('s3Bucket'), value: row.bucket },
                { label: t('s3PathPrefix'), value: row.prefix || '-' },
                { label: t('s3Destination'), value: s3Destination(row) },
                { label: t('bucketRegion'), value: row.bucketRegion ?? 'us-east-1' },
              ]}
            />
          </Container>
        </SpaceBetween>
      </ContentLayout>
    </BcmShell>
  );
}
