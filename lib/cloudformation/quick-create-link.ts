import { fail, ok, type Result } from '../result';
import type { AccountTemplate } from './account-template';

export interface QuickCreateLinkInput {
  /** Where the person hosts the template: an HTTPS URL of an object in S3. */
  templateUrl: string;
  /** The stack name the console suggests; the template's suggestion unless given. */
  stackName?: string;
  /** Values to prefill, by parameter name; only parameters the template has. */
  parameters?: Record<string, string>;
  region?: string;
}

const stackNamePattern = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;

/** S3 object URLs: virtual-hosted (`bucket.s3.region.amazonaws.com/key`) or path style (`s3.region.amazonaws.com/bucket/key`). */
const isS3ObjectUrl = (url: URL) => /(^|\.)s3([.-][a-z0-9-]+)*\.amazonaws\.com$/.test(url.hostname) && url.pathname.length > 1;

/**
 * A CloudFormation console link that opens "Quick create stack" with the template, stack name and
 * parameters filled in: the person reviews, ticks the IAM acknowledgement and creates. The console
 * only loads templates from S3, so the person hosts the template file there first.
 */
export function quickCreateLink(account: AccountTemplate, input: QuickCreateLinkInput): Result<string> {
  let templateUrl: URL;
  try {
    templateUrl = new URL(input.templateUrl.trim());
  } catch {
    return fail('invalid-template-url', 'Enter the template\'s S3 object URL, e.g. https://my-bucket.s3.us-east-1.amazonaws.com/finops-for-cloud-member-role.yaml.');
  }
  if (templateUrl.protocol !== 'https:' || !isS3ObjectUrl(templateUrl)) {
    return fail(
      'template-url-not-s3',
      `The CloudFormation console only loads templates from S3 over HTTPS; "${input.templateUrl.trim()}" isn't an S3 object URL. Upload the template to a bucket and copy its Object URL.`,
    );
  }
  const stackName = (input.stackName ?? account.stackName).trim();
  if (!stackNamePattern.test(stackName)) {
    return fail('invalid-stack-name', `A stack name starts with a letter and has up to 128 letters, numbers and hyphens; "${stackName}" doesn't. Try ${account.stackName}.`);
  }
  const known = new Set(account.parameters.map((parameter) => parameter.name));
  const unknown = Object.keys(input.parameters ?? {}).find((name) => !known.has(name));
  if (unknown !== undefined) {
    return fail('unknown-parameter', `The template has no parameter "${unknown}"; it has ${known.size > 0 ? [...known].join(', ') : 'none'}.`);
  }
  const region = input.region ?? 'us-east-1';
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) return fail('invalid-region', `"${region}" isn't an AWS region code such as us-east-1.`);

  const query = [
    `templateURL=${encodeURIComponent(templateUrl.href)}`,
    `stackName=${encodeURIComponent(stackName)}`,
    ...Object.entries(input.parameters ?? {}).map(([name, value]) => `param_${name}=${encodeURIComponent(value)}`),
  ].join('&');
  return ok(`https://console.aws.amazon.com/cloudformation/home?region=${region}#/stacks/create/review?${query}`);
}
