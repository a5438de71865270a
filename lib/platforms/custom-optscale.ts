import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { externalIdSchema, policyNameSchema, roleNameSchema, trustedPrincipalSchema, userNameSchema } from '../values';
import { finopsForCloudNames } from './finops-for-cloud';
import { optScaleAccountSetup } from './optscale-account-setup';
import { optScaleConnectForms } from './optscale-connect-form';
import { newestOptScaleVersion, optScaleVersionIds, policyOptionsForVersion, type OptScaleVersion } from './optscale-versions';
import type { PlatformProfile, PolicyVariant } from './platform-profile';

/** `optscale.example.com` or `https://optscale.example.com/cloud-account` → `https://optscale.example.com`. */
export const portalOriginSchema = z.string({ error: 'Enter the address of your OptScale portal, e.g. https://optscale.example.com.' }).transform((input, context) => {
  const value = input.trim();
  let url: URL | undefined;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    url = undefined;
  }
  if (value === '' || !url || !/^https?:$/.test(url.protocol) || !url.hostname) {
    context.addIssue({ code: 'custom', message: `Enter the address of your OptScale portal, e.g. https://optscale.example.com${value ? `; "${value}" isn't a web address` : ''}.` });
    return z.NEVER;
  }
  return url.origin;
});

// Blank optional fields arrive as '' from forms; treat them as not given.
const blankAsMissing = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** What the person enters to describe their own OptScale deployment. */
export const customOptScaleInputSchema = z.object({
  displayName: z.preprocess(blankAsMissing, z.string().trim().max(64, { error: 'Keep the name under 64 characters.' }).default('Self-hosted OptScale')),
  portalOrigin: portalOriginSchema,
  trustedPrincipal: trustedPrincipalSchema,
  externalId: z.preprocess(blankAsMissing, externalIdSchema.optional()),
  roleName: z.preprocess(blankAsMissing, roleNameSchema.default(finopsForCloudNames.roleName)),
  userName: z.preprocess(blankAsMissing, userNameSchema.default(finopsForCloudNames.userName)),
  billingImportPolicyName: z.preprocess(blankAsMissing, policyNameSchema.default(finopsForCloudNames.policyNames.billingImportPolicy ?? '')),
  resourceDiscoveryPolicyName: z.preprocess(blankAsMissing, policyNameSchema.default(finopsForCloudNames.policyNames.resourceDiscoveryPolicy ?? '')),
  policyVariant: z.enum(['published', 'seed'], { error: 'Choose the published or the seed policies.' }).default('published'),
  optScaleVersion: z.enum(optScaleVersionIds, { error: 'Choose the OptScale release your deployment runs.' }).default(newestOptScaleVersion),
  powerSchedules: z.boolean().default(false),
}, { error: "Enter your OptScale platform's portal address and the account ID or ARN it signs in as." });

/** The settings as entered (and saved); blank optional fields fall back to FinOps for Cloud's names. */
export interface CustomOptScaleInput {
  displayName?: string;
  portalOrigin: string;
  trustedPrincipal: string;
  externalId?: string;
  roleName?: string;
  userName?: string;
  billingImportPolicyName?: string;
  resourceDiscoveryPolicyName?: string;
  policyVariant?: PolicyVariant;
  /** Which release the deployment runs: newer ones discover more, so need more reads. Default: the newest. */
  optScaleVersion?: OptScaleVersion;
  /** Whether the platform may start and stop instances (power schedules). Default: no. */
  powerSchedules?: boolean;
}

/** A platform profile for a self-hosted OptScale, from what the person entered; same form and policies as FinOps for Cloud. */
export function customOptScalePlatform(input: unknown): Result<PlatformProfile> {
  const parsed = customOptScaleInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`invalid-custom-platform${issue?.path.length ? `-${String(issue.path[0])}` : ''}`, issue?.message ?? 'Check the platform settings.');
  }
  const entered = parsed.data;
  return ok({
    id: 'customOptScale',
    displayName: entered.displayName,
    portal: { origin: entered.portalOrigin, connectPath: '/cloud-account/connect' },
    names: {
      roleName: entered.roleName,
      userName: entered.userName,
      policyNames: { billingImportPolicy: entered.billingImportPolicyName, resourceDiscoveryPolicy: entered.resourceDiscoveryPolicyName },
    },
    trust: {
      trustedPrincipal: entered.trustedPrincipal,
      externalId: {
        support: 'optional',
        ...(entered.externalId === undefined ? {} : { externalId: entered.externalId }),
        note: "Upstream OptScale doesn't send an External ID when it assumes a role; require one only if your deployment passes it.",
      },
    },
    policyVariant: entered.policyVariant,
    policyOptions: [...policyOptionsForVersion(entered.optScaleVersion), ...(entered.powerSchedules ? (['powerSchedules'] as const) : [])],
    accountTypes: ['management', 'member', 'standalone'],
    authMethods: ['assumedRole', 'accessKey'],
    setup: optScaleAccountSetup,
    connectForms: optScaleConnectForms,
  });
}
