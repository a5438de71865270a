// Evidence: none — no screenshot; built from AWS IAM docs.
// Assumed without evidence: columns and filter.
import { t } from '../shell/i18n';
import { signedInUser } from '../shell/options';
import { useReplicaState } from '../shell/router';
import { EntityListPage } from './EntityListPage';

export function UsersListPage() {
  const state = useReplicaState();
  const names = [signedInUser, ...Object.keys(state.users).filter((name) => name !== signedInUser)];
  const rows = names.map((name) => ({
    name,
    href: `#/users/details/${name}`,
    detail: state.users[name]?.accessKeys.length ? `${state.users[name]!.accessKeys.length} ${t('accessKeys').toLowerCase()}` : '-',
  }));
  return <EntityListPage entity="users" rows={rows} nameHeader="userName" detailHeader={t('accessKeys')} createLabel="createUser" createHref="#/users/create" />;
}
