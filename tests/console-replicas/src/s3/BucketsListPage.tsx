// Evidence: none — no screenshot of the buckets list; built from AWS S3 docs.
// Assumed without evidence: columns and filter.
import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { t } from '../shell/i18n';
import { buckets } from '../shell/options';
import { followInApp } from '../shell/router';
import { regionLabel, S3Shell } from './S3Shell';

const bucketRegion = (bucket: string) => (bucket.startsWith('billing-export-') ? 'eu-west-1' : 'us-east-1');

export function BucketsListPage() {
  const [filterText, setFilterText] = useState('');
  const matches = buckets.filter((bucket) => bucket.includes(filterText.trim()));
  return (
    <S3Shell title={t('buckets')} contentType="table" trail={[{ text: t('buckets'), href: '/s3/buckets' }]}>
      <Table
        variant="full-page"
        items={matches.map((name) => ({ name, region: bucketRegion(name) }))}
        trackBy="name"
        selectionType="single"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${buckets.length})`}
            info={<Link variant="info">Info</Link>}
            description="Buckets are containers for data stored in S3."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh" />
                <Button>Copy ARN</Button>
                <Button>Empty</Button>
                <Button>{t('delete')}</Button>
                <Button variant="primary">{t('createBucket')}</Button>
              </SpaceBetween>
            }
          >
            {t('generalPurposeBuckets')}
          </Header>
        }
        filter={<TextFilter filteringText={filterText} filteringPlaceholder="Find buckets by name" onChange={({ detail }) => setFilterText(detail.filteringText)} />}
        columnDefinitions={[
          {
            id: 'name',
            header: t('bucketName'),
            isRowHeader: true,
            cell: (bucket) => (
              <Link href={`/s3/buckets/${bucket.name}?region=${bucket.region}`} onFollow={followInApp}>
                {bucket.name}
              </Link>
            ),
          },
          { id: 'region', header: t('awsRegion'), cell: (bucket) => regionLabel(bucket.region) },
          { id: 'created', header: t('creationDate'), cell: () => 'January 15, 2025, 10:24:31 (UTC+01:00)' },
        ]}
        empty={<Box textAlign="center">No buckets</Box>}
      />
    </S3Shell>
  );
}
