// Evidence: aws_data_export_options.png (the "Exports and dashboards" table: Export name link, Status,
//   Export type, Data table ("-" for legacy), Date created ("-" for legacy), Date last refreshed,
//   S3 bucket link; legacy CUR exports on the same list; Actions and Create buttons).
// Assumed without evidence: what Actions holds (here Edit and Delete), the dates' exact format.
import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { t } from '../shell/i18n';
import { navigate, useReplicaState } from '../shell/router';
import type { ReplicaDataExport } from '../../contract';
import { BcmShell } from './BcmShell';
import { statusType } from './exportRows';

export function ExportsListPage() {
  const state = useReplicaState();
  const [selected, setSelected] = useState<ReplicaDataExport[]>([]);
  const [filterText, setFilterText] = useState('');
  const rows = state.exports.filter((row) => row.name.toLowerCase().includes(filterText.trim().toLowerCase()));
  const selectedName = selected[0]?.name;

  return (
    <BcmShell title={t('dataExports')} activeHref="#/bcm-data-exports" contentType="table" trail={[{ text: t('dataExports'), href: '#/bcm-data-exports' }]}>
      <Table<ReplicaDataExport>
        variant="full-page"
        items={rows}
        trackBy="name"
        selectionType="single"
        selectedItems={selected}
        onSelectionChange={({ detail }) => setSelected(detail.selectedItems)}
        ariaLabels={{ selectionGroupLabel: t('exports'), itemSelectionLabel: (_selection, row) => row.name }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${state.exports.length})`}
            info={<Link variant="info">Info</Link>}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!selectedName}>{t('delete')}</Button>
                <Button disabled={!selectedName} onClick={() => selectedName && navigate(`/bcm-data-exports/edit/${encodeURIComponent(selectedName)}`)}>
                  {t('edit')}
                </Button>
                <Button variant="primary" href="#/bcm-data-exports/create">
                  {t('create')}
                </Button>
              </SpaceBetween>
            }
          >
            {t('exportsAndDashboards')}
          </Header>
        }
        filter={<TextFilter filteringText={filterText} filteringPlaceholder="Find exports" onChange={({ detail }) => setFilterText(detail.filteringText)} />}
        columnDefinitions={[
          {
            id: 'name',
            header: t('exportName'),
            isRowHeader: true,
            cell: (row) => <Link href={`#/bcm-data-exports/details/${encodeURIComponent(row.name)}`}>{row.name}</Link>,
          },
          { id: 'status', header: t('status'), cell: (row) => <StatusIndicator type={statusType(row.status)}>{row.status}</StatusIndicator> },
          { id: 'type', header: t('exportType'), cell: (row) => row.type },
          { id: 'table', header: t('dataTable'), cell: (row) => (row.type === 'Legacy CUR export' ? '-' : (row.tableContent ?? 'CUR 2.0')) },
          { id: 'created', header: t('dateCreated'), cell: (row) => (row.type === 'Legacy CUR export' ? '-' : 'August 14, 2024, 3:48 PM GMT+03:00') },
          { id: 'refreshed', header: t('dateLastRefreshed'), cell: () => 'August 15, 2024, 12:49 PM GMT+03:00' },
          {
            id: 'bucket',
            header: t('s3Bucket'),
            cell: (row) => (
              <Link external href={`https://s3.console.aws.amazon.com/s3/buckets/${row.bucket}?region=${row.bucketRegion ?? 'us-east-1'}`}>
                {row.bucket}
              </Link>
            ),
          },
        ]}
        empty={
          <Box textAlign="center" color="inherit">
            <SpaceBetween size="xs">
              <b>{t('noExports')}</b>
              <Button href="#/bcm-data-exports/create">{t('create')}</Button>
            </SpaceBetween>
          </Box>
        }
      />
    </BcmShell>
  );
}
