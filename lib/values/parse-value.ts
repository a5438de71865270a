import type { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { accessKeyIdSchema, secretAccessKeySchema } from './access-keys';
import { accountIdSchema } from './account-id';
import { bucketNameSchema } from './bucket-name';
import { exportNameSchema, exportPathPrefixSchema } from './data-export';
import { dataSourceNameSchema } from './data-source-name';
import { curVersionSchema } from './export-type';
import { externalIdSchema } from './external-id';
import { principalArnSchema, roleArnSchema, trustedPrincipalSchema, userArnSchema } from './iam-arns';
import { policyNameSchema, roleNameSchema, userNameSchema } from './iam-names';
import { regionSchema } from './region';

/** Every value the onboarding flow reads, checks or hands over, by kind. Each parses to a normalised string. */
export const valueSchemas = {
  accountId: accountIdSchema,
  bucketName: bucketNameSchema,
  exportName: exportNameSchema,
  exportPathPrefix: exportPathPrefixSchema,
  curVersion: curVersionSchema,
  roleName: roleNameSchema,
  roleArn: roleArnSchema,
  userName: userNameSchema,
  userArn: userArnSchema,
  policyName: policyNameSchema,
  principalArn: principalArnSchema,
  trustedPrincipal: trustedPrincipalSchema,
  externalId: externalIdSchema,
  region: regionSchema,
  accessKeyId: accessKeyIdSchema,
  secretAccessKey: secretAccessKeySchema,
  dataSourceName: dataSourceNameSchema,
} as const satisfies Record<string, z.ZodType<string, unknown>>;

export type ValueKind = keyof typeof valueSchemas;

/** What each kind is called in the console and in messages. */
export const valueLabels: Record<ValueKind, string> = {
  accountId: 'AWS account ID',
  bucketName: 'S3 bucket name',
  exportName: 'Data export name',
  exportPathPrefix: 'S3 path prefix',
  curVersion: 'Export type',
  roleName: 'IAM role name',
  roleArn: 'Role ARN',
  userName: 'IAM user name',
  userArn: 'User ARN',
  policyName: 'IAM policy name',
  principalArn: 'Role or user ARN',
  trustedPrincipal: 'Trusted principal',
  externalId: 'External ID',
  region: 'AWS region',
  accessKeyId: 'Access key ID',
  secretAccessKey: 'Secret access key',
  dataSourceName: 'Data source name',
};

/** `bucketName` → `invalid-bucket-name`: the Problem code when a value of that kind is rejected. */
export const invalidValueCode = (kind: ValueKind): string => `invalid-${kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** Checks and normalises one value; the problem message says what is wrong and what to enter. */
export const parseValue = (kind: ValueKind, input: unknown): Result<string> => {
  const parsed = valueSchemas[kind].safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return fail(invalidValueCode(kind), parsed.error.issues[0]?.message ?? `Check the ${valueLabels[kind]}.`);
};
