// Evidence: none — no IAM dashboard screenshot.
// Assumed without evidence: its whole content (a stand-in to navigate from).
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import { t } from '../shell/i18n';
import { accountId } from '../shell/options';
import { useReplicaState } from '../shell/router';
import { IamShell } from './IamShell';

export function DashboardPage() {
  const state = useReplicaState();
  const counts = [
    { label: t('userGroups'), href: '#/groups', count: 0 },
    { label: t('users'), href: '#/users', count: 1 + Object.keys(state.users).length },
    { label: t('roles'), href: '#/roles', count: 3 + Object.keys(state.roles).length },
    { label: t('policies'), href: '#/policies', count: 2 + Object.keys(state.policies).length },
  ];
  return (
    <IamShell title={t('dashboard')} activeHref="#/home" trail={[{ text: t('dashboard'), href: '#/home' }]}>
      <ContentLayout header={<Header variant="h1">{t('dashboard')}</Header>}>
        <ColumnLayout columns={2}>
          <Container header={<Header variant="h2">IAM resources</Header>}>
            <ColumnLayout columns={4} variant="text-grid">
              {counts.map((item) => (
                <div key={item.label}>
                  <Box variant="awsui-key-label">{item.label}</Box>
                  <Link variant="awsui-value-large" href={item.href}>
                    {item.count}
                  </Link>
                </div>
              ))}
            </ColumnLayout>
          </Container>
          <Container header={<Header variant="h2">AWS Account</Header>}>
            <KeyValuePairs
              items={[
                { label: t('accountId'), value: <CopyToClipboard variant="inline" textToCopy={accountId} copyButtonAriaLabel="Copy account ID" copySuccessText="Copied" copyErrorText="Failed" /> },
                { label: 'Sign-in URL for IAM users in this account', value: `https://${accountId}.signin.aws.amazon.com/console` },
              ]}
            />
          </Container>
        </ColumnLayout>
      </ContentLayout>
    </IamShell>
  );
}
