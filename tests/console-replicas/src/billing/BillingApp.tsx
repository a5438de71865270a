import { ReportsPage } from './ReportsPage';

// Only the legacy reports page is replicated; every /billing/home route shows it.
export function BillingApp() {
  return <ReportsPage />;
}
