import { browser } from 'wxt/browser';

/**
 * Every AWS API endpoint the checks call: sts., iam., and the bucket's `BUCKET.s3.REGION.` hosts.
 * Within the manifest's optional `https://*\/*`, asked for only when the person first verifies.
 */
export const awsApiOrigins = ['https://*.amazonaws.com/*'];

/**
 * Asks for access to the AWS APIs (resolves at once when already granted). Call it inside the
 * click, before anything is awaited: browsers only prompt during a user gesture.
 */
export function requestAwsAccess(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: awsApiOrigins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
