import { describe, expect, it } from 'vitest';
import { cloudyn, finopsForCloud } from '../platforms';
import { accountTemplate } from './account-template';
import { quickCreateLink } from './quick-create-link';

const management = accountTemplate(finopsForCloud, 'management');
const cloudynMember = accountTemplate(cloudyn, 'member');
if (!management.ok || !cloudynMember.ok) throw new Error('templates failed');

describe('quickCreateLink', () => {
  it('opens Quick create stack with the template, stack name and parameters filled in', () => {
    const link = quickCreateLink(management.value, {
      templateUrl: 'https://my-templates.s3.us-east-1.amazonaws.com/finops for cloud/management-role.yaml',
      parameters: { BillingBucketName: 'billing-export-111122223333' },
    });
    expect(link).toEqual({
      ok: true,
      value:
        'https://console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/create/review?templateURL=https%3A%2F%2Fmy-templates.s3.us-east-1.amazonaws.com%2Ffinops%2520for%2520cloud%2Fmanagement-role.yaml&stackName=FinOpsForCloudAccess&param_BillingBucketName=billing-export-111122223333',
    });
    if (!link.ok) return;
    // The console reads the part after # as its own query string.
    const query = new URLSearchParams(new URL(link.value).hash.split('?')[1]);
    expect(query.get('templateURL')).toBe('https://my-templates.s3.us-east-1.amazonaws.com/finops%20for%20cloud/management-role.yaml');
    expect(query.get('param_BillingBucketName')).toBe('billing-export-111122223333');
  });

  it('encodes values that would otherwise end the parameter', () => {
    const link = quickCreateLink(cloudynMember.value, { templateUrl: 'https://s3.eu-west-1.amazonaws.com/bucket/t.json', stackName: 'Cloudyn-Read', parameters: { ExternalId: 'a&b=c/d' } });
    expect(link.ok && new URLSearchParams(new URL(link.value).hash.split('?')[1]).get('param_ExternalId')).toBe('a&b=c/d');
  });

  it.each([
    ['a template outside S3', { templateUrl: 'https://example.com/template.yaml' }, 'template-url-not-s3'],
    ['plain HTTP', { templateUrl: 'http://bucket.s3.amazonaws.com/template.yaml' }, 'template-url-not-s3'],
    ['a bucket without the object', { templateUrl: 'https://bucket.s3.amazonaws.com/' }, 'template-url-not-s3'],
    ['something that is not a URL', { templateUrl: 'management-role.yaml' }, 'invalid-template-url'],
    ['a stack name with spaces', { templateUrl: 'https://bucket.s3.amazonaws.com/t.yaml', stackName: 'FinOps access' }, 'invalid-stack-name'],
    ['a parameter the template lacks', { templateUrl: 'https://bucket.s3.amazonaws.com/t.yaml', parameters: { ExternalId: 'x1' } }, 'unknown-parameter'],
  ])('refuses %s', (_, input, code) => {
    expect(quickCreateLink(management.value, input)).toMatchObject({ ok: false, problem: { code } });
  });
});
