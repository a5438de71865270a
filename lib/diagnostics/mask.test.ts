import { describe, expect, it } from 'vitest';
import { maskSensitiveText, maskUrl } from './mask';

describe('maskUrl', () => {
  it.each([
    // Nothing to mask: route words and safe query values stay.
    [
      'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/policies/create?step=addPermissions',
      'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/policies/create?step=addPermissions',
    ],
    ['https://s3.console.aws.amazon.com/s3/bucket/create?region=us-east-1', 'https://s3.console.aws.amazon.com/s3/bucket/create?region=us-east-1'],
    // The multi-session host prefix carries the account ID.
    [
      'https://111122223333-abcd1234.us-east-1.console.aws.amazon.com/iam/home#/policies/create/',
      'https://<account>-<session>.us-east-1.console.aws.amazon.com/iam/home#/policies/create/',
    ],
    // Names in paths and hash routes.
    [
      'https://console.aws.amazon.com/iam/home#/roles/details/AcmeBillingReader?section=permissions',
      'https://console.aws.amazon.com/iam/home#/roles/details/<role>?section=permissions',
    ],
    [
      'https://console.aws.amazon.com/iamv2/home#/users/details/finops.user%40example.com?section=security_credentials',
      'https://console.aws.amazon.com/iamv2/home#/users/details/<user>?section=security_credentials',
    ],
    [
      'https://console.aws.amazon.com/iam/home?region=us-east-1#/users/details/AcmeFinopsUser/create-access-key',
      'https://console.aws.amazon.com/iam/home?region=us-east-1#/users/details/<user>/create-access-key',
    ],
    [
      'https://s3.console.aws.amazon.com/s3/buckets/acme-cur-data?region=eu-west-1&bucketType=general&tab=permissions',
      'https://s3.console.aws.amazon.com/s3/buckets/<bucket>?region=eu-west-1&bucketType=general&tab=permissions',
    ],
    [
      'https://111122223333-x9y8z7.s3.console.aws.amazon.com/s3/bucket/billing.export.data/property/policy/edit/',
      'https://<account>-<session>.s3.console.aws.amazon.com/s3/bucket/<bucket>/property/policy/edit/',
    ],
    [
      'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports/edit/acme-cur',
      'https://us-east-1.console.aws.amazon.com/costmanagement/home?region=us-east-1#/bcm-data-exports/edit/<export>',
    ],
    [
      'https://console.aws.amazon.com/costmanagement/home#/bcm-data-exports/details?exportName=acme-cur',
      'https://console.aws.amazon.com/costmanagement/home#/bcm-data-exports/details?exportName=<export>',
    ],
    [
      'https://us-west-2.console.aws.amazon.com/cloudformation/home?region=us-west-2#/stacksets/AcmeAccess:03c21087-af78-4b18-9090-fe342b7d1c57/info?permissions=service',
      'https://us-west-2.console.aws.amazon.com/cloudformation/home?region=us-west-2#/stacksets/<stack set>/info?permissions=service',
    ],
    [
      'https://console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/create',
      'https://console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacksets/create',
    ],
    [
      'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/quickcreate?templateURL=https%3A%2F%2Facme-templates.s3.amazonaws.com%2Ft.yaml&stackName=AcmeAccess&param_BucketName=acme-cur',
      'https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/quickcreate?templateURL=<template url>&stackName=<stack>&param_BucketName=<value 8 chars>',
    ],
    // Query values: safe shapes stay, IDs become placeholders, anything else its length.
    [
      'https://console.aws.amazon.com/iam/home#/roles/create?step=type&trustedEntityType=AWS_ACCOUNT&awsAccount=654035049067&isThirdParty=true&externalId=acme-1',
      'https://console.aws.amazon.com/iam/home#/roles/create?step=type&trustedEntityType=AWS_ACCOUNT&awsAccount=<account>&isThirdParty=true&externalId=<external id>',
    ],
    ['https://console.aws.amazon.com/iam/home?region=eu-west-1&search=acme#/roles', 'https://console.aws.amazon.com/iam/home?region=eu-west-1&search=<value 4 chars>#/roles'],
    ['https://console.aws.amazon.com/iam/home?region=not a region', 'https://console.aws.amazon.com/iam/home?region=<value 12 chars>'],
    // Pages we don't recognise: names by position, unknown segments by length.
    [
      'https://console.aws.amazon.com/iam/home#/policies/details/arn%3Aaws%3Aiam%3A%3A111122223333%3Apolicy%2FAcmeImport',
      'https://console.aws.amazon.com/iam/home#/policies/details/<policy>',
    ],
    ['https://s3.console.aws.amazon.com/s3/object/acme-cur-data?prefix=reports/', 'https://s3.console.aws.amazon.com/s3/<segment 6 chars>/<segment 13 chars>?prefix=<value 8 chars>'],
    ['https://console.aws.amazon.com/billing/home#acme', 'https://console.aws.amazon.com/billing/home#<fragment 4 chars>'],
  ])('%s', (url, masked) => {
    expect(maskUrl(url)).toBe(masked);
  });

  it('masks the names the page detectors read wherever they appear, not only where expected', () => {
    const url = 'https://s3.console.aws.amazon.com/s3/bucket/acme-cur-data/property/policy/edit?region=eu-west-1&from=acme-cur-data';
    expect(maskUrl(url)).toBe('https://s3.console.aws.amazon.com/s3/bucket/<bucket>/property/policy/edit?region=eu-west-1&from=<value 13 chars>');
    expect(maskUrl(url)).not.toContain('acme');
  });

  it('says an unreadable address is one, without repeating it', () => {
    expect(maskUrl('not a url 111122223333')).toBe('<unreadable URL 22 chars>');
  });
});

describe('maskSensitiveText', () => {
  it.each([
    ['role arn:aws:iam::111122223333:role/AcmeBillingReader here', 'role arn:aws:iam:<masked> here'],
    ['"Resource": "arn:aws-us-gov:s3:::acme-cur-data/*"', '"Resource": "arn:aws-us-gov:s3:<masked>"'],
    ['arn:aws:sts::111122223333:assumed-role/Admin/jane', 'arn:aws:sts:<masked>'],
    ['s3://acme-cur-data/reports/acme/', 's3://<bucket>/reports/acme/'],
    ['key AKIAIOSFODNN7EXAMPLE and ASIAY34FZKBOKMUTVV7A', 'key <access key id> and <access key id>'],
    ['secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.', 'secret <secret>.'],
    ['ids 111122223333, 1111-2222-3333 and 1111 2222 3333', 'ids <account>, <account> and <account>'],
    ['admin @ 1111-2222-3333', 'admin @ <account>'],
    ['mail jane.doe+finops@example.co.uk now', 'mail <email> now'],
    // Not IDs: other lengths, and mixed separators.
    ['1234567890123 and 12345678901 and 1111-22223333', '1234567890123 and 12345678901 and 1111-22223333'],
    ['awsui_code-editor_1gl9c_abc12_5 us-east-1', 'awsui_code-editor_1gl9c_abc12_5 us-east-1'],
  ])('%s', (text, masked) => {
    expect(maskSensitiveText(text)).toBe(masked);
  });

  it('masks known names in any case and URL-encoded, longest first', () => {
    const names = { bucketName: 'acme-logs', roleName: 'acme-logs-reader', userName: 'jo@example' };
    expect(maskSensitiveText('ACME-LOGS, acme-logs-reader, jo%40example', names)).toBe('<bucket>, <role>, <user>');
  });
});

describe('maskSensitiveText: the usual shapes of credentials and IDs (corpus)', () => {
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const keyId = 'AKIAIOSFODNN7EXAMPLE';
  const tempKeyId = 'ASIAY34FZKBOKMUTVV7A';
  // The two shapes STS session tokens have had (FwoGZXIvYXdzE… and IQoJb3JpZ2luX2Vj…), and a short one.
  const sessionToken =
    'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDz7example+TOKEN/partAAAAbbbbCCCCddddEEEEffffGGGG==';
  const oldSessionToken = 'FwoGZXIvYXdzEBYaDHhBTEXAMPLEz7+partTWO/0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL';
  const shortToken = 'AQoDYXdzEPT//////////wEXAMPLE';
  const account = '111122223333';
  const roleName = 'AcmeBillingReader';

  // Each entry: the text, and the pieces that must not survive masking.
  const corpus: [string, string[]][] = [
    // Shell exports and dotenv files.
    [`export AWS_SECRET_ACCESS_KEY=${secret}`, [secret]],
    [`AWS_SECRET_ACCESS_KEY="${secret}"`, [secret]],
    [`AWS_ACCESS_KEY_ID=${keyId}\nAWS_SECRET_ACCESS_KEY=${secret}\nAWS_SESSION_TOKEN=${sessionToken}`, [keyId, secret, sessionToken, 'IQoJb3JpZ2lu']],
    [`set AWS_SESSION_TOKEN=${shortToken}`, [shortToken, 'AQoDYXdz']],
    // ~/.aws/credentials (ini).
    [`[default]\naws_access_key_id = ${tempKeyId}\naws_secret_access_key = ${secret}\naws_session_token = ${oldSessionToken}`, [tempKeyId, secret, oldSessionToken, 'FwoGZXIv']],
    [`aws_session_token=${shortToken}`, [shortToken]],
    // A secret of a wrong length (a typo or a truncation) is still a secret when it is labelled as one.
    [`aws_secret_access_key=${secret.slice(0, 30)}`, [secret.slice(0, 30)]],
    // JSON from the CLI and SDK (sts get-session-token, credentials files).
    [`{"Credentials": {"AccessKeyId": "${tempKeyId}", "SecretAccessKey": "${secret}", "SessionToken": "${sessionToken}"}}`, [tempKeyId, secret, sessionToken, 'IQoJb3JpZ2lu']],
    [`{"accessKeyId":"${keyId}","secretAccessKey":"${secret}","sessionToken":"${shortToken}"}`, [keyId, secret, shortToken]],
    // Presigned URLs and signed headers.
    [`?X-Amz-Credential=${tempKeyId}%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Security-Token=${encodeURIComponent(sessionToken)}`, [tempKeyId, encodeURIComponent(sessionToken), 'IQoJb3JpZ2lu']],
    [`x-amz-security-token: ${oldSessionToken}`, [oldSessionToken, 'FwoGZXIv']],
    // A long token on its own, unlabelled.
    [`token ${sessionToken} end`, [sessionToken, 'IQoJb3JpZ2lu']],
    // Page text where a label and its value touch (textContent joins them without a space).
    [`Access key ID${keyId}`, [keyId]],
    [`Access key${keyId}Secret access key${secret}Show`, [keyId, secret]],
    [`KEY${keyId}`, [keyId]],
    [`${keyId}_backup and key_${tempKeyId}`, [keyId, tempKeyId]],
    [`Secret access key${secret}`, [secret]],
    [`Role ARNarn:aws:iam::${account}:role/${roleName}`, [account, roleName]],
    [`ARN:arn:aws:iam::${account}:role/${roleName}Created`, [account, roleName]],
    [`Summaryarn:aws:s3:::acme-cur-data`, ['acme-cur-data']],
    // ARNs URL-encoded inside text.
    [`policy arn%3Aaws%3Aiam%3A%3A${account}%3Arole%2F${roleName} here`, [account, roleName]],
    // Account IDs glued to labels.
    [`Account ID${account}`, [account]],
    [`Account ID: 1111-2222-3333`, ['1111-2222-3333']],
  ];

  it.each(corpus)('%s', (text, secrets) => {
    const masked = maskSensitiveText(text);
    for (const piece of secrets) expect(masked).not.toContain(piece);
  });

  it('keeps the labels, so a reader still sees what was there', () => {
    expect(maskSensitiveText(`AWS_SECRET_ACCESS_KEY=${secret}`)).toBe('AWS_SECRET_ACCESS_KEY=<secret>');
    expect(maskSensitiveText(`aws_session_token = ${oldSessionToken}`)).toBe('aws_session_token = <session token>');
    expect(maskSensitiveText(`"SessionToken": "${sessionToken}"`)).toBe('"SessionToken": "<session token>"');
    expect(maskSensitiveText(`Access key ID${keyId}`)).toBe('Access key ID<access key id>');
    expect(maskSensitiveText(`Role ARNarn:aws:iam::${account}:role/${roleName}`)).toBe('Role ARNarn:aws:iam:<masked>');
  });

  it('leaves ordinary page text alone', () => {
    for (const text of [
      'Edit bucket policy',
      'awsui_code-editor_1gl9c_abc12_5 us-east-1',
      'Learn more about Amazon S3 bucket policies',
      'arn is a word, and so is learn: aws docs',
      'FinOpsForCloudBillingImport FinOpsForCloudResourceDiscovery',
    ]) {
      expect(maskSensitiveText(text)).toBe(text);
    }
  });
});
