import { describe, expect, it } from 'vitest';
import { cloudyn } from './cloudyn';
import { finopsForCloud, finopsForCloudSeedPolicies } from './finops-for-cloud';
import { defaultPlatformChoice, platformChoiceSchema, platformFromChoice, type PlatformChoice } from './platform-choice';

describe('platformFromChoice', () => {
  it.each<[string, PlatformChoice, unknown]>([
    ['the default choice', defaultPlatformChoice, finopsForCloud],
    ['FinOps for Cloud, published policies', { id: 'finopsForCloud', policyVariant: 'published' }, finopsForCloud],
    ['FinOps for Cloud, seed policies', { id: 'finopsForCloud', policyVariant: 'seed' }, finopsForCloudSeedPolicies],
    ['FinOps for Cloud, no variant', { id: 'finopsForCloud' }, finopsForCloud],
    ['Cloudyn', { id: 'cloudyn' }, cloudyn],
  ])('rebuilds %s', (_name, choice, expected) => {
    const platform = platformFromChoice(choice);
    expect(platform).toEqual({ ok: true, value: expected });
  });

  it('builds a self-hosted OptScale from its settings, blank fields as FinOps for Cloud names', () => {
    const platform = platformFromChoice({
      id: 'customOptScale',
      settings: { displayName: 'Acme OptScale', portalOrigin: 'https://optscale.acme.example/', trustedPrincipal: 'arn:aws:iam::444455556666:user/optscale', roleName: '', policyVariant: 'seed' },
    });
    if (!platform.ok) throw new Error(platform.problem.message);
    expect(platform.value.displayName).toBe('Acme OptScale');
    expect(platform.value.portal.origin).toBe('https://optscale.acme.example');
    expect(platform.value.trust.trustedPrincipal).toBe('arn:aws:iam::444455556666:user/optscale');
    expect(platform.value.names.roleName).toBe(finopsForCloud.names.roleName);
    expect(platform.value.policyVariant).toBe('seed');
  });

  it.each([
    ['no portal address', { trustedPrincipal: '444455556666' }, 'invalid-custom-platform-portalOrigin'],
    ['a trusted principal of "*"', { portalOrigin: 'optscale.acme.example', trustedPrincipal: '*' }, 'invalid-custom-platform-trustedPrincipal'],
    ['an FTP portal', { portalOrigin: 'ftp://optscale.acme.example', trustedPrincipal: '444455556666' }, 'invalid-custom-platform-portalOrigin'],
  ])('refuses self-hosted settings with %s, saying what to enter', (_case, settings, code) => {
    const platform = platformFromChoice({ id: 'customOptScale', settings: settings as never });
    expect(platform.ok).toBe(false);
    if (platform.ok) return;
    expect(platform.problem.code).toBe(code);
    expect(platform.problem.message).toMatch(/Enter/);
  });

  it('refuses a platform this version does not know', () => {
    const platform = platformFromChoice({ id: 'vantage' } as unknown as PlatformChoice);
    expect(platform).toEqual({ ok: false, problem: { code: 'unknown-platform', message: expect.stringContaining('choose it again in the side panel') } });
  });
});

describe('platformChoiceSchema', () => {
  it('fills in the published policies for FinOps for Cloud, without power schedules', () => {
    expect(platformChoiceSchema.parse({ id: 'finopsForCloud' })).toEqual({ id: 'finopsForCloud', policyVariant: 'published', powerSchedules: false });
  });

  it.each([{ id: 'vantage' }, { id: 'finopsForCloud', policyVariant: 'latest' }, { id: 'customOptScale' }, {}])('rejects %j', (choice) => {
    expect(platformChoiceSchema.safeParse(choice).success).toBe(false);
  });
});
