import { describe, expect, it } from 'vitest';
import { recognisePage, type PageMatch } from '../../lib/console/pages';
import { cloudyn, finopsForCloud } from '../../lib/platforms';
import type { CheckFix, ConsolePage } from '../../lib/verify/checks';
import { fixActionFor, type FixContext } from './fix-links';

const bucket = 'billing-export-111122223333';
const roleContext: FixContext = {
  access: { kind: 'role', roleName: 'FinOpsForCloudAccessRole', trustedPrincipal: 'arn:aws:iam::654035049067:user/ffc-service-user' },
  bucket,
  platform: finopsForCloud,
};
const userContext: FixContext = { access: { kind: 'user', userName: 'FinOpsForCloudUser' }, bucket, platform: finopsForCloud };

const link = (page: ConsolePage, values: Record<string, string> = {}): CheckFix => ({ kind: 'console-link', page, values });

/** The page the extension recognises at a URL, and the part of the hash route that picks its tab. */
const landing = (url: string): { match: PageMatch | undefined; section: string | null } => ({
  match: recognisePage(url),
  section: new URLSearchParams(new URL(url).hash.split('?')[1] ?? '').get('section'),
});

describe('every fix opens a console page the extension recognises, with the right names', () => {
  it.each<[string, CheckFix, FixContext, Partial<PageMatch>, string | null, string]>([
    ['create role (custom trust)', link('iam-create-role', { roleName: 'FinOpsForCloudAccessRole', trustedPrincipal: 'arn:aws:iam::654035049067:user/ffc-service-user' }), roleContext, { page: 'iam-create-role' }, null, 'Create the role in IAM'],
    ['role trust', link('iam-role-trust', { roleName: 'FinOpsForCloudAccessRole' }), roleContext, { page: 'iam-role-details', roleName: 'FinOpsForCloudAccessRole' }, 'trust_relationships', "Open the role's trust relationships"],
    ['role permissions', link('iam-role-permissions', { roleName: 'FinOpsForCloudAccessRole' }), roleContext, { page: 'iam-role-details', roleName: 'FinOpsForCloudAccessRole' }, 'permissions', "Open the role's permissions"],
    ['create user', link('iam-create-user', { userName: 'FinOpsForCloudUser' }), userContext, { page: 'iam-create-user' }, null, 'Create the user in IAM'],
    ['user permissions', link('iam-user-permissions', { userName: 'FinOpsForCloudUser' }), userContext, { page: 'iam-user-details', userName: 'FinOpsForCloudUser' }, 'permissions', "Open the user's permissions"],
    ['user credentials', link('iam-user-credentials', { userName: 'FinOpsForCloudUser' }), userContext, { page: 'iam-user-security-credentials', userName: 'FinOpsForCloudUser' }, 'security_credentials', "Open the user's security credentials"],
    ['bucket permissions', link('s3-bucket-permissions', { bucket, region: 'eu-west-1' }), roleContext, { page: 's3-bucket-permissions', bucketName: bucket, region: 'eu-west-1' }, null, "Open the bucket's permissions"],
    ['bucket policy', link('s3-edit-bucket-policy', { bucket }), roleContext, { page: 's3-edit-bucket-policy', bucketName: bucket }, null, 'Open the bucket policy editor'],
    ['data exports', link('data-exports-list'), roleContext, { page: 'data-exports-list' }, null, 'Open Data Exports'],
    ['insert bucket policy', { kind: 'insert', document: 'bucketPolicy' }, roleContext, { page: 's3-edit-bucket-policy', bucketName: bucket }, null, 'Open the bucket policy editor'],
    ['insert billing import policy', { kind: 'insert', document: 'billingImportPolicy' }, userContext, { page: 'iam-create-policy' }, null, 'Open IAM Create policy'],
    ['insert discovery policy', { kind: 'insert', document: 'discoveryPolicy' }, roleContext, { page: 'iam-create-policy' }, null, 'Open IAM Create policy'],
    ['insert trust policy', { kind: 'insert', document: 'trustPolicy' }, roleContext, { page: 'iam-role-details', roleName: 'FinOpsForCloudAccessRole' }, 'trust_relationships', "Open the role's trust relationships"],
  ])('%s', (_case, fix, context, expectedPage, expectedSection, label) => {
    const action = fixActionFor(fix, context);
    expect(action?.label).toBe(label);
    const { match, section } = landing(action?.url ?? 'about:blank');
    expect(match).toMatchObject(expectedPage);
    expect(section).toBe(expectedSection);
  });
});

describe('where the extension’s in-page button does the rest, the fix says which', () => {
  it.each<[string, CheckFix, FixContext, string]>([
    ['missing bucket policy', { kind: 'insert', document: 'bucketPolicy' }, roleContext, "Use 'Add FinOps data-export statements' there"],
    ['bucket policy to correct', link('s3-edit-bucket-policy', { bucket }), roleContext, "Use 'Add FinOps data-export statements' there"],
    ['billing import policy for the user', { kind: 'insert', document: 'billingImportPolicy' }, userContext, "Use 'Insert FinOpsForCloudBillingImport policy' there, then attach FinOpsForCloudBillingImport to the user FinOpsForCloudUser."],
    ['discovery policy for the role', { kind: 'insert', document: 'discoveryPolicy' }, roleContext, "Use 'Insert FinOpsForCloudResourceDiscovery policy' there, then attach FinOpsForCloudResourceDiscovery to the role FinOpsForCloudAccessRole."],
    ['role to create with a custom trust policy', link('iam-create-role', { roleName: 'FinOpsForCloudAccessRole' }), roleContext, "Choose 'Custom trust policy' there and use 'Insert FinOpsForCloudAccessRole trust policy'."],
  ])('%s', (_case, fix, context, note) => {
    expect(fixActionFor(fix, context)?.note).toContain(note);
  });

  it('a role trusting a whole account (Cloudyn) opens Create role on "Another AWS account", account and External ID filled', () => {
    const context: FixContext = { access: { kind: 'role', roleName: 'Azure-Cost-Mgt', trustedPrincipal: 'arn:aws:iam::432263259397:root', externalId: 'Contoso12345' }, platform: cloudyn };
    const action = fixActionFor(link('iam-create-role', { roleName: 'Azure-Cost-Mgt', trustedPrincipal: 'arn:aws:iam::432263259397:root', externalId: 'Contoso12345' }), context);
    const route = new URLSearchParams(new URL(action?.url ?? 'about:blank').hash.split('?')[1] ?? '');
    expect(Object.fromEntries(route)).toEqual({ step: 'type', trustedEntityType: 'AWS_ACCOUNT', awsAccount: '432263259397', isThirdParty: 'true', externalId: 'Contoso12345' });
    expect(action?.note).toBeUndefined();
  });

  it('a bucket fix without a bucket offers nothing rather than a broken link', () => {
    expect(fixActionFor({ kind: 'insert', document: 'bucketPolicy' }, { ...roleContext, bucket: undefined } as unknown as FixContext)).toBeUndefined();
  });
});
