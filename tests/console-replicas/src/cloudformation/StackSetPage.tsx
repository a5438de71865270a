// Evidence: none — no screenshot; built from AWS CloudFormation StackSets docs.
// Assumed without evidence: tab names, the route #/stacksets/NAME/... and the instances table's
//   columns.
import { useMemo, useState } from 'react';
import Badge from '@cloudscape-design/components/badge';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Pagination from '@cloudscape-design/components/pagination';
import StatusIndicator, { type StatusIndicatorProps } from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import TextFilter from '@cloudscape-design/components/text-filter';
import { stackSetInstancesPageSize } from '../shell/options';
import { navigate } from '../shell/router';
import { CfnShell } from './CfnShell';
import { stackSetInstances, type StackInstanceRow } from './stackSetInstances';

export type StackSetTab = 'info' | 'stacks' | 'operations' | 'parameters' | 'template';

const statusType = (status: StackInstanceRow['status']): StatusIndicatorProps.Type => (status === 'CURRENT' ? 'success' : status === 'OUTDATED' ? 'warning' : 'error');
const detailedType = (detailed: string): StatusIndicatorProps.Type =>
  detailed === 'SUCCEEDED' ? 'success' : detailed === 'RUNNING' ? 'in-progress' : detailed === 'PENDING' ? 'pending' : detailed === 'CANCELLED' ? 'stopped' : 'error';

function InstancesTable({ stackSetName }: { stackSetName: string }) {
  const all = useMemo(stackSetInstances, []);
  const [filterText, setFilterText] = useState('');
  const [page, setPage] = useState(1);
  const filter = filterText.trim().toLowerCase();
  const shown = all.filter((row) => !filter || `${row.account} ${row.region} ${row.status} ${row.statusReason ?? ''}`.toLowerCase().includes(filter));
  const pages = Math.max(1, Math.ceil(shown.length / stackSetInstancesPageSize));
  const current = Math.min(page, pages);
  const rows = shown.slice((current - 1) * stackSetInstancesPageSize, current * stackSetInstancesPageSize);
  return (
    <Table<StackInstanceRow>
      variant="container"
      items={rows}
      trackBy={(row) => `${row.account}-${row.region}`}
      header={<Header counter={`(${all.length})`} description="Each stack instance is a stack in one account and Region.">Stack instances</Header>}
      filter={<TextFilter filteringText={filterText} filteringPlaceholder="Filter stack instances" onChange={({ detail }) => { setFilterText(detail.filteringText); setPage(1); }} />}
      pagination={<Pagination currentPageIndex={current} pagesCount={pages} onChange={({ detail }) => setPage(detail.currentPageIndex)} />}
      columnDefinitions={[
        { id: 'account', header: 'AWS account', isRowHeader: true, cell: (row) => row.account },
        { id: 'region', header: 'AWS Region', cell: (row) => row.region },
        { id: 'stack', header: 'Stack ID', cell: (row) => `arn:aws:cloudformation:${row.region}:${row.account}:stack/StackSet-${stackSetName}-${row.account.slice(-4)}` },
        { id: 'detailed', header: 'Detailed status', cell: (row) => <StatusIndicator type={detailedType(row.detailedStatus)}>{row.detailedStatus}</StatusIndicator> },
        { id: 'status', header: 'Status', cell: (row) => <StatusIndicator type={statusType(row.status)}>{row.status}</StatusIndicator> },
        { id: 'reason', header: 'Status reason', cell: (row) => row.statusReason ?? '-' },
        { id: 'drift', header: 'Drift status', cell: () => 'NOT_CHECKED' },
      ]}
    />
  );
}

/** #/stacksets/NAME/info and #/stacksets/NAME/stacks (also /instances): one StackSet's tabs. */
export function StackSetPage({ stackSetName, tab }: { stackSetName: string; tab: StackSetTab }) {
  const route = (next: string) => `/stacksets/${encodeURIComponent(stackSetName)}/${next}?permissions=service`;
  return (
    <CfnShell
      title={stackSetName}
      activeHref="#/stacksets"
      trail={[
        { text: 'StackSets', href: '#/stacksets' },
        { text: stackSetName, href: `#${route('info')}` },
      ]}
    >
      <ContentLayout header={<Header variant="h1" description={<Badge color="blue">Service-managed</Badge>}>{stackSetName}</Header>}>
        <Tabs
          activeTabId={tab}
          onChange={({ detail }) => navigate(route(detail.activeTabId))}
          tabs={[
            {
              id: 'info',
              label: 'StackSet info',
              content: (
                <Container header={<Header variant="h2">Overview</Header>}>
                  <KeyValuePairs
                    columns={3}
                    items={[
                      { label: 'StackSet name', value: stackSetName },
                      { label: 'StackSet ID', value: `${stackSetName}:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0` },
                      { label: 'Status', value: <StatusIndicator type="success">ACTIVE</StatusIndicator> },
                      { label: 'Permission model', value: 'SERVICE_MANAGED' },
                      { label: 'Automatic deployment', value: 'Activated' },
                      { label: 'Account removal behavior', value: 'Delete stacks' },
                    ]}
                  />
                </Container>
              ),
            },
            { id: 'stacks', label: 'Stack instances', content: <InstancesTable stackSetName={stackSetName} /> },
            { id: 'operations', label: 'Operations', content: <Container>No operations in progress.</Container> },
            { id: 'parameters', label: 'Parameters', content: <Container>Parameters of the StackSet.</Container> },
            { id: 'template', label: 'Template', content: <Container>The StackSet's template.</Container> },
          ]}
        />
      </ContentLayout>
    </CfnShell>
  );
}
