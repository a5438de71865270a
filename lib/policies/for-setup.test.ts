import { describe, expect, it } from 'vitest';
import { cloudyn } from '../platforms/cloudyn';
import { customOptScalePlatform } from '../platforms/custom-optscale';
import { finopsForCloud, finopsForCloudSeedPolicies } from '../platforms/finops-for-cloud';
import type { PlatformProfile } from '../platforms/platform-profile';
import { resolveSetup, type ResolvedSetup } from '../setup/resolve';
import type { ValueKind } from '../values';
import { statementsOf } from './document';
import { documentForSetup, documentReply } from './for-setup';
import { statementIds } from './statement-ids';
import type { TemplateId } from './template-types';

const accountId = '111122223333';
const bucketName = 'billing-export-111122223333';
const roleArn = 'arn:aws:iam::111122223333:role/Azure-Cost-Mgt';
const userArn = 'arn:aws:iam::111122223333:user/Azure-Cost-Mgt-ReadOnly';

const setupFor = (platform: PlatformProfile, values: Partial<Record<ValueKind, string>>, authMethod: ResolvedSetup['authMethod'] = 'assumedRole'): ResolvedSetup => ({
  platform,
  accountType: 'standalone',
  authMethod,
  accountId: values.accountId,
  values,
});

const rendered = (templateId: TemplateId, setup: ResolvedSetup) => {
  const result = documentForSetup(templateId, setup);
  if (!result.ok) throw new Error(result.message);
  return result;
};

const statement = (templateId: TemplateId, setup: ResolvedSetup, sid: string) => statementsOf(rendered(templateId, setup).rendered.document).find((candidate) => candidate.Sid === sid);

describe('documentForSetup: values still missing', () => {
  it.each<[string, TemplateId, PlatformProfile, Partial<Record<ValueKind, string>>, ValueKind, RegExp]>([
    ['bucket policy without a bucket', 'dataExportsBucketPolicy', finopsForCloud, { accountId }, 'bucketName', /We need the S3 bucket name before we can fill the bucket policy for Data Exports delivery\. Enter it in the side panel/],
    ['bucket policy without the account', 'dataExportsBucketPolicy', finopsForCloud, { bucketName }, 'accountId', /We need the AWS account ID/],
    ['billing import policy without a bucket', 'billingImportPolicy', finopsForCloud, { accountId, bucketName: '' }, 'bucketName', /S3 bucket name/],
    ['Cloudyn trust policy without an External ID', 'trustPolicy', cloudyn, { accountId }, 'externalId', /We need the External ID .*In Cloudyn: the cog → Cloud Accounts/],
    ['Cloudyn bucket policy without the account', 'cloudynBucketPolicy', cloudyn, { bucketName, roleArn }, 'accountId', /We need the AWS account ID before we can fill the bucket policy for Cloudyn billing reports/],
    ['Cloudyn bucket policy without the role', 'cloudynBucketPolicy', cloudyn, { accountId, bucketName }, 'roleArn', /We need the Role ARN before we can fill the bucket policy for Cloudyn billing reports\. Open the role's page in IAM/],
  ])('%s → asks for %s', (_case, templateId, platform, values, missing, message) => {
    const result = documentForSetup(templateId, setupFor(platform, values));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toBe(missing);
    expect(result.message).toMatch(message);
  });

  it('asks for the user ARN for a Cloudyn bucket policy when Cloudyn signs in with an access key', () => {
    const result = documentForSetup('cloudynBucketPolicy', setupFor(cloudyn, { accountId, bucketName }, 'accessKey'));
    expect(result).toMatchObject({ ok: false, missing: 'userArn' });
  });
});

describe('documentForSetup: rendering with known values', () => {
  it('fills the Data Exports bucket policy with the bucket and the account', () => {
    const result = rendered('dataExportsBucketPolicy', setupFor(finopsForCloud, { accountId, bucketName }));
    expect(result.name).toBe('Bucket policy for Data Exports delivery');
    const delivery = statementsOf(result.rendered.document).find((candidate) => candidate.Sid === statementIds.dataExportsDelivery);
    expect(delivery?.Resource).toEqual([`arn:aws:s3:::${bucketName}/*`, `arn:aws:s3:::${bucketName}`]);
    expect(delivery?.Condition?.StringLike?.['aws:SourceAccount']).toBe(accountId);
    expect(result.rendered.text).not.toMatch(/\{\{|<bucket/);
  });

  it("names managed policies by the platform's names and follows its policy variant", () => {
    const published = rendered('billingImportPolicy', setupFor(finopsForCloud, { bucketName }));
    expect(published.name).toBe('FinOpsForCloudBillingImport');
    expect(published.rendered.variant).toBe('published');
    expect(published.rendered.text).toContain(`arn:aws:s3:::${bucketName}/*`);
    expect(rendered('billingImportPolicy', setupFor(finopsForCloudSeedPolicies, { bucketName })).rendered.variant).toBe('seed');
  });

  it('renders the resource discovery policy with no values at all', () => {
    expect(rendered('resourceDiscoveryPolicy', setupFor(finopsForCloud, {})).name).toBe('FinOpsForCloudResourceDiscovery');
  });

  it("puts Cloudyn's External ID into its trust policy", () => {
    const result = rendered('trustPolicy', setupFor(cloudyn, { externalId: 'cloudyn-1234-abcd' }));
    expect(result.rendered.variant).toBe('withExternalId');
    const assume = statementsOf(result.rendered.document)[0];
    expect(assume?.Principal).toEqual({ AWS: 'arn:aws:iam::432263259397:root' });
    expect(assume?.Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'cloudyn-1234-abcd' } });
  });

  it('leaves an External ID out of the FinOps for Cloud trust policy even when one is known from another platform', () => {
    const result = rendered('trustPolicy', setupFor(finopsForCloud, { externalId: 'cloudyn-1234-abcd' }));
    expect(result.rendered.variant).toBe('withoutExternalId');
    expect(result.rendered.text).not.toContain('ExternalId');
    expect(statementsOf(result.rendered.document)[0]?.Principal).toEqual({ AWS: 'arn:aws:iam::654035049067:user/ffc-service-user' });
  });

  it("uses a self-hosted OptScale's saved External ID", () => {
    const platform = customOptScalePlatform({ portalOrigin: 'optscale.acme.example', trustedPrincipal: '444455556666', externalId: 'acme-external-id' });
    if (!platform.ok) throw new Error(platform.problem.message);
    const result = rendered('trustPolicy', setupFor(platform.value, {}));
    expect(statementsOf(result.rendered.document)[0]?.Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'acme-external-id' } });
  });

  it.each<[string, Partial<Record<ValueKind, string>>, ResolvedSetup['authMethod'], string]>([
    ['the role ARN for a role', { accountId, bucketName, roleArn }, 'assumedRole', roleArn],
    ['the role ARN for a role, even with a user ARN known', { accountId, bucketName, roleArn, userArn }, 'assumedRole', roleArn],
    ['the user ARN for an access key, even with a role ARN known', { accountId, bucketName, roleArn, userArn }, 'accessKey', userArn],
    ['the user ARN when that is all we know', { accountId, bucketName, userArn }, 'assumedRole', userArn],
  ])("gives Cloudyn's bucket policy %s", (_case, values, authMethod, reader) => {
    const setup = setupFor(cloudyn, values, authMethod);
    expect(statement('cloudynBucketPolicy', setup, statementIds.cloudynReadOnlyAccess)?.Principal).toEqual({ AWS: reader });
    expect(statement('cloudynBucketPolicy', setup, statementIds.cloudynBucketCheck)?.Resource).toBe(`arn:aws:s3:::${bucketName}`);
  });
});

describe('documentForSetup: values that cannot be used', () => {
  it("passes on what is wrong with a value, without claiming it's missing", () => {
    const result = documentForSetup('dataExportsBucketPolicy', setupFor(finopsForCloud, { accountId, bucketName: 'Billing_Export' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toBeUndefined();
    expect(result.message).toMatch(/bucket/i);
  });

  it("refuses a template the platform doesn't use", () => {
    const result = documentForSetup('cloudynBucketPolicy', setupFor(finopsForCloud, { bucketName, roleArn }));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^FinOps for Cloud doesn't use a bucket policy for Cloudyn billing reports\.$/i) });
  });
});

describe('documentReply', () => {
  const setup = resolveSetup({ platform: { id: 'finopsForCloud' }, accountType: 'management', authMethod: 'assumedRole' }, {}, '111122223333');
  const existing = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Theirs', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::billing-export-111122223333/*' }] });

  it('merges into the text on screen, for the bucket on screen, and says what changes', () => {
    const reply = documentReply(setup, { mode: 'merge', templateId: 'dataExportsBucketPolicy', existingText: existing, bucketName: 'billing-export-111122223333' });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const statements = (JSON.parse(reply.text) as { Statement: Array<{ Sid: string }> }).Statement;
    expect(statements.map((statement) => statement.Sid)).toEqual(['Theirs', 'FinOpsDataExportsDelivery']);
    expect(reply.changed).toBe(true);
    expect(reply.description).toMatch(/Adds 1 statement/);
  });

  it('reports nothing to change when the statement is already there', () => {
    const first = documentReply(setup, { mode: 'merge', templateId: 'dataExportsBucketPolicy', existingText: existing, bucketName: 'billing-export-111122223333' });
    if (!first.ok) throw new Error(first.message);
    const again = documentReply(setup, { mode: 'preview', templateId: 'dataExportsBucketPolicy', existingText: first.text, bucketName: 'billing-export-111122223333' });
    expect(again).toMatchObject({ ok: true, changed: false, text: first.text });
  });

  it('refuses invalid JSON on screen without handing back any text', () => {
    const reply = documentReply(setup, { mode: 'merge', templateId: 'dataExportsBucketPolicy', existingText: '{ "Version": ', bucketName: 'billing-export-111122223333' });
    expect(reply).toMatchObject({ ok: false });
    expect(reply.ok ? '' : reply.message).toMatch(/isn't valid JSON/);
  });

  it('asks before replacing a statement under our Sid that differs from ours, showing the difference', () => {
    const first = documentReply(setup, { mode: 'merge', templateId: 'dataExportsBucketPolicy', existingText: existing, bucketName: 'billing-export-111122223333' });
    if (!first.ok) throw new Error(first.message);
    const document = JSON.parse(first.text) as { Statement: Array<{ Sid: string; Action: string | string[] }> };
    const ours = document.Statement.find((statement) => statement.Sid === 'FinOpsDataExportsDelivery')!;
    ours.Action = [...[ours.Action].flat(), 's3:DeleteObject'];
    const edited = JSON.stringify(document, null, 2);

    const unconfirmed = documentReply(setup, { mode: 'merge', templateId: 'dataExportsBucketPolicy', existingText: edited, bucketName: 'billing-export-111122223333' });
    expect(unconfirmed).toMatchObject({ ok: true, changed: true, needsConfirmation: true });
    if (!unconfirmed.ok) return;
    expect(unconfirmed.replacements).toHaveLength(1);
    expect(unconfirmed.replacements![0]!.sid).toBe('FinOpsDataExportsDelivery');
    expect(unconfirmed.replacements![0]!.diff).toContainEqual({ kind: 'removed', text: expect.stringContaining('s3:DeleteObject') });
    expect(unconfirmed.description).toMatch(/FinOpsDataExportsDelivery.*differs/);

    const confirmed = documentReply(setup, {
      mode: 'merge', templateId: 'dataExportsBucketPolicy', existingText: edited, bucketName: 'billing-export-111122223333', confirmReplace: ['FinOpsDataExportsDelivery'],
    });
    expect(confirmed).toMatchObject({ ok: true, changed: true, needsConfirmation: false, text: first.text });
    // Confirming one statement doesn't confirm another.
    const otherConfirmed = documentReply(setup, {
      mode: 'merge', templateId: 'dataExportsBucketPolicy', existingText: edited, bucketName: 'billing-export-111122223333', confirmReplace: ['Theirs'],
    });
    expect(otherConfirmed).toMatchObject({ ok: true, needsConfirmation: true });
  });

  it('names the missing value when the setup has no bucket and the page gives none', () => {
    expect(documentReply(setup, { mode: 'insert', templateId: 'billingImportPolicy' })).toMatchObject({ ok: false, missing: 'bucketName' });
  });
});
