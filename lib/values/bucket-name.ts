import { describeCharacters, textValue, type TextRule } from './text-rules';

const reservedPrefixes = ['xn--', 'sthree-', 'amzn-s3-demo-'] as const;
// --x-s3 is for directory buckets, --table-s3 for S3 Tables, the rest for access points and MRAPs.
const reservedSuffixes = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'] as const;

const allowedCharacter = /[a-z0-9.-]/;

/**
 * The general purpose bucket naming rules, checked in the order a person would fix them.
 * `suggestion` is computed separately so every rule can offer the same corrected name.
 */
const bucketRules = (withSuggestion: (value: string, text: string) => string): TextRule[] => [
  {
    broken: (value) => /^s3:\/\/|^arn:aws[\w-]*:s3:::/.test(value),
    message: (value) => {
      const name = value.replace(/^s3:\/\/|^arn:aws[\w-]*:s3:::/, '').split('/')[0] ?? '';
      return `Enter the bucket name only, without "s3://" or the ARN: ${name}.`;
    },
  },
  {
    broken: (value) => /[A-Z]/.test(value),
    message: (value) => withSuggestion(value, "Bucket names can't contain uppercase letters"),
  },
  {
    broken: (value) => /[^a-z0-9.-]/.test(value),
    message: (value) =>
      withSuggestion(value, `Bucket names can only contain lowercase letters, numbers, dots and hyphens, not ${describeCharacters(value, allowedCharacter)}`),
  },
  {
    broken: (value) => value.length < 3,
    message: (value) => `Bucket names are 3 to 63 characters long; "${value}" has ${value.length}.`,
  },
  {
    broken: (value) => value.length > 63,
    message: (value) => withSuggestion(value, `Bucket names are at most 63 characters long; this one has ${value.length}`),
  },
  {
    broken: (value) => !/^[a-z0-9]/.test(value) || !/[a-z0-9]$/.test(value),
    message: (value) => withSuggestion(value, 'Bucket names must start and end with a lowercase letter or a number'),
  },
  {
    broken: (value) => value.includes('..'),
    message: (value) => withSuggestion(value, "Bucket names can't contain two dots in a row"),
  },
  {
    broken: (value) => /^\d{1,3}(\.\d{1,3}){3}$/.test(value),
    message: () => "Bucket names can't look like an IP address (e.g. 192.168.5.4). Try billing-export-ACCOUNTID.",
  },
  {
    broken: (value) => reservedPrefixes.some((prefix) => value.startsWith(prefix)),
    message: (value) =>
      `Bucket names can't start with "${reservedPrefixes.find((prefix) => value.startsWith(prefix))}": AWS reserves it. Try billing-export-ACCOUNTID.`,
  },
  {
    broken: (value) => reservedSuffixes.some((suffix) => value.endsWith(suffix)),
    message: (value) =>
      `Bucket names can't end with "${reservedSuffixes.find((suffix) => value.endsWith(suffix))}": AWS reserves it for other kinds of S3 resource. Choose another name.`,
  },
];

const brokenRule = (value: string) => bucketRules((_, text) => text).find((rule) => rule.broken(value));

/**
 * A valid bucket name close to what was typed (`Billing_Export` → `billing-export`), or undefined
 * when no safe correction exists.
 */
export const suggestBucketName = (input: string): string | undefined => {
  const suggestion = input
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .slice(0, 63)
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return suggestion !== input && brokenRule(suggestion) === undefined ? suggestion : undefined;
};

const withSuggestion = (value: string, text: string): string => {
  const suggestion = suggestBucketName(value);
  return suggestion ? `${text}: use ${suggestion}.` : `${text}.`;
};

/** An S3 general purpose bucket name, e.g. `billing-export-111122223333`. */
export const bucketNameSchema = textValue({
  missing: 'Enter the S3 bucket name, e.g. billing-export-111122223333.',
  rules: bucketRules(withSuggestion),
});
