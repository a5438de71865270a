import { describeCharacters, textValue } from './text-rules';

const exportNameCharacter = /[0-9A-Za-z!\-_.*'()]/;

/** A Data Exports export name: 1–128 of letters, digits and ! - _ . * ' ( ). */
export const exportNameSchema = textValue({
  missing: 'Enter the data export name, e.g. billing-111122223333 (Billing and Cost Management → Data Exports, column "Export name").',
  rules: [
    {
      broken: (value) => /[^0-9A-Za-z!\-_.*'()]/.test(value),
      message: (value) => {
        const suggestion = value.replace(/[^0-9A-Za-z!\-_.*'()]+/g, '-').replace(/^-+|-+$/g, '');
        return `Data export names can only use letters, numbers and ! - _ . * ' ( ), not ${describeCharacters(value, exportNameCharacter)}${
          suggestion ? `: use ${suggestion}` : ''
        }.`;
      },
    },
    {
      broken: (value) => value.length > 128,
      message: (value) => `Data export names are at most 128 characters long; this one has ${value.length}.`,
    },
  ],
});

// The FinOps (OptScale) backend accepts the prefix only if it matches ^[a-zA-Z0-9!_.*'()\-\\/|+=:]+$.
const backendPrefixCharacter = /[a-zA-Z0-9!_.*'()\-\\/|+=:]/;

/**
 * People paste the prefix in many shapes (`s3://bucket/reports/`, `/reports`); the platform wants it
 * exactly as configured in the export: no scheme, no bucket, no leading or trailing slash.
 */
export const normaliseExportPathPrefix = (input: string): string =>
  input
    .trim()
    .replace(/^s3:\/\/[^/]*\/?/i, '')
    .replace(/^arn:aws[\w-]*:s3:::[^/]*\/?/, '')
    .replace(/^\/+|\/+$/g, '');

/** The S3 path prefix of a data export, e.g. `reports` or `finops/reports`. */
export const exportPathPrefixSchema = textValue({
  missing: 'Enter the S3 path prefix exactly as set in the data export, e.g. reports.',
  normalise: normaliseExportPathPrefix,
  rules: [
    {
      broken: (value) => /[^a-zA-Z0-9!_.*'()\-\\/|+=:]/.test(value),
      message: (value) =>
        `The FinOps platform rejects an S3 path prefix with ${describeCharacters(value, backendPrefixCharacter)}. Use letters, numbers, "/" and ! _ . * ' ( ) - | + = : only, and set the same prefix in the data export.`,
    },
    {
      broken: (value) => value.length > 255,
      message: (value) => `The FinOps platform accepts an S3 path prefix of at most 255 characters; this one has ${value.length}.`,
    },
  ],
});
