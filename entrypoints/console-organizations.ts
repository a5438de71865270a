import { startConsoleApp } from '@/page-runtime/console-app';
import reportPage from './console-features/features/report-page';
import watchSuccess from './console-features/features/watch-success';
import organizationAccounts from './console-features/features/organization-accounts';

/** Organizations: the member accounts read into the tracker. */
export default defineUnlistedScript(() =>
  startConsoleApp('organizations', [
    reportPage,
    watchSuccess,
    organizationAccounts,
  ]),
);
