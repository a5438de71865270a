/**
 * Shared by this folder's tests (never imported by shipped code): the platforms and values the
 * tests run through, and an evaluator of the intrinsic functions our templates use, written from
 * CloudFormation's documentation rather than from the code that writes them.
 */
import { accountTypes, cloudyn, customOptScalePlatform, finopsForCloud, finopsForCloudSeedPolicies, type AccountType, type AuthMethod, type PlatformProfile } from '../platforms';
import type { AccountValues } from './account-template';

const mustBuild = (input: unknown): PlatformProfile => {
  const platform = customOptScalePlatform(input);
  if (!platform.ok) throw new Error(platform.problem.message);
  return platform.value;
};

export const accountId = '111122223333';
export const otherAccountId = '444455556666';
export const bucketName = `billing-export-${accountId}`;
export const externalId = 'Contoso-12345';

export const testPlatforms: readonly { label: string; platform: PlatformProfile }[] = [
  { label: 'FinOps for Cloud', platform: finopsForCloud },
  { label: 'FinOps for Cloud (seed policies)', platform: finopsForCloudSeedPolicies },
  { label: 'Cloudyn', platform: cloudyn },
  { label: 'self-hosted OptScale with an External ID', platform: mustBuild({ portalOrigin: 'optscale.example.com', trustedPrincipal: otherAccountId, externalId: 'optscale-7f3a' }) },
  { label: 'self-hosted OptScale without an External ID', platform: mustBuild({ portalOrigin: 'optscale.example.com', trustedPrincipal: `arn:aws:iam::${otherAccountId}:user/optscale` }) },
];

export interface TestCase {
  name: string;
  label: string;
  platform: PlatformProfile;
  accountType: AccountType;
  authMethod: AuthMethod;
  /** Values as the side panel would hold them; an External ID only where the platform takes one. */
  values: AccountValues;
}

export const testCases: TestCase[] = testPlatforms.flatMap(({ label, platform }, index) =>
  accountTypes.flatMap((accountType) =>
    platform.authMethods.map((authMethod) => ({
      name: `${label} ${accountType} ${authMethod}`,
      label: `p${index}-${accountType}-${authMethod}`,
      platform,
      accountType,
      authMethod,
      values: {
        accountId,
        bucketName,
        ...(platform.trust.externalId.support === 'required' ? { externalId } : {}),
      },
    })),
  ),
);

/** Parameter values and pseudo parameters, by name. */
export type StackInputs = Record<string, string>;

/**
 * Resolves `Ref` and `Fn::Sub` the way CloudFormation documents them: `${Name}` is replaced by
 * the parameter's value and `${!Text}` stands for the literal `${Text}`. Anything unknown throws,
 * so a template that refers to a parameter the stack doesn't have fails the test.
 */
export function resolveIntrinsics(value: unknown, inputs: StackInputs): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveIntrinsics(item, inputs));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const [first] = entries;
  if (entries.length === 1 && first && first[0] === 'Ref') {
    const name = String(first[1]);
    if (!(name in inputs)) throw new Error(`Ref to unknown ${name}`);
    return inputs[name];
  }
  if (entries.length === 1 && first && first[0] === 'Fn::Sub') {
    if (typeof first[1] !== 'string') throw new Error('Only the one-string form of Fn::Sub is expected');
    return first[1].replace(/\$\{([^}]*)\}/g, (_, inner: string) => {
      if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
      if (!(inner in inputs)) throw new Error(`Fn::Sub refers to unknown ${inner}`);
      return inputs[inner]!;
    });
  }
  if (entries.some(([key]) => key.startsWith('Fn::'))) throw new Error(`Unexpected intrinsic ${entries.map(([key]) => key).join(', ')}`);
  return Object.fromEntries(entries.map(([key, item]) => [key, resolveIntrinsics(item, inputs)]));
}
