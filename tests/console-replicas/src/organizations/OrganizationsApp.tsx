import { AccountsPage } from './AccountsPage';

// /organizations/v2/home/... — only the accounts page is replicated; other routes show it too.
export function OrganizationsApp() {
  return <AccountsPage />;
}
