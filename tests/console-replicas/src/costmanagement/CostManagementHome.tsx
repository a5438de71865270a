// Evidence: none — no screenshot of the Billing and Cost Management home.
// Assumed without evidence: its whole content (a stand-in to navigate from).
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import { t } from '../shell/i18n';
import { BcmShell } from './BcmShell';

export function CostManagementHome() {
  return (
    <BcmShell title={t('home')} activeHref="#/home" trail={[{ text: t('home'), href: '#/home' }]}>
      <ContentLayout header={<Header variant="h1">{t('costManagement')}</Header>}>
        <Container header={<Header variant="h2">{t('dataExports')}</Header>}>
          <Link href="#/bcm-data-exports">{t('exportsAndDashboards')}</Link>
        </Container>
      </ContentLayout>
    </BcmShell>
  );
}
