// Evidence: none — no screenshot of "Permissions policies" on the create role/user pages; built
//   from AWS IAM docs.
// Assumed without evidence: search box, checkbox column and columns.
import { useMemo, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Header from '@cloudscape-design/components/header';
import Pagination from '@cloudscape-design/components/pagination';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { t } from '../shell/i18n';
import { useReplicaState } from '../shell/router';
import { policyCatalog, type ManagedPolicy } from './policyCatalog';

const PAGE_SIZE = 10;

/** "Permissions policies" table with search and checkboxes, as on the create role/user pages. */
interface PolicyPickerProps {
  selected: string[];
  onChange: (names: string[]) => void;
  /** Who gets the policies, for the table description. */
  attachTo: 'role' | 'user';
}

export function PolicyPicker({ selected, onChange, attachTo }: PolicyPickerProps) {
  const state = useReplicaState();
  const catalog = useMemo(() => policyCatalog(state), [state]);
  const [filterText, setFilterText] = useState('');
  const [page, setPage] = useState(1);
  const matches = catalog.filter((policy) => policy.name.toLowerCase().includes(filterText.trim().toLowerCase()));
  const pageCount = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const visible = matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const selectedItems = catalog.filter((policy) => selected.includes(policy.name));

  return (
    <Table<ManagedPolicy>
      variant="container"
      items={visible}
      trackBy="name"
      selectionType="multi"
      selectedItems={selectedItems}
      onSelectionChange={({ detail }) => {
        // Keep selections made on other pages or hidden by the filter.
        const shown = new Set(visible.map((policy) => policy.name));
        const kept = selected.filter((name) => !shown.has(name));
        onChange([...kept, ...detail.selectedItems.map((policy) => policy.name)]);
      }}
      ariaLabels={{
        selectionGroupLabel: t('permissionsPolicies'),
        allItemsSelectionLabel: () => 'select all',
        itemSelectionLabel: (_selection, policy) => policy.name,
      }}
      columnDefinitions={[
        { id: 'name', header: t('policyName'), cell: (policy) => policy.name, isRowHeader: true },
        { id: 'type', header: t('type'), cell: (policy) => policy.type },
        { id: 'description', header: t('description'), cell: (policy) => policy.description },
      ]}
      header={
        <Header counter={`(${selected.length}/${catalog.length})`} description={`Choose one or more policies to attach to your new ${attachTo}.`}>
          {t('permissionsPolicies')}
        </Header>
      }
      filter={
        <TextFilter
          filteringText={filterText}
          filteringPlaceholder={t('searchPolicies')}
          filteringAriaLabel={t('searchPolicies')}
          countText={filterText ? `${matches.length} matches` : undefined}
          onChange={({ detail }) => {
            setFilterText(detail.filteringText);
            setPage(1);
          }}
        />
      }
      pagination={<Pagination currentPageIndex={page} pagesCount={pageCount} onChange={({ detail }) => setPage(detail.currentPageIndex)} />}
      empty={<Box textAlign="center" color="inherit">{t('noMatches')}</Box>}
    />
  );
}
