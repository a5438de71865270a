import { pageReport } from '@/page-runtime/page-report';
import { providePageReport } from '@/page-runtime/problem-shown';

/**
 * "Report a problem": the page's redacted report, loaded only when someone asks for one (the side
 * panel, or our notice in the page), so no console page carries it otherwise. Injected with
 * `scripting.executeScript`, whose result is the report built now.
 */
export default defineUnlistedScript(() => {
  providePageReport(pageReport);
  return pageReport();
});
