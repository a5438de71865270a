// Evidence: none of this page itself — the legacy CUR content follows pjvenda-ha-aws-
//   billing_legacy-cur-export-delivery-options.png and scottenriquez_legacy-cur-edit-report-content-
//   resource-ids-locked.png; the old /billing/home#/reports page follows AWS docs (facts.md section
//   2).
// Assumed without evidence: the page's layout, table columns, buttons and route; that it still
//   exists beside Data Exports.
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { t } from '../shell/i18n';
import { legacyReports } from '../shell/options';
import { BcmShell } from '../costmanagement/BcmShell';

// /billing/home#/reports — the legacy Cost and Usage Reports page.
export function ReportsPage() {
  return (
    <BcmShell title={t('costAndUsageReports')} activeHref="#/reports" contentType="table" trail={[{ text: t('costAndUsageReports'), href: '#/reports' }]}>
      <SpaceBetween size="l">
        <Alert type="info" action={<Button href="/costmanagement/home#/bcm-data-exports">{t('dataExports')}</Button>}>
          {t('legacyCurNotice')}
        </Alert>
        <Table
          variant="full-page"
          items={legacyReports}
          trackBy="name"
          selectionType="single"
          header={
            <Header
              variant="awsui-h1-sticky"
              counter={`(${legacyReports.length})`}
              info={<Link variant="info">Info</Link>}
              actions={
                <SpaceBetween direction="horizontal" size="xs">
                  <Button>{t('delete')}</Button>
                  <Button>{t('edit')}</Button>
                  <Button variant="primary">Create report</Button>
                </SpaceBetween>
              }
            >
              {t('reports')}
            </Header>
          }
          columnDefinitions={[
            { id: 'name', header: t('reportName'), cell: (report) => report.name, isRowHeader: true },
            { id: 'bucket', header: t('s3Bucket'), cell: (report) => report.bucket },
            { id: 'prefix', header: t('reportPathPrefix'), cell: (report) => report.prefix },
            { id: 'granularity', header: t('timeGranularity'), cell: (report) => report.granularity },
          ]}
          empty={<Box textAlign="center">No reports</Box>}
        />
      </SpaceBetween>
    </BcmShell>
  );
}
