import { describe, expect, it } from 'vitest';
import type { ValueKind } from '../values';
import { consoleViewOf } from './console-view';
import { resolveSetup, type SetupToResolve } from './resolve';

const viewOf = ({ values = {}, ...overrides }: Partial<SetupToResolve> & { values?: Partial<Record<ValueKind, string>> }) =>
  consoleViewOf(resolveSetup({ platform: { id: 'finopsForCloud' }, accountType: 'management', authMethod: 'assumedRole', ...overrides }, values, '111122223333')).cloudFormation;

describe('consoleViewOf: what the CloudFormation pages are filled with', () => {
  it('a management account: its stack takes the bucket (unknown until confirmed); the StackSet takes nothing', () => {
    expect(viewOf({})).toEqual({
      stackName: 'FinOpsForCloudAccess',
      stackParameters: [{ name: 'BillingBucketName', label: 'S3 bucket your Data Export delivers to', valueKind: 'bucketName' }],
      stackSet: { stackSetName: 'FinOpsForCloudAccess', parameters: [] },
    });
    expect(viewOf({ values: { bucketName: 'billing-export-111122223333' } })?.stackParameters[0]?.value).toBe('billing-export-111122223333');
  });

  it('a self-hosted OptScale with an External ID: the stack and every member get it as a parameter', () => {
    const view = viewOf({
      platform: { id: 'customOptScale', settings: { portalOrigin: 'https://optscale.example.com', trustedPrincipal: '444455556666' } },
      accountType: 'member',
      values: { externalId: 'finops-ext-1234' },
    });
    expect(view?.stackParameters).toEqual([{ name: 'ExternalId', label: 'External ID', value: 'finops-ext-1234', valueKind: 'externalId' }]);
    expect(view?.stackSet?.parameters).toEqual(view?.stackParameters);
  });

  it('no stack at all while a typed value is unusable (the side panel says why)', () => {
    expect(viewOf({ values: { roleName: 'has spaces' } })).toBeUndefined();
  });
});
