// Evidence: none — no screenshot; built from AWS IAM docs.
// Assumed without evidence: columns and filter.
import { t } from '../shell/i18n';
import { useReplicaState } from '../shell/router';
import { EntityListPage } from './EntityListPage';
import { policyCatalog } from './policyCatalog';

export function PoliciesListPage() {
  const state = useReplicaState();
  const rows = policyCatalog(state).map((policy) => ({ name: policy.name, href: `#/policies/details/${policy.name}`, detail: policy.type }));
  return <EntityListPage entity="policies" rows={rows} nameHeader="policyName" detailHeader={t('type')} createLabel="createPolicy" createHref="#/policies/create?step=addPermissions" />;
}
