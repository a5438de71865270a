// Evidence: civiform-docs_organizations-aws-accounts-page-hierarchy-list-toggle.png (the accounts
//   page with its Hierarchy/List toggle); the DOM is not known publicly (console-evidence README).
// Assumed without evidence: the tree's markup (Cloudscape TreeView, role="treeitem"), account ID
//   and email placement.
import { useMemo, useState } from 'react';
import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { ConsoleShell, useDocumentTitle } from '../shell/ConsoleShell';
import { t } from '../shell/i18n';
import { organizationMemberCount } from '../shell/options';
import { organizationTree, type OrganizationNode } from './organizationAccounts';

function countAccounts(node: OrganizationNode): number {
  return (node.kind === 'account' ? 1 : 0) + (node.children ?? []).reduce((sum, child) => sum + countAccounts(child), 0);
}

function matchesFilter(node: OrganizationNode, text: string): boolean {
  const haystack = `${node.name} ${node.accountId ?? ''} ${node.email ?? ''}`.toLowerCase();
  return haystack.includes(text) || (node.children ?? []).some((child) => matchesFilter(child, text));
}

// /organizations/v2/home/accounts — the organization as a tree of OUs and accounts.
export function AccountsPage() {
  useDocumentTitle(`${t('awsAccounts')} | AWS Organizations | Global`);
  const root = useMemo(organizationTree, []);
  const [filterText, setFilterText] = useState('');
  const [expanded, setExpanded] = useState<OrganizationNode[]>(() => [root, ...(root.children ?? []).filter((node) => node.kind === 'ou')]);
  const filter = filterText.trim().toLowerCase();
  const visibleChildren = (node: OrganizationNode) => (node.children ?? []).filter((child) => !filter || matchesFilter(child, filter));

  const content =
    organizationMemberCount === 0 ? (
      <Container>
        <Box textAlign="center" color="inherit">
          <SpaceBetween size="s">
            <b>{t('notInOrganization')}</b>
            <Button variant="primary">Create an organization</Button>
          </SpaceBetween>
        </Box>
      </Container>
    ) : (
      <Table<OrganizationNode>
        variant="container"
        items={[root]}
        trackBy="id"
        selectionType="multi"
        ariaLabels={{ selectionGroupLabel: t('awsAccounts'), itemSelectionLabel: (_selection, node) => node.name }}
        expandableRows={{
          getItemChildren: visibleChildren,
          isItemExpandable: (node) => node.kind !== 'account',
          expandedItems: expanded,
          onExpandableItemToggle: ({ detail }) =>
            setExpanded((current) => (detail.expanded ? [...current, detail.item] : current.filter((node) => node.id !== detail.item.id))),
        }}
        header={
          <Header
            variant="h2"
            counter={`(${countAccounts(root)})`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button>Actions</Button>
                <Button variant="primary">Add an AWS account</Button>
              </SpaceBetween>
            }
          >
            {t('organizationalStructure')}
          </Header>
        }
        filter={<TextFilter filteringText={filterText} filteringPlaceholder="Find AWS accounts by name, email, or account ID" onChange={({ detail }) => setFilterText(detail.filteringText)} />}
        columnDefinitions={[
          {
            id: 'name',
            header: t('name'),
            isRowHeader: true,
            cell: (node) => (
              <SpaceBetween direction="horizontal" size="xs">
                <span data-account-id={node.accountId}>{node.name}</span>
                {node.isManagement && <Badge color="blue">{t('managementAccount')}</Badge>}
              </SpaceBetween>
            ),
          },
          { id: 'account', header: `${t('accountId')} | ${t('email')}`, cell: (node) => (node.accountId ? `${node.accountId} | ${node.email}` : node.id) },
          { id: 'joined', header: t('joined'), cell: (node) => node.joined ?? '' },
        ]}
      />
    );

  return (
    <ConsoleShell
      service={{ text: t('organizations'), href: '/organizations/v2/home' }}
      activeHref="/organizations/v2/home/accounts"
      navigationItems={[
        { type: 'link', text: t('awsAccounts'), href: '/organizations/v2/home/accounts' },
        { type: 'link', text: 'Invitations', href: '/organizations/v2/home/invitations' },
        { type: 'link', text: 'Services', href: '/organizations/v2/home/services' },
        { type: 'link', text: 'Policies', href: '/organizations/v2/home/policies' },
        { type: 'link', text: 'Settings', href: '/organizations/v2/home/settings' },
      ]}
      breadcrumbs={[
        { text: t('organizations'), href: '/organizations/v2/home' },
        { text: t('awsAccounts'), href: '/organizations/v2/home/accounts' },
      ]}
      contentType="table"
    >
      <ContentLayout header={<Header variant="h1" description="Use AWS Organizations to manage the accounts in your organization.">{t('awsAccounts')}</Header>}>
        {content}
      </ContentLayout>
    </ConsoleShell>
  );
}
