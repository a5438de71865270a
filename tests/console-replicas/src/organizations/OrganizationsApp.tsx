// Evidence: none for routing — /organizations/v2/home/accounts from the console-evidence README.
// Assumed without evidence: that other routes may show the accounts page.
import { AccountsPage } from './AccountsPage';

// /organizations/v2/home/... — only the accounts page is replicated; other routes show it too.
export function OrganizationsApp() {
  return <AccountsPage />;
}
