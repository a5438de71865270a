import { textValue } from './text-rules';

/**
 * `AKIA…` is a long-term key of an IAM user; `ASIA…` is temporary: it belongs to a session, needs a
 * session token the platform's form has no field for, and stops working within hours.
 */
export type AccessKeyIdKind = 'long-term' | 'temporary';

export const accessKeyIdKind = (accessKeyId: string): AccessKeyIdKind | undefined => {
  const value = accessKeyId.trim();
  if (/^AKIA[A-Z0-9]{16}$/.test(value)) return 'long-term';
  if (/^ASIA[A-Z0-9]{16}$/.test(value)) return 'temporary';
  return undefined;
};

/** The access key ID of an IAM user, as the platform needs it: long-term (`AKIA` + 16 characters). */
export const accessKeyIdSchema = textValue({
  missing: 'Enter the access key ID of the IAM user (20 characters starting with AKIA).',
  rules: [
    {
      broken: (value) => accessKeyIdKind(value) === 'temporary',
      message: () =>
        'This access key ID starts with ASIA: it is a temporary key from a signed-in session and will stop working. Create an access key for the IAM user instead (its ID starts with AKIA).',
    },
    {
      broken: (value) => /^[A-Za-z0-9/+]{40}$/.test(value),
      message: () => 'That looks like the secret access key. The access key ID is the 20-character value starting with AKIA.',
    },
    {
      broken: (value) => accessKeyIdKind(value) === undefined,
      message: (value) =>
        `An access key ID is 20 uppercase letters and digits starting with AKIA; this one ${
          /^AKIA/i.test(value) ? `has ${value.length} characters` : 'starts differently'
        }. Copy it again from the IAM user's Security credentials tab.`,
    },
  ],
});

/** The secret that goes with an access key ID: 40 characters of A–Z a–z 0–9 / +. */
export const secretAccessKeySchema = textValue({
  missing: 'Enter the secret access key (40 characters, shown once when the access key was created).',
  rules: [
    {
      broken: (value) => accessKeyIdKind(value) !== undefined,
      message: () => 'That is the access key ID. The secret access key is the 40-character value shown next to it when the key was created.',
    },
    {
      broken: (value) => !/^[A-Za-z0-9/+]{40}$/.test(value),
      message: (value) =>
        `A secret access key is 40 characters of letters, digits, "/" and "+"; this one has ${value.length}${
          /[^A-Za-z0-9/+]/.test(value) ? ' and other characters' : ''
        }. If you no longer have it, create a new access key: AWS shows the secret only once.`,
    },
  ],
});
