import { describe, expect, it } from 'vitest';
import { valueSchemas } from '../values';
import {
  accountTypes,
  builtInPlatforms,
  cloudyn,
  connectFormFor,
  customOptScalePlatform,
  finopsForCloud,
  type AuthMethod,
  type ConnectForm,
} from './index';

// The portal's form as read from the FinOps theme of softwareone-platform/optscale (facts.md §1).
const portalFields = {
  accountId: ['AWS Account ID', 'awsRoleAccountId', 'input_assume_role_account_id'],
  roleName: ['Assumed Role Name', 'awsRoleName', 'input_assume_role_name'],
  accessKeyId: ['AWS Access key ID', 'awsAccessKeyId', 'input_aws_access_key_id'],
  secretAccessKey: ['AWS secret access key', 'awsSecretAccessKey', 'input_secret_key'],
  exportName: ['Export name', 'exportName', 'input_export_name'],
  bucketName: ['Export Amazon S3 bucket name', 'bucketName', 'input_s3_bucket_name'],
  exportPathPrefix: ['Export path prefix', 'bucketPrefix', 'input_export_path_prefix'],
} as const;

const shape = (form: ConnectForm | undefined) =>
  form?.fields.filter((field) => field.key in portalFields).map((field) => [field.key, field.label, field.inputName, field.testId]);

describe('FinOps for Cloud connect form', () => {
  it.each([
    ['management', 'assumedRole', ['accountId', 'roleName', 'exportName', 'bucketName', 'exportPathPrefix']],
    ['standalone', 'assumedRole', ['accountId', 'roleName', 'exportName', 'bucketName', 'exportPathPrefix']],
    ['management', 'accessKey', ['accessKeyId', 'secretAccessKey', 'exportName', 'bucketName', 'exportPathPrefix']],
    ['standalone', 'accessKey', ['accessKeyId', 'secretAccessKey', 'exportName', 'bucketName', 'exportPathPrefix']],
    // A member account sends only its credentials; billing comes from the management account.
    ['member', 'assumedRole', ['accountId', 'roleName']],
    ['member', 'accessKey', ['accessKeyId', 'secretAccessKey']],
  ] as const)('%s × %s shows the portal’s own labels, names and test ids', (accountType, authMethod, keys) => {
    const form = connectFormFor(finopsForCloud, accountType, authMethod);
    expect(shape(form)).toEqual(keys.map((key) => [key, ...portalFields[key]]));
  });

  it('takes the export type from the account (CUR 2.0 by default), and only where billing is asked for', () => {
    for (const accountType of accountTypes) {
      for (const authMethod of ['assumedRole', 'accessKey'] as AuthMethod[]) {
        const exportType = connectFormFor(finopsForCloud, accountType, authMethod)?.fields.find((field) => field.key === 'exportType');
        if (accountType === 'member') expect(exportType).toBeUndefined();
        else expect(exportType).toMatchObject({ label: 'Export type', inputName: 'curVersion', control: 'radio', fill: { valueKind: 'curVersion' }, defaultValue: '2' });
      }
    }
  });

  it('reaches each form through the portal’s buttons', () => {
    expect(connectFormFor(finopsForCloud, 'member', 'accessKey')?.choices.map((choice) => choice.label)).toEqual(['AWS', 'Member', 'Access key']);
    expect(connectFormFor(finopsForCloud, 'management', 'assumedRole')?.choices.map((choice) => choice.testId)).toEqual([
      'btn_aws_account',
      'btn_management',
      'btn_assumedRole',
    ]);
  });

  it('keeps the secret access key in a masked field', () => {
    const secret = connectFormFor(finopsForCloud, 'standalone', 'accessKey')?.fields.find((field) => field.key === 'secretAccessKey');
    expect(secret?.control).toBe('secret');
  });
});

describe('Cloudyn connect form', () => {
  it('asks for the Role ARN, or the Access Key and Secret Key', () => {
    const labels = (authMethod: AuthMethod) => connectFormFor(cloudyn, 'standalone', authMethod)?.fields.map((field) => field.label);
    expect(labels('assumedRole')).toEqual(['Account Name', 'Role ARN']);
    expect(labels('accessKey')).toEqual(['Account Name', 'Access Key', 'Secret Key']);
  });
});

describe('every platform form', () => {
  const custom = customOptScalePlatform({ portalOrigin: 'https://optscale.example.com', trustedPrincipal: '444455556666' });
  const platforms = [...builtInPlatforms, ...(custom.ok ? [custom.value] : [])];

  it.each(platforms.map((platform) => [platform.displayName, platform] as const))('%s: has a form for every account type × method, filled by known value kinds', (_, platform) => {
    for (const accountType of platform.accountTypes) {
      for (const authMethod of platform.authMethods) {
        const form = connectFormFor(platform, accountType, authMethod);
        expect(form, `${accountType} × ${authMethod}`).toBeDefined();
        for (const field of form?.fields ?? []) {
          if ('valueKind' in field.fill) expect(Object.keys(valueSchemas)).toContain(field.fill.valueKind);
        }
      }
    }
  });

  it('self-hosted OptScale shows the same form as FinOps for Cloud', () => {
    expect(custom.ok && custom.value.connectForms).toEqual(finopsForCloud.connectForms);
  });
});
