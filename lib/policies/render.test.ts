import { describe, expect, it } from 'vitest';
import { cloudyn, customOptScalePlatform, finopsForCloud, finopsForCloudSeedPolicies, templatesUsedBy, type PlatformProfile } from '../platforms';
import { statementsOf } from './document';
import { checkPolicyLimits } from './limits';
import { renderPolicy, type PolicySlots } from './render';
import { statementIds } from './statement-ids';
import { slotValueKinds } from './template-slots';
import { policyTemplates, slotsOf, templateIds, variantsOf } from './templates';

const customPlatform = (externalId?: string): PlatformProfile => {
  const result = customOptScalePlatform({ portalOrigin: 'https://optscale.example.com', trustedPrincipal: '444455556666', externalId });
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};

const slots: PolicySlots = {
  bucketName: 'billing-export-111122223333',
  accountId: '1111-2222-3333',
  readOnlyPrincipalArn: 'arn:aws:iam::111122223333:role/Azure-Cost-Mgt',
};

/** Every platform with the slots it needs, and the variant each template should come out as. */
const cases: { name: string; platform: PlatformProfile; slots: PolicySlots; variants: Partial<Record<string, string>> }[] = [
  { name: 'FinOps for Cloud (published)', platform: finopsForCloud, slots, variants: { billingImportPolicy: 'published', trustPolicy: 'withoutExternalId' } },
  { name: 'FinOps for Cloud (seed)', platform: finopsForCloudSeedPolicies, slots, variants: { resourceDiscoveryPolicy: 'seed', billingImportPolicy: 'seed' } },
  { name: 'Cloudyn', platform: cloudyn, slots: { ...slots, externalId: 'Contoso12345' }, variants: { trustPolicy: 'withExternalId', cloudynBucketPolicy: 'standard' } },
  { name: 'self-hosted OptScale', platform: customPlatform(), slots, variants: { trustPolicy: 'withoutExternalId' } },
  { name: 'self-hosted OptScale with External ID', platform: customPlatform('optscale-7f3a'), slots, variants: { trustPolicy: 'withExternalId' } },
];

const placeholder = /<[^<>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}/;
const ourSids = new Set<string>(Object.values(statementIds));

describe.each(cases)('$name', ({ platform, slots: caseSlots, variants }) => {
  it.each(templatesUsedBy(platform))('renders %s ready to paste', (templateId) => {
    const result = renderPolicy(templateId, platform, caseSlots);
    if (!result.ok) throw new Error(result.problem.message);
    const { text, document, kind, variant } = result.value;
    expect(JSON.parse(text)).toEqual(document);
    expect(text).toBe(JSON.stringify(document, null, 4));
    expect(text).not.toMatch(placeholder);
    expect(kind).toBe(policyTemplates[templateId].kind);
    expect(checkPolicyLimits(text, kind).ok).toBe(true);
    if (variants[templateId]) expect(variant).toBe(variants[templateId]);
    // Stable Sids let a later merge find our statements again.
    for (const statement of statementsOf(document)) expect(ourSids).toContain(statement.Sid);
    expect(text).not.toContain('111122223333'.replace(/(\d{4})(\d{4})/, '$1-$2-'));
  });
});

describe('what goes into the documents', () => {
  it('writes the Data Exports bucket policy exactly as AWS documents it, apart from the Sid', () => {
    const result = renderPolicy('dataExportsBucketPolicy', finopsForCloud, slots);
    expect(result.ok && result.value.document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'FinOpsDataExportsDelivery',
          Effect: 'Allow',
          Principal: { Service: ['billingreports.amazonaws.com', 'bcm-data-exports.amazonaws.com'] },
          Action: ['s3:PutObject', 's3:GetBucketPolicy'],
          Resource: ['arn:aws:s3:::billing-export-111122223333/*', 'arn:aws:s3:::billing-export-111122223333'],
          Condition: {
            StringLike: {
              'aws:SourceAccount': '111122223333',
              'aws:SourceArn': ['arn:aws:cur:us-east-1:111122223333:definition/*', 'arn:aws:bcm-data-exports:us-east-1:111122223333:export/*'],
            },
          },
        },
      ],
    });
  });

  it("trusts FinOps for Cloud's service user, as published", () => {
    const result = renderPolicy('trustPolicy', finopsForCloud, {});
    expect(result.ok && result.value.text).toBe(
      [
        '{',
        '    "Version": "2012-10-17",',
        '    "Statement": [',
        '        {',
        '            "Sid": "FinOpsPlatformAssumeRole",',
        '            "Effect": "Allow",',
        '            "Principal": {',
        '                "AWS": "arn:aws:iam::654035049067:user/ffc-service-user"',
        '            },',
        '            "Action": "sts:AssumeRole"',
        '        }',
        '    ]',
        '}',
      ].join('\n'),
    );
  });

  it('leaves the published billing policy’s write permissions out, and says why', () => {
    const result = renderPolicy('billingImportPolicy', finopsForCloud, slots);
    expect(result.ok && result.value.text).not.toMatch(/PutObject|PutBucketPolicy/);
    const leftOut = policyTemplates.billingImportPolicy.variants;
    expect('published' in leftOut && leftOut.published.leftOut?.map((entry) => entry.action)).toEqual(['s3:PutObject', 's3:PutBucketPolicy']);
  });

  it("uses the self-hosted platform's own principal, normalised from an account ID", () => {
    const result = renderPolicy('trustPolicy', customPlatform(), {});
    expect(result.ok && statementsOf(result.value.document)[0]?.Principal).toEqual({ AWS: 'arn:aws:iam::444455556666:root' });
  });

  it('never lets slots replace the platform’s trusted principal', () => {
    const sneaky = { trustedPrincipal: '*' } as unknown as PolicySlots;
    const result = renderPolicy('trustPolicy', finopsForCloud, sneaky);
    expect(result.ok && result.value.text).toContain('arn:aws:iam::654035049067:user/ffc-service-user');
  });

  it('puts the External ID into the trust condition', () => {
    const result = renderPolicy('trustPolicy', cloudyn, { externalId: ' Contoso12345 ' });
    expect(result.ok && statementsOf(result.value.document)[0]?.Condition).toEqual({ StringEquals: { 'sts:ExternalId': 'Contoso12345' } });
  });
});

describe('refusals', () => {
  it.each([
    ['no bucket name', 'billingImportPolicy', finopsForCloud, { accountId: '111122223333' }, 'invalid-bucket-name', 'Enter the S3 bucket name'],
    ['an uppercase bucket name', 'dataExportsBucketPolicy', finopsForCloud, { ...slots, bucketName: 'Billing-Export-111122223333' }, 'invalid-bucket-name', 'use billing-export-111122223333'],
    ['a short account ID', 'dataExportsBucketPolicy', finopsForCloud, { ...slots, accountId: '1111-2222-333' }, 'invalid-account-id', '12 digits'],
    ['a placeholder typed in as the bucket', 'billingImportPolicy', finopsForCloud, { bucketName: '<bucket_name>' }, 'invalid-bucket-name', 'not "<", "_", ">"'],
    ['an External ID FinOps for Cloud would never send', 'trustPolicy', finopsForCloud, { externalId: 'abc123' }, 'external-id-unsupported', "doesn't pass an External ID"],
    ['Cloudyn without its External ID', 'trustPolicy', cloudyn, {}, 'missing-external-id', 'copy the External ID'],
    ['a malformed External ID', 'trustPolicy', cloudyn, { externalId: 'Contoso 123' }, 'invalid-external-id', 'not spaces'],
    ['Cloudyn without the read-only role', 'cloudynBucketPolicy', cloudyn, { bucketName: 'billing-export-111122223333', accountId: '111122223333' }, 'invalid-principal-arn', 'read-only role or user'],
    ['a template the platform does not use', 'cloudynBucketPolicy', finopsForCloud, slots, 'template-not-for-platform', "FinOps for Cloud doesn't use a bucket policy for cloudyn billing reports"],
  ] as const)('refuses %s', (_, templateId, platform, badSlots, code, fragment) => {
    const result = renderPolicy(templateId, platform, badSlots);
    expect(result).toMatchObject({ ok: false, problem: { code } });
    if (!result.ok) expect(result.problem.message).toContain(fragment);
  });
});

describe('template data', () => {
  it.each(templateIds)('%s uses only known slots and no literal placeholders', (templateId) => {
    for (const { variant } of variantsOf(policyTemplates[templateId])) {
      for (const name of slotsOf(variant)) expect(Object.keys(slotValueKinds)).toContain(name);
      const withoutSlots = JSON.stringify(variant.document).replace(/\{\{\w+\}\}/g, '');
      expect(withoutSlots).not.toMatch(placeholder);
    }
  });
});
