// Evidence: none — no role details screenshot; Summary items (ARN with copy icon) follow
//   aws_create_access_key.png's user Summary and AWS IAM docs.
// Assumed without evidence: the Summary's items and order, tabs, the trust policy's display.
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { t } from '../shell/i18n';
import { accountId } from '../shell/options';
import { navigate, useLocation, useReplicaState } from '../shell/router';
import { IamShell } from './IamShell';
import { policyCatalog } from './policyCatalog';

const SECTIONS = ['permissions', 'trust_relationships', 'tags', 'access_advisor', 'revoke_sessions'];

// Any role name opens: roles not created in this session show as existing roles trusted by this
// account, so tests can start on a details page.
export function RoleDetailsPage({ roleName }: { roleName: string }) {
  const { params } = useLocation();
  const state = useReplicaState();
  const role = state.roles[roleName] ?? {
    trustPolicy: JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' }] },
      null,
      4,
    ),
    attachedPolicies: [],
    description: '',
  };
  const arn = `arn:aws:iam::${accountId}:role/${roleName}`;
  const section = SECTIONS.includes(params.get('section') ?? '') ? params.get('section')! : 'permissions';
  const catalog = policyCatalog(state);
  const attached = role.attachedPolicies.map((name) => catalog.find((policy) => policy.name === name) ?? { name, type: t('customerManaged'), description: '' });

  return (
    <IamShell
      title={roleName}
      activeHref="#/roles"
      trail={[
        { text: t('roles'), href: '#/roles' },
        { text: roleName, href: `#/roles/details/${roleName}` },
      ]}
    >
      <ContentLayout header={<Header variant="h1" actions={<Button>{t('delete')}</Button>}>{roleName}</Header>}>
        <Box margin={{ bottom: 'l' }}>
          <Container header={<Header variant="h2" actions={<Button>{t('edit')}</Button>}>{t('summary')}</Header>}>
            <KeyValuePairs
              columns={3}
              items={[
                { label: t('creationDate'), value: new Date().toUTCString() },
                {
                  label: t('arn'),
                  value: (
                    <CopyToClipboard
                      variant="inline"
                      textToCopy={arn}
                      copyButtonAriaLabel="Copy ARN"
                      copySuccessText="ARN copied"
                      copyErrorText="ARN failed to copy"
                    />
                  ),
                },
                { label: t('lastActivity'), value: '-' },
                { label: t('description'), value: role.description || '-' },
                { label: t('maxSessionDuration'), value: t('oneHour') },
              ]}
            />
          </Container>
        </Box>
        <Tabs
          activeTabId={section}
          onChange={({ detail }) => navigate(`/roles/details/${roleName}?section=${detail.activeTabId}`, { replace: true })}
          tabs={[
            {
              id: 'permissions',
              label: t('permissions'),
              content: (
                <Table
                  variant="container"
                  items={attached}
                  header={
                    <Header variant="h2" counter={`(${attached.length})`} actions={<Button variant="primary">{t('addPermissions')}</Button>}>
                      {t('permissionsPolicies')}
                    </Header>
                  }
                  columnDefinitions={[
                    { id: 'name', header: t('policyName'), cell: (policy) => <Link href={`#/policies/details/${policy.name}`}>{policy.name}</Link> },
                    { id: 'type', header: t('type'), cell: (policy) => policy.type },
                    { id: 'attached', header: t('attachedEntities'), cell: () => 1 },
                  ]}
                  empty={<Box textAlign="center">{t('noPermissionsAttached')}</Box>}
                />
              ),
            },
            {
              id: 'trust_relationships',
              label: t('trustRelationships'),
              content: (
                <Container header={<Header variant="h2" actions={<Button>Edit trust policy</Button>}>{t('trustedEntities')}</Header>}>
                  <Box variant="code">
                    <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{role.trustPolicy}</pre>
                  </Box>
                </Container>
              ),
            },
            { id: 'tags', label: t('tags'), content: <Container><Box>No tags associated with the resource.</Box></Container> },
            { id: 'access_advisor', label: t('lastAccessed'), content: <Container><Box>No access data yet.</Box></Container> },
            { id: 'revoke_sessions', label: t('revokeSessions'), content: <Container><Button>Revoke active sessions</Button></Container> },
          ]}
        />
      </ContentLayout>
    </IamShell>
  );
}
