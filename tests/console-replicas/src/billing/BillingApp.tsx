// Evidence: none — no screenshot of /billing/home; routes follow facts.md section 2.
// Assumed without evidence: that every /billing/home route may show the legacy reports page.
import { ReportsPage } from './ReportsPage';

// Only the legacy reports page is replicated; every /billing/home route shows it.
export function BillingApp() {
  return <ReportsPage />;
}
