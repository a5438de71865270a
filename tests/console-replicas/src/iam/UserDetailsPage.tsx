// Evidence: aws_create_access_key.png (user Summary: ARN with copy icon, Console access, Access key
//   1 with the "Create access key" link).
// Assumed without evidence: tabs, the other Summary items, how existing keys are listed.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { t } from '../shell/i18n';
import { accountId } from '../shell/options';
import { navigate, useLocation, useReplicaState } from '../shell/router';
import { IamShell } from './IamShell';

const SECTIONS = ['permissions', 'groups', 'tags', 'security_credentials', 'access_advisor'];

// Any user name opens, like role details: unknown users show as existing users without keys.
export function UserDetailsPage({ userName }: { userName: string }) {
  const { params } = useLocation();
  const state = useReplicaState();
  const user = state.users[userName] ?? { consoleAccess: false, attachedPolicies: [], accessKeys: [] };
  const arn = `arn:aws:iam::${accountId}:user/${userName}`;
  const section = SECTIONS.includes(params.get('section') ?? '') ? params.get('section')! : 'permissions';
  const createKeyHref = `#/users/details/${userName}/create-access-key`;

  return (
    <IamShell
      title={userName}
      activeHref="#/users"
      trail={[
        { text: t('users'), href: '#/users' },
        { text: userName, href: `#/users/details/${userName}` },
      ]}
    >
      <ContentLayout header={<Header variant="h1" actions={<Button>{t('delete')}</Button>}>{userName}</Header>}>
        <Box margin={{ bottom: 'l' }}>
          <Container header={<Header variant="h2">{t('summary')}</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: t('arn'), value: <CopyToClipboard variant="inline" textToCopy={arn} copyButtonAriaLabel="Copy ARN" copySuccessText="ARN copied" copyErrorText="ARN failed to copy" /> },
                { label: t('consoleAccess'), value: user.consoleAccess ? t('enabled') : t('disabled') },
                {
                  label: `${t('accessKey')} 1`,
                  value: user.accessKeys[0] ? `${user.accessKeys[0].accessKeyId} - ${t('active')}` : <Button variant="inline-link" href={createKeyHref}>{t('createAccessKey')}</Button>,
                },
                { label: t('creationDate'), value: new Date().toUTCString() },
              ]}
            />
          </Container>
        </Box>
        <Tabs
          activeTabId={section}
          onChange={({ detail }) => navigate(`/users/details/${userName}?section=${detail.activeTabId}`, { replace: true })}
          tabs={[
            {
              id: 'permissions',
              label: t('permissions'),
              content: (
                <Table
                  variant="container"
                  header={<Header variant="h2" counter={`(${user.attachedPolicies.length})`}>{t('permissionsPolicies')}</Header>}
                  items={user.attachedPolicies.map((name) => ({ name }))}
                  columnDefinitions={[{ id: 'name', header: t('policyName'), cell: (row) => row.name }]}
                  empty={<Box textAlign="center">{t('noPermissionsAttached')}</Box>}
                />
              ),
            },
            { id: 'groups', label: t('groups'), content: <Container><Box>No groups</Box></Container> },
            { id: 'tags', label: t('tags'), content: <Container><Box>No tags associated with the resource.</Box></Container> },
            {
              id: 'security_credentials',
              label: t('securityCredentials'),
              content: (
                <SpaceBetween size="l">
                  <Container header={<Header variant="h2">{t('consoleSignIn')}</Header>}>
                    <KeyValuePairs columns={2} items={[{ label: 'Console password', value: user.consoleAccess ? t('enabled') : 'Not enabled' }, { label: 'Last console sign-in', value: '-' }]} />
                  </Container>
                  <Container header={<Header variant="h2" counter="(0)">{t('mfa')}</Header>}>
                    <Box color="text-body-secondary">No MFA devices. Assign an MFA device to improve the security of your AWS environment.</Box>
                  </Container>
                  <Table
                    variant="container"
                    header={
                      <Header variant="h2" counter={`(${user.accessKeys.length})`} description={t('accessKeysDesc')} actions={<Button href={createKeyHref}>{t('createAccessKey')}</Button>}>
                        {t('accessKeys')}
                      </Header>
                    }
                    items={user.accessKeys}
                    columnDefinitions={[
                      { id: 'id', header: t('accessKeyId'), cell: (key) => key.accessKeyId },
                      { id: 'description', header: t('description'), cell: (key) => key.description || '-' },
                      { id: 'status', header: t('status'), cell: () => <StatusIndicator>{t('active')}</StatusIndicator> },
                    ]}
                    empty={
                      <Box textAlign="center" color="inherit">
                        <SpaceBetween size="xs">
                          <b>{t('noAccessKeys')}</b>
                          <Box variant="p" color="inherit">As a best practice, avoid using long-term credentials like access keys.</Box>
                          <Button href={createKeyHref}>{t('createAccessKey')}</Button>
                        </SpaceBetween>
                      </Box>
                    }
                  />
                </SpaceBetween>
              ),
            },
            { id: 'access_advisor', label: t('lastAccessed'), content: <Container><Box>No access data yet.</Box></Container> },
          ]}
        />
      </ContentLayout>
    </IamShell>
  );
}
