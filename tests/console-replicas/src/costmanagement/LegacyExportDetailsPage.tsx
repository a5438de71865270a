// Evidence: console-evidence/pjvenda-ha-aws-billing_legacy-cur-export-details-page.png (a Legacy CUR
// export's details page: H1 = export name; "Overview" with "Data last refreshed" and "Data export
// type: Legacy CUR export"; "Export content" with "Report default content" / "Report additional
// content"; "Delivery and storage option" with "Report data time granularity", "Report versioning" and
// "S3 destination" = the bucket name only, as a link: no prefix on this page).
// Assumed without evidence: the route (#/bcm-data-exports/details/NAME, the real one is not public),
// the breadcrumbs and the Edit/Delete buttons in the header (copied from the standard details replica),
// the date shown, English only.
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ReplicaDataExport } from '../../contract';
import { BcmShell } from './BcmShell';

const reportDefaultContent = ['Account Identifiers', 'Invoice and Bill Information', 'Usage Amount and Unit', 'Rates and Costs', 'Product Attributes', 'Pricing Attributes', 'Cost Allocation Tags'];

export function LegacyExportDetailsPage({ row }: { row: ReplicaDataExport }) {
  const trail = [
    { text: 'Data Exports', href: '#/bcm-data-exports' },
    { text: row.name, href: `#/bcm-data-exports/details/${encodeURIComponent(row.name)}` },
  ];
  return (
    <BcmShell title={row.name} activeHref="#/bcm-data-exports" trail={trail}>
      <ContentLayout
        header={
          <Header
            variant="h1"
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button>Delete</Button>
                <Button href={`#/bcm-data-exports/edit/${encodeURIComponent(row.name)}`}>Edit</Button>
              </SpaceBetween>
            }
          >
            {row.name}
          </Header>
        }
      >
        <SpaceBetween size="l">
          <Container header={<Header variant="h2">Overview</Header>}>
            <KeyValuePairs
              columns={2}
              items={[
                { label: 'Data last refreshed', value: 'October 22, 2025 at 2:36 AM GMT+01:00' },
                { label: 'Data export type', value: 'Legacy CUR export' },
              ]}
            />
          </Container>
          <Container header={<Header variant="h2">Export content</Header>}>
            <KeyValuePairs
              columns={2}
              items={[
                { label: 'Report default content', value: <SpaceBetween size="xxxs">{reportDefaultContent.map((item) => <span key={item}>{item}</span>)}</SpaceBetween> },
                { label: 'Report additional content', value: '-' },
              ]}
            />
          </Container>
          <Container header={<Header variant="h2">Delivery and storage option</Header>}>
            <KeyValuePairs
              columns={2}
              items={[
                { label: 'Report data time granularity', value: row.granularity ?? 'Daily' },
                { label: 'Report versioning', value: row.versioning === 'overwrite' ? 'Overwrite existing data export file' : 'Create new data export file version' },
                { label: 'S3 destination', value: <Link href={`https://s3.console.aws.amazon.com/s3/buckets/${row.bucket}`}>{row.bucket}</Link> },
              ]}
            />
          </Container>
        </SpaceBetween>
      </ContentLayout>
    </BcmShell>
  );
}
