import { describe, expect, it } from 'vitest';
import { pageIds, recognisePage } from '../console/pages';
import { cloudyn, customOptScalePlatform, finopsForCloud, templatesFor, type PlatformProfile } from '../platforms';
import { parseValue, type ValueKind } from '../values';
import {
  consoleLinkFor,
  effectiveAccountType,
  flashCompletesStep,
  plan,
  platformConnectPage,
  valueCompletesStep,
  type AccountType,
  type AuthMethod,
  type ExportState,
  type OnboardingStep,
  type PlainValues,
  type StepId,
} from './plan';

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; problem: { message: string } }): T => {
  if (!result.ok) throw new Error(result.problem.message);
  return result.value;
};

const selfHosted = unwrap(
  customOptScalePlatform({ portalOrigin: 'https://optscale.example.com', trustedPrincipal: '444455556666', roleName: 'OptScaleReader' }),
);
const selfHostedWithExternalId = unwrap(
  customOptScalePlatform({ portalOrigin: 'optscale.example.com', trustedPrincipal: '444455556666', externalId: 'tenant-42' }),
);

const platforms: Record<string, PlatformProfile> = {
  'FinOps for Cloud': finopsForCloud,
  Cloudyn: cloudyn,
  'self-hosted OptScale': selfHosted,
  'self-hosted OptScale with External ID': selfHostedWithExternalId,
};

const optScalePayer: Record<AuthMethod, Record<ExportState, StepId[]>> = {
  assumedRole: {
    toCreate: ['data-export', 'billing-import-policy', 'discovery-policy', 'access-role', 'role-arn', 'connect'],
    exists: ['find-data-export', 'bucket-policy', 'billing-import-policy', 'discovery-policy', 'access-role', 'role-arn', 'connect'],
  },
  accessKey: {
    toCreate: ['data-export', 'billing-import-policy', 'discovery-policy', 'access-user', 'access-key', 'connect'],
    exists: ['find-data-export', 'bucket-policy', 'billing-import-policy', 'discovery-policy', 'access-user', 'access-key', 'connect'],
  },
};
const optScaleMember: Record<AuthMethod, StepId[]> = {
  assumedRole: ['discovery-policy', 'access-role', 'role-arn', 'connect'],
  accessKey: ['discovery-policy', 'access-user', 'access-key', 'connect'],
};
const optScale: Record<AccountType, Record<AuthMethod, Record<ExportState, StepId[]>>> = {
  management: optScalePayer,
  standalone: optScalePayer,
  member: {
    assumedRole: { toCreate: optScaleMember.assumedRole, exists: optScaleMember.assumedRole },
    accessKey: { toCreate: optScaleMember.accessKey, exists: optScaleMember.accessKey },
  },
};

const cloudynPayer: Record<AuthMethod, Record<ExportState, StepId[]>> = {
  assumedRole: {
    toCreate: ['external-id', 'access-role', 'role-arn', 'billing-bucket', 'cloudyn-bucket-policy', 'billing-reports', 'connect'],
    exists: ['external-id', 'access-role', 'role-arn', 'find-billing-bucket', 'cloudyn-bucket-policy', 'connect'],
  },
  accessKey: {
    toCreate: ['access-user', 'access-key', 'user-arn', 'billing-bucket', 'cloudyn-bucket-policy', 'billing-reports', 'connect'],
    exists: ['access-user', 'access-key', 'user-arn', 'find-billing-bucket', 'cloudyn-bucket-policy', 'connect'],
  },
};
const cloudynMember: Record<AuthMethod, StepId[]> = {
  assumedRole: ['external-id', 'access-role', 'role-arn', 'connect'],
  accessKey: ['access-user', 'access-key', 'connect'],
};
const cloudynSteps: Record<AccountType, Record<AuthMethod, Record<ExportState, StepId[]>>> = {
  management: cloudynPayer,
  standalone: cloudynPayer,
  member: {
    assumedRole: { toCreate: cloudynMember.assumedRole, exists: cloudynMember.assumedRole },
    accessKey: { toCreate: cloudynMember.accessKey, exists: cloudynMember.accessKey },
  },
};

const expectedSteps: Record<string, typeof optScale> = {
  'FinOps for Cloud': optScale,
  Cloudyn: cloudynSteps,
  'self-hosted OptScale': optScale,
  'self-hosted OptScale with External ID': optScale,
};

const combinations = Object.keys(platforms).flatMap((platformName) =>
  (['management', 'member', 'standalone'] as const).flatMap((accountType) =>
    (['assumedRole', 'accessKey'] as const).flatMap((authMethod) =>
      (['toCreate', 'exists'] as const).map((exportState) => ({ platformName, accountType, authMethod, exportState })),
    ),
  ),
);

const planFor = ({ platformName, accountType, authMethod, exportState }: (typeof combinations)[number]) =>
  plan(platforms[platformName] as PlatformProfile, accountType, authMethod, exportState);

/** One valid value of every kind, checked by lib/values so the fixture can't drift from the rules. */
const everyValue: PlainValues = Object.fromEntries(
  Object.entries({
    accountId: '111122223333',
    bucketName: 'billing-export-111122223333',
    exportName: 'billing-111122223333',
    exportPathPrefix: 'finops/reports',
    roleName: 'FinOpsForCloudAccessRole',
    roleArn: 'arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole',
    userName: 'FinOpsForCloudUser',
    userArn: 'arn:aws:iam::111122223333:user/FinOpsForCloudUser',
    policyName: 'FinOpsForCloudBillingImport',
    principalArn: 'arn:aws:iam::111122223333:role/FinOpsForCloudAccessRole',
    trustedPrincipal: 'arn:aws:iam::654035049067:user/ffc-service-user',
    externalId: 'Contoso1234',
    region: 'eu-west-1',
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    dataSourceName: 'AWS 111122223333',
    curVersion: '2',
  } satisfies Record<Exclude<ValueKind, 'secretAccessKey'>, string>).map(([kind, value]) => [kind, unwrap(parseValue(kind as ValueKind, value))]),
);

const without = (values: PlainValues, kind: ValueKind): PlainValues => Object.fromEntries(Object.entries(values).filter(([key]) => key !== kind));
const only = (values: PlainValues, kinds: readonly ValueKind[]): PlainValues => Object.fromEntries(kinds.map((kind) => [kind, values[kind]]));

/** What may be known before the first step: the console's account, the platform's principal, a typed name. */
const allowedInputs = (platform: PlatformProfile): ValueKind[] => [
  'accountId',
  'dataSourceName',
  'trustedPrincipal',
  ...(platform.trust.externalId.support === 'optional' && platform.trust.externalId.externalId ? (['externalId'] as const) : []),
];

describe('plan', () => {
  it('covers every platform × account type × authentication × export state', () => {
    expect(combinations).toHaveLength(4 * 3 * 2 * 2);
  });

  describe.each(combinations)('$platformName, $accountType, $authMethod, export $exportState', (combination) => {
    const platform = platforms[combination.platformName] as PlatformProfile;
    const onboarding = planFor(combination);
    const steps = onboarding.steps;

    it('has the steps of the guide, in order', () => {
      const expected = expectedSteps[combination.platformName]?.[combination.accountType][combination.authMethod][combination.exportState];
      expect(steps.map((step) => step.id)).toEqual(expected);
    });

    it('needs only values produced by an earlier step, or known before starting', () => {
      const known = new Set<ValueKind>(allowedInputs(platform));
      for (const step of steps) {
        for (const kind of step.needs) expect(known.has(kind), `${step.id} needs ${kind} before anything produces it`).toBe(true);
        for (const kind of step.produces) known.add(kind);
      }
      expect(onboarding.inputs.map((input) => input.kind).every((kind) => allowedInputs(platform).includes(kind))).toBe(true);
    });

    it('builds every link from the values it names, and none without them', () => {
      for (const step of steps) {
        const link = step.consoleLink(only(everyValue, step.linkNeeds));
        expect(link, step.id).toBeDefined();
        const full = step.consoleLink(everyValue) as string;
        if (step.page === platformConnectPage) expect(full.startsWith(platform.portal.origin), step.id).toBe(true);
        else expect([step.page, ...(step.alsoOn ?? [])], `${step.id}: ${full}`).toContain(recognisePage(full)?.page);
        for (const kind of step.linkNeeds) {
          expect(step.consoleLink(without(everyValue, kind)), `${step.id} without ${kind}`).toBeUndefined();
          const result = consoleLinkFor(step, without(everyValue, kind));
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.problem.message).toContain(kind === 'externalId' ? 'External ID' : kind === 'bucketName' ? 'S3 bucket name' : 'name');
        }
      }
    });

    it('never asks for or keeps the secret access key', () => {
      for (const step of steps) {
        expect(step.needs).not.toContain('secretAccessKey');
        expect(step.produces).not.toContain('secretAccessKey');
      }
    });

    it('inserts only documents the platform defines for this account', () => {
      const templates = templatesFor(platform, combination.accountType, combination.authMethod);
      for (const step of steps) if (step.document) expect(templates, step.id).toContain(step.document);
    });

    it('gives each step a title, a reason, a known page and a way to tell it is done', () => {
      expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
      for (const step of steps) {
        expect(step.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(step.title.length).toBeGreaterThan(10);
        expect(step.why.length).toBeGreaterThan(20);
        expect([...pageIds, platformConnectPage]).toContain(step.page);
        if (step.completion.kind === 'value-read') expect(step.produces).toContain(step.completion.value);
      }
    });

    it("asks the connect step for exactly the platform form's values, except the secret", () => {
      const connect = steps.at(-1) as OnboardingStep;
      const secretField = combination.authMethod === 'accessKey';
      const expectedNeeds: Record<AuthMethod, ValueKind[]> =
        platform.id === 'cloudyn'
          ? { assumedRole: ['dataSourceName', 'roleArn'], accessKey: ['dataSourceName', 'accessKeyId'] }
          : { assumedRole: ['dataSourceName', 'accountId', 'roleName'], accessKey: ['dataSourceName', 'accessKeyId'] };
      const billing: ValueKind[] = platform.id !== 'cloudyn' && combination.accountType !== 'member' ? ['exportName', 'bucketName', 'exportPathPrefix'] : [];
      expect(connect.needs).toEqual([...expectedNeeds[combination.authMethod], ...billing]);
      if (secretField) expect(connect.instructions.join(' ')).toMatch(/secret access key/);
    });
  });
});

describe('decisions the plans encode', () => {
  it('lets the Data Exports wizard create the bucket and its policy when the export is new', () => {
    const steps = plan(finopsForCloud, 'management', 'assumedRole', 'toCreate').steps;
    expect(steps.some((step) => step.document === 'dataExportsBucketPolicy')).toBe(false);
    expect(steps[0]?.instructions.join(' ')).toMatch(/Create a bucket/);
  });

  it('updates the bucket policy of an existing export (seed 002), on the bucket it was found in', () => {
    const step = plan(finopsForCloud, 'standalone', 'accessKey', 'exists').steps.find((candidate) => candidate.id === 'bucket-policy');
    expect(step?.document).toBe('dataExportsBucketPolicy');
    expect(step?.needs).toEqual(['bucketName', 'accountId']);
    expect(step?.consoleLink({ bucketName: 'old-cur-bucket', region: 'eu-west-1' })).toBe(
      'https://s3.console.aws.amazon.com/s3/bucket/old-cur-bucket/property/policy/edit?region=eu-west-1',
    );
  });

  it('warns that connecting fails until the first export is delivered, only for a new export', () => {
    expect(plan(finopsForCloud, 'management', 'assumedRole', 'toCreate').steps.at(-1)?.caution).toMatch(/24 hours/);
    expect(plan(finopsForCloud, 'management', 'assumedRole', 'exists').steps.at(-1)?.caution).toBeUndefined();
    expect(plan(finopsForCloud, 'member', 'assumedRole', 'toCreate').steps.at(-1)?.caution).toMatch(/management account first/);
  });

  it('onboards a member without access to its management account as standalone', () => {
    expect(effectiveAccountType('member', false)).toBe('standalone');
    expect(effectiveAccountType('member', true)).toBe('member');
    expect(effectiveAccountType('management', false)).toBe('management');
    expect(effectiveAccountType('standalone', false)).toBe('standalone');
    const steps = plan(finopsForCloud, effectiveAccountType('member', false), 'assumedRole', 'toCreate').steps;
    expect(steps.map((step) => step.id)).toContain('billing-import-policy');
  });

  it("uses the platform's names in titles and links", () => {
    const titles = plan(finopsForCloud, 'management', 'assumedRole', 'toCreate').steps.map((step) => step.title);
    expect(titles).toContain('Create the FinOpsForCloudBillingImport policy');
    expect(titles).toContain('Create the FinOpsForCloudResourceDiscovery policy');
    expect(titles).toContain('Create the FinOpsForCloudAccessRole role');
    expect(plan(selfHosted, 'member', 'assumedRole', 'toCreate').steps[1]?.title).toBe('Create the OptScaleReader role');
    expect(plan(finopsForCloud, 'member', 'accessKey', 'toCreate').steps.at(-1)?.consoleLink({})).toBe(
      'https://portal.finops.softwareone.com/cloud-account/connect',
    );
  });

  it('prefills "Another AWS account" with the External ID for Cloudyn, and uses a custom trust policy for FinOps for Cloud', () => {
    const cloudynRole = plan(cloudyn, 'management', 'assumedRole', 'toCreate').steps.find((step) => step.id === 'access-role') as OnboardingStep;
    expect(cloudynRole.linkNeeds).toEqual(['externalId']);
    const link = new URL(cloudynRole.consoleLink({ externalId: 'Contoso1234' }) as string);
    const routeQuery = new URLSearchParams(link.hash.split('?')[1]);
    expect(routeQuery.get('awsAccount')).toBe('432263259397');
    expect(routeQuery.get('externalId')).toBe('Contoso1234');
    expect(cloudynRole.instructions.join(' ')).toMatch(/ReadOnlyAccess/);

    const finopsRole = plan(finopsForCloud, 'management', 'assumedRole', 'toCreate').steps.find((step) => step.id === 'access-role') as OnboardingStep;
    expect(finopsRole.linkNeeds).toEqual([]);
    expect(finopsRole.needs).toEqual(['trustedPrincipal']);
    expect(finopsRole.instructions[0]).toMatch(/Custom trust policy/);
    expect(new URL(finopsRole.consoleLink({}) as string).hash).toBe('#/roles/create?step=selectEntities');
  });

  it("prefills a self-hosted platform's account and External ID when it has them", () => {
    const role = plan(selfHostedWithExternalId, 'standalone', 'assumedRole', 'exists').steps.find((step) => step.id === 'access-role') as OnboardingStep;
    expect(role.needs).toEqual(['trustedPrincipal', 'externalId']);
    const routeQuery = new URLSearchParams(new URL(role.consoleLink({ externalId: 'tenant-42' }) as string).hash.split('?')[1]);
    expect(routeQuery.get('awsAccount')).toBe('444455556666');
    expect(routeQuery.get('externalId')).toBe('tenant-42');
    const inputs = plan(selfHostedWithExternalId, 'standalone', 'assumedRole', 'exists').inputs;
    expect(inputs).toContainEqual({ kind: 'externalId', from: 'platform' });
    expect(inputs).toContainEqual({ kind: 'accountId', from: 'console' });
  });

  it('reads the identity ARN the Cloudyn bucket policy grants', () => {
    const role = plan(cloudyn, 'standalone', 'assumedRole', 'toCreate').steps.find((step) => step.id === 'role-arn');
    expect(role?.produces).toEqual(['roleArn', 'principalArn']);
    const user = plan(cloudyn, 'standalone', 'accessKey', 'toCreate').steps.find((step) => step.id === 'user-arn');
    expect(user?.produces).toEqual(['userArn', 'principalArn']);
    expect(plan(finopsForCloud, 'standalone', 'assumedRole', 'toCreate').steps.find((step) => step.id === 'role-arn')?.produces).toEqual(['roleArn']);
  });
});

describe('completion', () => {
  const steps = plan(finopsForCloud, 'management', 'assumedRole', 'toCreate').steps;
  const step = (id: StepId) => steps.find((candidate) => candidate.id === id) as OnboardingStep;
  const userSteps = plan(finopsForCloud, 'management', 'accessKey', 'toCreate').steps;
  const cloudynBucket = plan(cloudyn, 'management', 'accessKey', 'toCreate').steps.find((candidate) => candidate.id === 'billing-bucket') as OnboardingStep;

  it.each<[string, OnboardingStep, string, PlainValues, boolean]>([
    ['policy created', step('billing-import-policy'), 'Policy FinOpsForCloudBillingImport created.', {}, true],
    ['another policy created', step('billing-import-policy'), 'Policy FinOpsForCloudResourceDiscovery created.', {}, false],
    ['discovery policy created', step('discovery-policy'), 'Policy FinOpsForCloudResourceDiscovery created.', {}, true],
    ['a policy whose name only starts the same', step('discovery-policy'), 'Policy FinOpsForCloudResourceDiscoveryOld created.', {}, false],
    ['role created', step('access-role'), 'Role FinOpsForCloudAccessRole created.', { roleName: 'FinOpsForCloudAccessRole' }, true],
    ['role created, name not yet known', step('access-role'), 'Role FinOpsCustom created.', {}, true],
    ['a different role created', step('access-role'), 'Role SomethingElse created.', { roleName: 'FinOpsForCloudAccessRole' }, false],
    ['role deleted', step('access-role'), 'Role FinOpsForCloudAccessRole deleted.', {}, false],
    ['export created', step('data-export'), 'Export billing-111122223333 created successfully.', {}, true],
    ['export deleted', step('data-export'), 'Export billing-111122223333 deleted successfully.', {}, false],
    ['user created (current console)', userSteps.find((candidate) => candidate.id === 'access-user') as OnboardingStep, 'User created successfully', { userName: 'FinOpsForCloudUser' }, true],
    ['bucket created', cloudynBucket, 'Successfully created bucket "billing-export-111122223333"', { bucketName: 'billing-export-111122223333' }, true],
    ['other bucket created', cloudynBucket, 'Successfully created bucket "scratch"', { bucketName: 'billing-export-111122223333' }, false],
    ['role ARN is read, not flashed', step('role-arn'), 'Role FinOpsForCloudAccessRole created.', {}, false],
  ])('%s', (_name, subject, flash, values, expected) => {
    expect(flashCompletesStep(subject, flash, values)).toBe(expected);
  });

  it('completes value-read steps when their value arrives', () => {
    expect(valueCompletesStep(step('role-arn'), 'roleArn')).toBe(true);
    expect(valueCompletesStep(step('role-arn'), 'roleName')).toBe(false);
    expect(valueCompletesStep(step('billing-import-policy'), 'bucketName')).toBe(false);
  });
});
