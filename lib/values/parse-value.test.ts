import { describe, expect, it } from 'vitest';
import { parseValue, valueSchemas, type ValueKind } from './index';

/** [input, normalised value] */
type Good = [unknown, string];
/** [input, a fragment the message must contain] */
type Bad = [unknown, string | RegExp];

const table: Record<ValueKind, { good: Good[]; bad: Bad[] }> = {
  curVersion: {
    good: [
      ['2', '2'],
      [1, '1'],
      [' 1 ', '1'],
      ['Legacy CUR export', '1'],
      ['Standard data export', '2'],
    ],
    bad: [
      ['', '2 for a standard data export (CUR 2.0), 1 for a legacy CUR export'],
      ['3', 'Choose the export type'],
      ['Cost and usage dashboard powered by QuickSight', 'Choose the export type'],
    ],
  },
  accountId: {
    good: [
      ['111122223333', '111122223333'],
      ['1111-2222-3333', '111122223333'],
      [' 1111 2222 3333 ', '111122223333'],
      ['1111 - 2222 - 3333', '111122223333'],
    ],
    bad: [
      ['', 'Enter the 12-digit AWS account ID'],
      [undefined, 'Enter the 12-digit AWS account ID'],
      [123456789012, 'Enter the 12-digit AWS account ID'],
      ['1111-2222-333', '12 digits; this one has 11'],
      ['1111222233334', 'this one has 13'],
      ['1111-2222-333O', 'digits only'],
      ['arn:aws:iam::111122223333:root', 'the account ID in it is 111122223333'],
    ],
  },
  bucketName: {
    good: [
      ['billing-export-111122223333', 'billing-export-111122223333'],
      ['  my.billing.bucket ', 'my.billing.bucket'],
      ['abc', 'abc'],
      ['a'.repeat(63), 'a'.repeat(63)],
      ['1-billing', '1-billing'],
    ],
    bad: [
      ['', 'Enter the S3 bucket name'],
      ['Billing-Export-111122223333', "Bucket names can't contain uppercase letters: use billing-export-111122223333."],
      ['billing_export_111122223333', 'not "_": use billing-export-111122223333'],
      ['billing export', 'not spaces: use billing-export'],
      ['ab', '3 to 63 characters'],
      ['a'.repeat(64), 'at most 63 characters'],
      ['-billing', 'start and end with a lowercase letter or a number: use billing'],
      ['billing.', 'start and end'],
      ['billing..export', "two dots in a row: use billing.export"],
      ['192.168.5.4', 'IP address'],
      ['xn--billing', 'start with "xn--"'],
      ['sthree-billing', 'start with "sthree-"'],
      ['amzn-s3-demo-billing', 'start with "amzn-s3-demo-"'],
      ['billing-s3alias', 'end with "-s3alias"'],
      ['billing--ol-s3', 'end with "--ol-s3"'],
      ['billing.mrap', 'end with ".mrap"'],
      ['billing--x-s3', 'end with "--x-s3"'],
      ['billing--table-s3', 'end with "--table-s3"'],
      ['s3://billing-export-111122223333/reports', 'bucket name only, without "s3://" or the ARN: billing-export-111122223333'],
      ['arn:aws:s3:::billing-export-111122223333', 'bucket name only'],
    ],
  },
  exportName: {
    good: [
      ['billing-111122223333', 'billing-111122223333'],
      ["Billing_(CUR2).export*'!", "Billing_(CUR2).export*'!"],
      ['x'.repeat(128), 'x'.repeat(128)],
    ],
    bad: [
      ['', 'Enter the data export name'],
      ['billing export', 'not spaces: use billing-export'],
      ['billing/export', 'not "/"'],
      ['x'.repeat(129), 'at most 128 characters'],
    ],
  },
  exportPathPrefix: {
    good: [
      ['reports', 'reports'],
      ['/reports/', 'reports'],
      ['finops/reports', 'finops/reports'],
      ['s3://billing-export-111122223333/reports/', 'reports'],
      ['S3://billing-export-111122223333/a/b/', 'a/b'],
      ['arn:aws:s3:::billing-export-111122223333/reports', 'reports'],
      ["a!_.*'()-\\|+=:b", "a!_.*'()-\\|+=:b"],
      ['p'.repeat(255), 'p'.repeat(255)],
    ],
    bad: [
      ['', 'Enter the S3 path prefix'],
      ['///', 'Enter the S3 path prefix'],
      ['s3://billing-export-111122223333/', 'Enter the S3 path prefix'],
      ['my reports', 'rejects an S3 path prefix with spaces'],
      ['cost~reports', 'with "~"'],
      ['rapports-coûts', 'with "û"'],
      ['a$b&c#d%e', '"$", "&", "#", "%"'],
      ['p'.repeat(256), 'at most 255 characters'],
    ],
  },
  roleName: {
    good: [
      ['FinOpsForCloudAccessRole', 'FinOpsForCloudAccessRole'],
      ['a+b=c,d.e@f_g-h', 'a+b=c,d.e@f_g-h'],
      ['r'.repeat(64), 'r'.repeat(64)],
    ],
    bad: [
      ['', 'Enter the IAM role name'],
      ['FinOps Role', 'not spaces: use FinOps-Role'],
      ['r'.repeat(65), 'at most 64 characters'],
      ['arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole', 'enter just the role name: FinOpsForCloudAccessRole'],
    ],
  },
  userName: {
    good: [['FinOpsForCloudUser', 'FinOpsForCloudUser']],
    bad: [
      ['', 'Enter the IAM user name'],
      ['FinOps/User', 'not "/"'],
      ['u'.repeat(65), 'at most 64 characters'],
    ],
  },
  policyName: {
    good: [
      ['FinOpsForCloudBillingImport', 'FinOpsForCloudBillingImport'],
      ['p'.repeat(128), 'p'.repeat(128)],
    ],
    bad: [
      ['', 'Enter the IAM policy name'],
      ['p'.repeat(129), 'at most 128 characters'],
      ['Billing:Import', 'not ":"'],
    ],
  },
  roleArn: {
    good: [
      ['arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole', 'arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole'],
      [' arn:aws:iam::111122223333:role/finops/teams/Reader ', 'arn:aws:iam::111122223333:role/finops/teams/Reader'],
      ['arn:aws-us-gov:iam::111122223333:role/Reader', 'arn:aws-us-gov:iam::111122223333:role/Reader'],
    ],
    bad: [
      ['', 'Enter the role ARN'],
      ['arn:aws:iam::111122223333:user/FinOpsForCloudUser', 'That is a user ARN; a role ARN is needed'],
      ['arn:aws:sts::111122223333:assumed-role/Admin/jane', "The role's ARN is arn:aws:iam::111122223333:role/Admin"],
      ['arn:aws:iam::11112222333:role/Reader', 'A role ARN looks like'],
      ['FinOpsForCloudAccessRole', 'A role ARN looks like'],
      ['arn:aws:iam::111122223333:role/Bad Name', 'A role ARN looks like'],
      [`arn:aws:iam::111122223333:role/${'p/'.repeat(300)}Reader`, 'A role ARN looks like'],
    ],
  },
  userArn: {
    good: [['arn:aws:iam::111122223333:user/FinOpsForCloudUser', 'arn:aws:iam::111122223333:user/FinOpsForCloudUser']],
    bad: [
      ['', 'Enter the user ARN'],
      ['arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole', 'That is a role ARN; a user ARN is needed'],
      ['arn:aws:iam::111122223333:group/Readers', 'A user ARN looks like'],
    ],
  },
  principalArn: {
    good: [
      ['arn:aws:iam::111122223333:role/Azure-Cost-Mgt', 'arn:aws:iam::111122223333:role/Azure-Cost-Mgt'],
      ['arn:aws:iam::111122223333:user/cloudyn', 'arn:aws:iam::111122223333:user/cloudyn'],
    ],
    bad: [
      ['', 'Enter the ARN of the read-only role or user'],
      ['arn:aws:iam::111122223333:root', 'Enter a role or user ARN'],
      ['arn:aws:sts::111122223333:assumed-role/Reader/s', 'arn:aws:iam::111122223333:role/Reader'],
    ],
  },
  trustedPrincipal: {
    good: [
      ['6540-3504-9067', 'arn:aws:iam::654035049067:root'],
      ['arn:aws:iam::654035049067:user/ffc-service-user', 'arn:aws:iam::654035049067:user/ffc-service-user'],
      ['arn:aws:iam::654035049067:role/optscale', 'arn:aws:iam::654035049067:role/optscale'],
      ['arn:aws:iam::654035049067:root', 'arn:aws:iam::654035049067:root'],
    ],
    bad: [
      ['', 'Enter the AWS account ID or the ARN'],
      ['*', 'any AWS account'],
      ['6540-3504-906', '"6540-3504-906" is neither'],
      ['arn:aws:s3:::bucket', 'IAM account, role or user ARN'],
    ],
  },
  externalId: {
    good: [
      ['Contoso12345', 'Contoso12345'],
      ['ab', 'ab'],
      ['a+b=c,d.e@f:g/h_i-j', 'a+b=c,d.e@f:g/h_i-j'],
      ['e'.repeat(1224), 'e'.repeat(1224)],
    ],
    bad: [
      ['', 'Enter the External ID'],
      ['a', 'at least 2 characters'],
      ['Contoso 123', 'not spaces'],
      ['e'.repeat(1225), 'at most 1,224 characters'],
    ],
  },
  region: {
    good: [
      ['us-east-1', 'us-east-1'],
      ['eu-central-2', 'eu-central-2'],
      ['ap-southeast-5', 'ap-southeast-5'],
      ['us-gov-west-1', 'us-gov-west-1'],
      ['cn-northwest-1', 'cn-northwest-1'],
    ],
    bad: [
      ['', 'Enter the AWS region code'],
      ['Europe (Ireland) eu-west-1', 'Enter the region code only: eu-west-1'],
      ['Europe (Ireland)', 'Region codes look like us-east-1'],
      ['us-east', 'not an AWS region code'],
    ],
  },
  accessKeyId: {
    good: [['AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'], [' AKIAIOSFODNN7EXAMPLE\n', 'AKIAIOSFODNN7EXAMPLE']],
    bad: [
      ['', 'Enter the access key ID'],
      ['ASIAIOSFODNN7EXAMPLE', 'temporary key'],
      ['AKIAIOSFODNN7EXAMPL', 'has 19 characters'],
      ['akiaiosfodnn7example', 'has 20 characters'],
      ['AIDAIOSFODNN7EXAMPLE', 'starts differently'],
      ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'looks like the secret access key'],
    ],
  },
  secretAccessKey: {
    good: [['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']],
    bad: [
      ['', 'Enter the secret access key'],
      ['AKIAIOSFODNN7EXAMPLE', 'That is the access key ID'],
      ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE', 'this one has 39'],
      ['wJalrXUtnFEMI/K7MDENG-bPxRfiCYEXAMPLEKEY', 'and other characters'],
    ],
  },
  dataSourceName: {
    good: [[' AWS 111122223333 ', 'AWS 111122223333']],
    bad: [
      ['  ', 'Enter a name for this data source'],
      ['n'.repeat(256), 'at most 255 characters'],
    ],
  },
};

const show = (value: unknown) => (typeof value === 'string' && value.length > 40 ? `${value.slice(0, 12)}… (${value.length})` : JSON.stringify(value));

describe.each(Object.keys(valueSchemas) as ValueKind[])('%s', (kind) => {
  const { good, bad } = table[kind];

  it('has good and bad examples', () => {
    expect(good.length).toBeGreaterThan(0);
    expect(bad.length).toBeGreaterThan(1);
  });

  it.each(good.map(([input, expected]) => [show(input), input, expected] as const))('accepts %s', (_, input, expected) => {
    expect(parseValue(kind, input)).toEqual({ ok: true, value: expected });
  });

  it.each(bad.map(([input, fragment]) => [show(input), input, fragment] as const))('rejects %s', (_, input, fragment) => {
    const result = parseValue(kind, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(`invalid-${kind.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    expect(result.problem.message).toMatch(typeof fragment === 'string' ? new RegExp(fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : fragment);
    // Every message ends like a sentence, so it reads well in the side panel.
    expect(result.problem.message).toMatch(/[.)]$/);
  });
});
