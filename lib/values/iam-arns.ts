import { z } from 'zod';
import { accountIdSchema } from './account-id';
import { textValue, type TextRule } from './text-rules';

type IamEntity = 'role' | 'user';

/** The parts of an IAM role or user ARN that the flow needs. */
export interface IamArnParts {
  arn: string;
  partition: string;
  accountId: string;
  /** `/` or `/some/path/` (at most 512 characters). */
  path: string;
  name: string;
}

const iamArnPattern = (entity: IamEntity) =>
  new RegExp(`^arn:(aws|aws-cn|aws-us-gov):iam::(\\d{12}):${entity}(/(?:[\\u0021-\\u007E]{1,510}/)?)([\\w+=,.@-]{1,64})$`);

const matchIamArn = (entity: IamEntity, value: string): IamArnParts | undefined => {
  const match = iamArnPattern(entity).exec(value);
  if (!match) return undefined;
  const [arn, partition = '', accountId = '', path = '/', name = ''] = match;
  return { arn, partition, accountId, path, name };
};

const example = { role: 'arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole', user: 'arn:aws:iam::111122223333:user/FinOpsForCloudUser' };
const whereToCopy = { role: "the role's Summary page", user: "the user's Summary page" };

const iamArnRules = (entity: IamEntity): TextRule[] => [
  {
    broken: (value) => /^arn:[\w-]+:sts::\d{12}:assumed-role\//.test(value),
    message: (value) => {
      const [, partition, accountId, roleName] = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)/.exec(value) ?? [];
      return `That is the ARN of a signed-in session, not of the ${entity}. The role's ARN is arn:${partition}:iam::${accountId}:role/${roleName} (with its path, if it has one), on ${whereToCopy.role}.`;
    },
  },
  {
    broken: (value) => matchIamArn(entity === 'role' ? 'user' : 'role', value) !== undefined,
    message: () => `That is ${entity === 'role' ? 'a user' : 'a role'} ARN; a ${entity} ARN is needed here, like ${example[entity]}.`,
  },
  {
    broken: (value) => matchIamArn(entity, value) === undefined,
    message: () => `A ${entity} ARN looks like ${example[entity]}. Copy it from ${whereToCopy[entity]} in IAM.`,
  },
];

const iamArnPartsSchema = (entity: IamEntity) =>
  textValue({ missing: `Enter the ${entity} ARN, e.g. ${example[entity]}.`, rules: iamArnRules(entity) }).transform(
    (value) => matchIamArn(entity, value) as IamArnParts,
  );

/** A role ARN with its account, path and name parsed out. */
export const roleArnPartsSchema = iamArnPartsSchema('role');
/** A user ARN with its account, path and name parsed out. */
export const userArnPartsSchema = iamArnPartsSchema('user');

export const roleArnSchema = roleArnPartsSchema.transform((parts) => parts.arn);
export const userArnSchema = userArnPartsSchema.transform((parts) => parts.arn);

/** A role or a user ARN: the read-only identity a platform such as Cloudyn signs in as. */
export const principalArnSchema = textValue({
  missing: `Enter the ARN of the read-only role or user, e.g. ${example.role}.`,
  rules: [
    iamArnRules('role')[0] as TextRule,
    {
      broken: (value) => matchIamArn('role', value) === undefined && matchIamArn('user', value) === undefined,
      message: () => `Enter a role or user ARN, like ${example.role}. Copy it from the Summary page in IAM.`,
    },
  ],
});

const accountRootPattern = /^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:root$/;

/**
 * Who may assume the platform's role: an account ID (normalised to `arn:aws:iam::ID:root`, the way
 * IAM stores it) or a role, user or account-root ARN. `*` is refused: it would let anyone in.
 */
export const trustedPrincipalSchema = z.string({ error: 'Enter the AWS account ID or the ARN the platform signs in as.' }).transform((input, context) => {
  const value = input.trim();
  if (value === '') {
    context.addIssue({ code: 'custom', message: 'Enter the AWS account ID or the ARN the platform signs in as.' });
    return z.NEVER;
  }
  if (value === '*') {
    context.addIssue({ code: 'custom', message: 'A trusted principal of "*" would let any AWS account assume the role. Enter the platform\'s account ID or ARN.' });
    return z.NEVER;
  }
  if (value.startsWith('arn:')) {
    if (accountRootPattern.test(value) || matchIamArn('role', value) || matchIamArn('user', value)) return value;
    context.addIssue({
      code: 'custom',
      message: 'The trusted principal must be an account ID or an IAM account, role or user ARN, like arn:aws:iam::654035049067:user/ffc-service-user.',
    });
    return z.NEVER;
  }
  const account = accountIdSchema.safeParse(value);
  if (!account.success) {
    context.addIssue({
      code: 'custom',
      message: `Enter the platform's 12-digit AWS account ID (e.g. 6540-3504-9067) or the ARN it signs in as (e.g. arn:aws:iam::654035049067:user/ffc-service-user); "${value}" is neither.`,
    });
    return z.NEVER;
  }
  return `arn:aws:iam::${account.data}:root`;
});

/** The account and name in a role ARN, or undefined when it isn't one. */
export const parseRoleArnParts = (arn: string): IamArnParts | undefined => matchIamArn('role', arn.trim());
/** The account and name in a user ARN, or undefined when it isn't one. */
export const parseUserArnParts = (arn: string): IamArnParts | undefined => matchIamArn('user', arn.trim());
