import { describeCharacters, textValue, type TextRule } from './text-rules';

const iamNameCharacter = /[\w+=,.@-]/;

const iamNameRules = (thing: 'role' | 'user' | 'policy', maxLength: number): TextRule[] => [
  {
    broken: (value) => value.startsWith('arn:'),
    message: (value) => {
      const name = value.split('/').pop() ?? '';
      return `That is an ARN; enter just the ${thing} name${name ? `: ${name}` : ''}.`;
    },
  },
  {
    broken: (value) => /[^\w+=,.@-]/.test(value),
    message: (value) =>
      `IAM ${thing} names can use letters, numbers and + = , . @ _ - only, not ${describeCharacters(value, iamNameCharacter)}: use ${value.replace(
        /[^\w+=,.@-]+/g,
        '-',
      )}.`,
  },
  {
    broken: (value) => value.length > maxLength,
    message: (value) => `IAM ${thing} names are at most ${maxLength} characters long; this one has ${value.length}.`,
  },
];

/** e.g. `FinOpsForCloudAccessRole` */
export const roleNameSchema = textValue({
  missing: 'Enter the IAM role name, e.g. FinOpsForCloudAccessRole.',
  rules: iamNameRules('role', 64),
});

/** e.g. `FinOpsForCloudUser` */
export const userNameSchema = textValue({
  missing: 'Enter the IAM user name, e.g. FinOpsForCloudUser.',
  rules: iamNameRules('user', 64),
});

/** e.g. `FinOpsForCloudBillingImport` */
export const policyNameSchema = textValue({
  missing: 'Enter the IAM policy name, e.g. FinOpsForCloudBillingImport.',
  rules: iamNameRules('policy', 128),
});
