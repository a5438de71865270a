import { recognisePage, type PageId } from './pages';

/**
 * The console apps we work in. Each gets its own features script (console-APP.js), injected by the
 * background into a tab showing one of its pages, so a console page loads only its app's features.
 * An app's pages share one document as the console routes inside it (IAM's hash routes, S3's
 * history routes); going to another app loads a new page.
 */
export type ConsoleApp = 'iam' | 's3' | 'billing' | 'cloudformation' | 'organizations';

/** Every recognised page belongs to exactly one app (the type makes a new page say which). */
export const appOfPage: Record<PageId, ConsoleApp> = {
  'iam-create-policy': 'iam',
  'iam-create-role': 'iam',
  'iam-role-details': 'iam',
  'iam-create-user': 'iam',
  'iam-user-details': 'iam',
  'iam-user-security-credentials': 'iam',
  'iam-create-access-key': 'iam',
  's3-create-bucket': 's3',
  's3-bucket-permissions': 's3',
  's3-edit-bucket-policy': 's3',
  'data-exports-list': 'billing',
  'data-exports-create': 'billing',
  'data-exports-details': 'billing',
  'legacy-cur-reports': 'billing',
  'billing-console': 'billing',
  'organizations-accounts': 'organizations',
  'cloudformation-create-stack': 'cloudformation',
  'cloudformation-create-stack-set': 'cloudformation',
  'cloudformation-stack-set-details': 'cloudformation',
  'cloudformation-stack-set-instances': 'cloudformation',
};

/** The app whose features want this URL, if any: undefined for every page no feature works on. */
export function consoleAppOf(url: URL | string): ConsoleApp | undefined {
  const match = recognisePage(url);
  return match ? appOfPage[match.page] : undefined;
}

/** The script the background injects for an app (an unlisted entrypoint of the same name). */
export const consoleAppScript = (app: ConsoleApp) => `/console-${app}.js` as const;
