import { describe, expect, it } from 'vitest';
import { pageIds } from './console/pages';
import { consoleMessageSchema } from './messages';

describe('consoleMessageSchema', () => {
  it.each([
    { type: 'page-visited', page: 'iam-create-role', url: 'https://us-east-1.console.aws.amazon.com/iam/home#/roles/create', accountId: '111122223333' },
    { type: 'page-visited', page: 'iam-role-details', url: 'https://console.aws.amazon.com/iam/home#/roles/details/X', names: { roleName: 'FinOpsForCloudAccessRole' } },
    { type: 'values-read', page: 'iam-role-details', accountId: '111122223333', values: { roleArn: 'arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole', roleName: 'FinOpsForCloudAccessRole' } },
    { type: 'values-read', page: 'iam-create-access-key', values: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', userName: 'FinOpsForCloudUser' } },
    { type: 'values-read', page: 'data-exports-details', values: { exportName: 'billing-111122223333', bucketName: 'billing-export-111122223333', exportPathPrefix: 'a/b/reports' } },
    { type: 'console-event', page: 'iam-create-policy', event: { kind: 'flash', text: 'Policy FinOpsForCloudBillingImport created.' } },
    { type: 'console-event', page: 's3-edit-bucket-policy', accountId: '111122223333', event: { kind: 'document-inserted', document: '{"Version":"2012-10-17"}' } },
    { type: 'page-problem', page: 'data-exports-create', message: 'The S3 path prefix field was not found.' },
    { type: 'get-view' },
    { type: 'get-view', accountId: '111122223333' },
    { type: 'document', mode: 'insert', templateId: 'trustPolicy' },
    { type: 'document', mode: 'merge', templateId: 'dataExportsBucketPolicy', accountId: '111122223333', existingText: '{"Statement":[]}', bucketName: 'billing-export-111122223333' },
    { type: 'open-side-panel' },
    { type: 'open-side-panel', field: 'bucketName' },
  ])('accepts $type $page $mode', (message) => {
    const parsed = consoleMessageSchema.safeParse(message);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(message);
  });

  it('accepts every known page', () => {
    for (const page of pageIds) {
      expect(consoleMessageSchema.safeParse({ type: 'page-problem', page, message: 'x' }).success, page).toBe(true);
    }
  });

  it('rejects a values-read that carries a secret access key, so it never reaches storage', () => {
    const withSecret = {
      type: 'values-read',
      page: 'iam-create-access-key',
      values: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    };
    const parsed = consoleMessageSchema.safeParse(withSecret);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['values']);
  });

  it.each([
    ['an unknown page', { type: 'page-visited', page: 'ec2-instances', url: 'https://console.aws.amazon.com/ec2/home' }],
    ['an unknown page on values', { type: 'values-read', page: 'iam-home', values: {} }],
    ['an unknown value kind', { type: 'values-read', page: 'iam-role-details', values: { sessionToken: 'x' } }],
    ['a value that is not text', { type: 'values-read', page: 'iam-role-details', values: { roleName: 42 } }],
    ['an unknown message type', { type: 'fill-everything', page: 'iam-create-role' }],
    ['an unknown event kind', { type: 'console-event', page: 'iam-create-policy', event: { kind: 'click', text: 'x' } }],
    ['a page-visited without its URL', { type: 'page-visited', page: 'iam-create-role' }],
    ['a document from an unknown template', { type: 'document', mode: 'insert', templateId: 'adminPolicy' }],
    ['a document with an unknown mode', { type: 'document', mode: 'replace', templateId: 'trustPolicy' }],
    ['an oversized existing text', { type: 'document', mode: 'merge', templateId: 'trustPolicy', existingText: 'x'.repeat(100_001) }],
    ['no message at all', undefined],
  ])('rejects %s', (_case, message) => {
    expect(consoleMessageSchema.safeParse(message).success).toBe(false);
  });
});
