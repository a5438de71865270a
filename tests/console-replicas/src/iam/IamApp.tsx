// Evidence: none for routing — hash routes from facts.md section 2 and vendor prefill links
//   (console-evidence README).
// Assumed without evidence: route shapes beyond the prefill links.
import { useLocation } from '../shell/router';
import { CreateAccessKeyPage } from './CreateAccessKeyPage';
import { CreatePolicyPage } from './CreatePolicyPage';
import { CreateRolePage } from './CreateRolePage';
import { CreateUserPage } from './CreateUserPage';
import { DashboardPage } from './DashboardPage';
import { PoliciesListPage } from './PoliciesListPage';
import { RoleDetailsPage } from './RoleDetailsPage';
import { RolesListPage } from './RolesListPage';
import { UserDetailsPage } from './UserDetailsPage';
import { UsersListPage } from './UsersListPage';

// IAM keeps its route in the hash: /iam/home#/roles/create?step=selectEntities
export function IamApp() {
  const { path } = useLocation();
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [section, second, third, fourth] = segments;

  if (section === 'policies' && second === 'create') return <CreatePolicyPage />;
  if (section === 'policies') return <PoliciesListPage />;
  if (section === 'roles' && second === 'create') return <CreateRolePage />;
  if (section === 'roles' && second === 'details' && third) return <RoleDetailsPage key={third} roleName={third} />;
  if (section === 'roles') return <RolesListPage />;
  if (section === 'users' && second === 'create') return <CreateUserPage />;
  if (section === 'users' && second === 'details' && third && fourth === 'create-access-key') return <CreateAccessKeyPage key={third} userName={third} />;
  if (section === 'users' && second === 'details' && third) return <UserDetailsPage key={third} userName={third} />;
  if (section === 'users') return <UsersListPage />;
  return <DashboardPage />;
}
