import { startConsoleApp } from '@/page-runtime/console-app';
import reportPage from './console-features/features/report-page';
import watchSuccess from './console-features/features/watch-success';
import dataExportCreate from './console-features/features/data-export-create';
import dataExportsRead from './console-features/features/data-exports-read';

/** Billing and Cost Management: the Data Export created and read back. */
export default defineUnlistedScript(() =>
  startConsoleApp('billing', [
    reportPage,
    watchSuccess,
    dataExportCreate,
    dataExportsRead,
  ]),
);
