import { textValue } from './text-rules';

/** The console shows account IDs as `1234-5678-9012`; AWS APIs and policies want 12 bare digits. */
export const accountIdSchema = textValue({
  missing: 'Enter the 12-digit AWS account ID, e.g. 1234-5678-9012 (it is in the account menu at the top right of the console).',
  normalise: (value) => value.replace(/[\s-]/g, ''),
  rules: [
    {
      broken: (value) => /^arn:/.test(value),
      message: (value) => {
        const account = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(value)?.[1];
        return account
          ? `That is an ARN, not an account ID: the account ID in it is ${account}.`
          : 'That is an ARN, not an account ID: enter the 12 digits of the account, e.g. 1234-5678-9012.';
      },
    },
    {
      broken: (value) => /\D/.test(value),
      message: () => 'An AWS account ID has digits only (dashes and spaces are fine), e.g. 1234-5678-9012.',
    },
    {
      broken: (value) => value.length !== 12,
      message: (value) => `An AWS account ID is 12 digits; this one has ${value.length}. Copy it from the account menu at the top right of the console.`,
    },
  ],
});

/** `123456789012` → `1234-5678-9012`, the way the console shows it. */
export const formatAccountIdForDisplay = (accountId: string): string =>
  /^\d{12}$/.test(accountId) ? `${accountId.slice(0, 4)}-${accountId.slice(4, 8)}-${accountId.slice(8)}` : accountId;
