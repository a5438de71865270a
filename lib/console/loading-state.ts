/**
 * Whether the page says it is still loading something: Cloudscape's loading status indicator and
 * spinner, and the ARIA ways of saying so. An empty policy editor means "no policy" only once the
 * page says nothing of the kind (S3 shows an empty editor for a bucket without a policy).
 */
const loadingSelector = [
  '[class*="awsui_status-loading_"]',
  // Spinner: its two half circles (the root's class is only `awsui_root_…`).
  '[class*="awsui_circle-left_"]',
  '[aria-busy="true"]',
  '[role="progressbar"]',
].join(', ');

/** True while something under `root` shows a loading status (hidden elements don't count). */
export function pageShowsLoading(root: ParentNode): boolean {
  for (const element of Array.from(root.querySelectorAll(loadingSelector))) {
    if (element.closest('[hidden], [aria-hidden="true"]')) continue;
    return true;
  }
  return false;
}
