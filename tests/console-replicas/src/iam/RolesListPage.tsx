// Evidence: none — no screenshot; built from AWS IAM docs.
// Assumed without evidence: columns and filter.
import { t } from '../shell/i18n';
import { useReplicaState } from '../shell/router';
import { EntityListPage } from './EntityListPage';

const seededRoles = ['AWSServiceRoleForOrganizations', 'AWSServiceRoleForSupport', 'AWSServiceRoleForTrustedAdvisor'];

export function RolesListPage() {
  const state = useReplicaState();
  const rows = [
    ...seededRoles.map((name) => ({ name, href: `#/roles/details/${name}`, detail: `AWS Service: ${name.replace('AWSServiceRoleFor', '').toLowerCase()} (Service-Linked Role)` })),
    ...Object.keys(state.roles).map((name) => ({ name, href: `#/roles/details/${name}`, detail: t('awsAccount') })),
  ];
  return <EntityListPage entity="roles" rows={rows} nameHeader="roleName" detailHeader={t('trustedEntities')} createLabel="createRole" createHref="#/roles/create?step=selectEntities" />;
}
