// Evidence: none — no screenshot of the IAM lists; built from AWS IAM docs.
// Assumed without evidence: the table's columns, the filter and the Create button's place.
import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { t, type LabelKey } from '../shell/i18n';
import { IamShell } from './IamShell';

export interface EntityRow {
  name: string;
  href?: string;
  detail: string;
}

interface EntityListPageProps {
  entity: 'roles' | 'users' | 'policies';
  rows: EntityRow[];
  nameHeader: LabelKey;
  detailHeader: string;
  createLabel: LabelKey;
  createHref: string;
}

/** The IAM list pages (Roles, Users, Policies): a filterable table with a Create button. */
export function EntityListPage({ entity, rows, nameHeader, detailHeader, createLabel, createHref }: EntityListPageProps) {
  const [filterText, setFilterText] = useState('');
  const matches = rows.filter((row) => row.name.toLowerCase().includes(filterText.toLowerCase()));
  return (
    <IamShell title={t(entity)} activeHref={`#/${entity}`} contentType="table" trail={[{ text: t(entity), href: `#/${entity}` }]}>
      <Table
        variant="full-page"
        items={matches}
        trackBy="name"
        selectionType="single"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${rows.length})`}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button iconName="refresh" ariaLabel="Refresh" />
                <Button>{t('delete')}</Button>
                <Button variant="primary" href={createHref}>
                  {t(createLabel)}
                </Button>
              </SpaceBetween>
            }
          >
            {t(entity)}
          </Header>
        }
        filter={<TextFilter filteringText={filterText} filteringPlaceholder={t('searchPolicies')} onChange={({ detail }) => setFilterText(detail.filteringText)} />}
        columnDefinitions={[
          { id: 'name', header: t(nameHeader), cell: (row) => (row.href ? <Link href={row.href}>{row.name}</Link> : row.name), isRowHeader: true },
          { id: 'detail', header: detailHeader, cell: (row) => row.detail },
        ]}
        empty={<Box textAlign="center">{t('noMatches')}</Box>}
      />
    </IamShell>
  );
}
